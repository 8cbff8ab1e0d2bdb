"""The Interaction Log page, the contact card's Interactions tab and the other ways into the wizard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices

from contactdesk.crm import interactions
from contactdesk.crm.interaction_log import EntryFilter, count_entries
from contactdesk.store.enums import Evaluation
from contactdesk.store.models import InteractionLogEntry
from contactdesk.ui.interactions.interaction_log_page import InteractionLogPage
from contactdesk.ui.settings import Settings


def log(contact_no: str, template: str, day: date) -> int:
    request = interactions.new_request(contact_no, template_code=template)
    request.date = day
    return interactions.log_interaction(request).entry_no


@pytest.fixture
def page(qtbot, scenario):  # type: ignore[no-untyped-def]
    for day in (date(2026, 1, 5), date(2026, 2, 5)):
        log(scenario["P4"], "TPHONE", day)
    log(scenario["P4"], "T2", date(2026, 3, 5))
    log(scenario["P1"], "T1", date(2026, 4, 5))
    widget = InteractionLogPage()
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def test_filters_narrow_the_list_in_sql(page, scenario, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert page.model.rowCount() == 4 and page.status_text()
    page.filters.set_contact(scenario["P1"])
    assert page.model.rowCount() == 1
    page.filters.clear()
    template = page.filters.template
    template.setCurrentIndex(template.findData("TPHONE"))
    assert page.model.rowCount() == 2
    page.filters.date_from.setDate(page.filters.date_from.date().fromString("2026-02-01", "yyyy-MM-dd"))
    assert page.model.rowCount() == 1
    page.filters.template.setCurrentIndex(template.findData("T3"))
    assert page.stack.currentWidget() is page.empty and "match the filters" in page.empty.text()
    page.filters.clear()
    assert page.model.rowCount() == 4


def test_cancel_restore_and_delete_canceled_with_confirmation(page, quiet_messages) -> None:  # type: ignore[no-untyped-def]
    confirm = quiet_messages["confirm"]
    page.table.selectRow(0)
    entry_no = page.current_entry().entry_no
    page.toggle_canceled()  # answered No: nothing happens
    assert count_entries(EntryFilter(canceled=True)) == 0
    confirm.answer = True
    page.select_entry(entry_no)
    page.cancel_button.click()
    assert InteractionLogEntry.get(InteractionLogEntry.entry_no == entry_no).canceled
    assert page.model.rowCount() == 3  # the default filter hides canceled entries
    page.filters.canceled.setCurrentIndex(page.filters.canceled.findData(True))
    page.select_entry(entry_no)
    assert "Restore" in page.cancel_button.text().replace("&", "")
    confirm.answer = False
    page.delete_action.trigger()
    assert count_entries(EntryFilter(canceled=True)) == 1
    confirm.answer = True
    page.delete_action.trigger()
    assert count_entries(EntryFilter(canceled=None)) == 3
    assert "deleted" in quiet_messages["information"].calls[-1][2]


def test_details_comments_open_document_and_evaluate(page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page.table.selectRow(0)  # newest first: P1's T1 mail, which keeps a letter
    row = page.current_entry()
    assert row.template_code == "T1" and page.details.entry_no == row.entry_no
    assert page.details.values["document"].text().endswith(".docx")
    page.details.comments.setPlainText("Sent on Tuesday")
    page.details.save_button.click()
    assert [c.comment for c in InteractionLogEntry.get(InteractionLogEntry.entry_no == row.entry_no).comments] == [
        "Sent on Tuesday"
    ]
    page.open_button.click()
    assert len(opened) == 1 and opened[0].endswith(".docx")
    page.evaluate(Evaluation.NEGATIVE)
    assert InteractionLogEntry.get(InteractionLogEntry.entry_no == row.entry_no).evaluation == Evaluation.NEGATIVE


def test_create_for_the_same_contact_and_statistics(page, scenario, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(0)
    page.create_same_action.trigger()
    assert page.wizard is not None and page.wizard.request.contact_no == scenario["P1"]
    page.wizard.close()
    page.create_button.click()
    assert page.wizard.request.contact_no == "" and not page.wizard.type_page.contact.isReadOnly()
    page.wizard.close()
    from contactdesk.ui.interactions.statistics_dialog import StatisticsDialog

    page.show_statistics()

    dialogs = page.findChildren(StatisticsDialog)
    assert dialogs and {s.code: s.interactions for s in dialogs[0].models["group"].rows()}["LETTER"] == 4


def test_contact_card_lists_the_contact_s_interactions(qtbot, scenario) -> None:  # type: ignore[no-untyped-def]
    log(scenario["P4"], "TPHONE", date(2026, 1, 5))
    from contactdesk.ui.contacts.card import ContactCard

    card = ContactCard(None, no=scenario["P4"])
    qtbot.addWidget(card)
    tab = card.interactions
    assert card.tabs.indexOf(tab) >= 0 and tab.model.rowCount() == 1
    tab.create_button.click()
    assert tab.wizard is not None and tab.wizard.request.contact_no == scenario["P4"]
    new_card = ContactCard(None)
    qtbot.addWidget(new_card)
    assert not hasattr(new_card, "interactions")


def test_main_window_pages_and_starts_from_contacts_and_salespeople(qtbot, scenario, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.main_window import MainWindow
    from contactdesk.ui.setup.salespeople_tab import SalespeopleTab

    window = MainWindow(None, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    names = [page.objectName() for page in window.pages]
    log_page = window.pages[names.index("page_interaction_log")]
    postponed = window.pages[names.index("page_postponed")]
    assert isinstance(log_page, InteractionLogPage) and postponed.title() == "Postponed interactions"
    contacts = window.contacts
    contacts.refresh()
    contacts.model.row_at(0)  # the view is not painted, so load the first page ourselves
    contacts.select_no(scenario["P4"])
    contacts.interaction_action.trigger()
    assert contacts.interaction_wizard.request.contact_no == scenario["P4"]
    contacts.interaction_wizard.close()
    tab = SalespeopleTab()
    qtbot.addWidget(tab)
    tab.refresh()
    assert not tab.interaction_button.isEnabled()
    tab.select_key("SP2")
    tab.interaction_button.click()
    assert tab.interaction_wizard.request.salesperson_code == "SP2"
    assert not tab.interaction_wizard.type_page.salesperson.isEnabled()
    tab.interaction_wizard.close()


def test_opening_a_letter_without_a_program_for_it_says_the_same_everywhere(
    page, scenario, qtbot, monkeypatch, quiet_messages
) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.interactions.contact_interactions import ContactInteractionsTab

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    page.table.selectRow(0)  # P1's T1 mail, which keeps a letter
    page.open_button.click()
    tab = ContactInteractionsTab(scenario["P1"])
    qtbot.addWidget(tab)
    tab.refresh()
    tab.table.selectRow(0)
    tab.open_document()
    texts = quiet_messages["warning"].texts
    assert len(texts) == 2
    # One sentence (naming the copy that was made) where the two places used to word it differently.
    shapes = [text.split("“")[0] + text.split("”")[1] for text in texts]
    assert shapes[0] == shapes[1] and shapes[0].startswith("No program on this computer opened")
