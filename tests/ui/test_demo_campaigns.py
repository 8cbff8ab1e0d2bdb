"""The Campaigns page on the sample data, as a user first sees it: campaigns with their figures in view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from contactdesk.ui.campaigns.campaign_card import CampaignCard
from contactdesk.ui.campaigns.campaigns_page import CampaignsPage
from contactdesk.ui.main_window import MainWindow


def _visible(page: CampaignsPage, header: str) -> bool:
    """Whether the column with this header lies wholly inside the table's viewport, unscrolled."""
    model = page.table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = titles.index(header)
    right = page.table.columnViewportPosition(column) + page.table.columnWidth(column)
    return right <= page.table.viewport().width()


def test_the_sample_campaigns_show_with_their_figures(qtbot, demo_database, settings) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_database.target, settings)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    win.findChild(type(win.actions_.refresh), "actionShow_page_campaigns").trigger()
    page = win.current_page()
    assert isinstance(page, CampaignsPage)
    assert page.model.rowCount() == 2 and page.stack.currentWidget() is not page.empty
    # At the window's usual size the statistics are in view without scrolling sideways.
    assert all(_visible(page, header) for header in ("Interactions", "Cost", "Duration (min)"))
    page.select_no("CP0002")
    page.open_campaign()
    card = page.card
    assert isinstance(card, CampaignCard) and card.isVisible()
    details = card.details
    assert details.entries.rowCount() == 3 and details.interactions.rowCount() == 3
    assert details.segments.rowCount() == 1 and details.target_model.rowCount() > 0
    assert "Activated" == card.active_label.text() and not details.target_state.is_empty()
    card.reject()


def test_an_empty_target_group_says_why(qtbot, demo_database, settings) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm import campaign_targets

    card = CampaignCard("CP0001")  # the finished campaign: never activated
    qtbot.addWidget(card)
    card.show()
    details = card.details
    details.setCurrentWidget(details.target_state)
    assert details.target_state.is_empty()
    assert "Activate the campaign to fill its target group" in details.target_state.panel.text()
    campaign_targets.activate("CP0001")  # its logged entries are targets: their companies join
    details.show_campaign("CP0001")
    assert not details.target_state.is_empty() and details.target_model.rowCount() > 0


def test_a_long_campaign_description_does_not_widen_the_segment_header(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm import campaigns
    from contactdesk.crm.campaign_data import CampaignData
    from contactdesk.ui.segments.header_form import SegmentHeaderForm

    campaigns.create_campaign(CampaignData(description="Voorjaarsseminar kantoorinrichting " * 2 + "Noord-Holland"))
    form = SegmentHeaderForm()
    qtbot.addWidget(form)
    # The open list still shows the whole description; the closed combo is as wide as the template's.
    assert form.campaign.sizeHint().width() <= form.template.sizeHint().width()
