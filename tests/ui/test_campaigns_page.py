"""The Campaigns page and the campaign card driven like a user (issue 12 §2); only message boxes are replaced."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from tests.campaign_office import make_office
from tests.recorder import Recorder

from contactdesk.crm import campaigns, interaction_changes, interactions, segments
from contactdesk.crm.campaign_data import CampaignData
from contactdesk.crm.errors import EntryStateError
from contactdesk.crm.logging_ import log_segment
from contactdesk.store.models import CampaignEntry, InteractionLogEntry
from contactdesk.ui import errors, messages
from contactdesk.ui.campaigns.campaign_card import CampaignCard
from contactdesk.ui.campaigns.campaigns_page import CampaignsPage
from contactdesk.ui.main_window import MainWindow
from contactdesk.ui.wizard.interaction_wizard import InteractionWizard


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> dict[str, Recorder]:
    """Questions answer Yes; what the app says is kept."""
    recorders = {"confirm": Recorder(True), "information": Recorder(), "warning": Recorder()}
    for name, recorder in recorders.items():
        monkeypatch.setattr(messages, name, recorder)
    return recorders


def _page(window: MainWindow) -> CampaignsPage:
    window.findChild(type(window.actions_.refresh), "actionShow_page_campaigns").trigger()
    page = window.current_page()
    assert isinstance(page, CampaignsPage)
    return page


def _card(page: CampaignsPage) -> CampaignCard:
    card = page.card
    assert isinstance(card, CampaignCard) and card.isVisible()
    return card


def test_create_a_campaign_on_its_page(qtbot, window: MainWindow, said) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    assert page.stack.currentWidget() is page.empty and "No campaigns yet" in page.empty.text()
    assert not page.open_action.isEnabled() and window.status_label.text() == "0 campaigns"
    page.empty_new_button.click()
    card = _card(page)
    assert not card.details.isEnabled() and "Save the campaign first" in card.statistics.text()
    card.starting_date.setDate(QDate(2026, 5, 1))
    card.ending_date.setDate(QDate(2026, 4, 1))
    card.save_button().click()
    assert card.isVisible()
    assert "must have a value" in card.fields.error_text("description")
    assert "cannot be before the starting date" in card.fields.error_text("ending_date")
    qtbot.keyClicks(card.description, "Retail Norway")
    card.ending_date.setDate(QDate(2026, 5, 31))
    card.status.setText("planned")
    card.save_button().click()
    qtbot.waitUntil(lambda: not card.isVisible())
    assert page.current_no() == "CP0001" and page.model.rowCount() == 1
    row = page.current()
    assert row is not None and (row.campaign.ending_date, row.campaign.status_code) == (date(2026, 5, 31), "PLANNED")
    assert window.status_label.text() == "1 campaign"
    # Create interaction from the page: the wizard starts with this campaign, locked.
    page.interaction_action.trigger()
    (wizard,) = page.findChildren(InteractionWizard)
    assert wizard.request.campaign_no == "CP0001" and not wizard.related_page.campaign.isEnabled()
    wizard.reject()
    page.delete_action.trigger()
    assert "Delete campaign CP0001 “Retail Norway”?" in said["confirm"].texts[-1]
    assert page.model.rowCount() == 0 and page.stack.currentWidget() is page.empty


def test_a_campaign_with_entries_is_not_deleted(qtbot, window: MainWindow, said) -> None:  # type: ignore[no-untyped-def]
    office = make_office()
    no = campaigns.create_campaign(CampaignData(description="Calls")).no
    interactions.log_interaction(interactions.new_request(office["anna"], template_code="CALL", campaign_no=no))
    page = _page(window)
    page.delete_action.trigger()
    assert "still used by 1 campaign entry" in said["warning"].texts[-1]
    assert page.model.rowCount() == 1


def test_activate_cancel_and_delete_entries_from_the_card(qtbot, window: MainWindow, said) -> None:  # type: ignore[no-untyped-def]
    office = make_office()
    page = _page(window)
    page.new_campaign()
    card = _card(page)
    card.description.setText("Retail Norway")
    card.save_button().click()
    no = segments.create_segment("Retail", "CALL", "IH", None, [office["fjord"], office["kari"]], "CP0001", True)
    log_segment(no)
    request = interactions.new_request(office["anna"], template_code="CALL", campaign_no="CP0001")
    single = interactions.log_interaction(request).entry_no
    page.refresh()
    assert page.current().statistics.interactions == 3  # type: ignore[union-attr]
    page.activate_action.trigger()
    assert said["information"].texts[-1] == "Campaign CP0001 is now activated. 1 company is in its target group."
    assert page.current().campaign.activated and page.activate_action.text() == "De&activate"  # type: ignore[union-attr]
    page.open_action.trigger()
    card = _card(page)
    details = card.details
    assert details.entries.rowCount() == 2 and details.interactions.rowCount() == 3
    assert [details.segments.row_at(0).logged_no] == ["LSEG00001"]  # type: ignore[union-attr]
    assert details.target_model.stringList() == [f"{office['fjord']}  Fjord Butikk AS"]
    assert card.statistics.text() == "3 interactions · cost 6.00 · 45 min"
    assert card.active_label.text() == "Activated"
    # The single interaction's campaign entry is the newest: cancel it, with its interaction.
    details.entry_table.selectRow(0)
    details.cancel_button.click()
    assert "Cancel 1 campaign entry?" in said["confirm"].texts[-1]
    assert InteractionLogEntry.get(InteractionLogEntry.entry_no == single).canceled
    assert card.statistics.text() == "2 interactions · cost 4.00 · 30 min"
    with pytest.raises(EntryStateError) as refused:  # E17
        interaction_changes.set_canceled([single], False)
    assert "Restore the campaign entry first" in errors.describe(refused.value)
    details.entry_table.selectRow(0)
    details.delete_button.click()
    assert said["information"].texts[-1] == "1 campaign entry deleted."
    assert CampaignEntry.select().count() == 1 and details.entries.rowCount() == 1
    assert not InteractionLogEntry.select().where(InteractionLogEntry.entry_no == single).exists()
    card.reject()
