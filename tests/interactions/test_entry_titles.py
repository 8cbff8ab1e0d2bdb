"""An entry's title follows its information flow (issue 12 §3.10): from the contact, by the salesperson or user."""

from __future__ import annotations

from contactdesk.crm import interactions
from contactdesk.crm.entry_titles import BY, FROM, EntryTitle
from contactdesk.crm.interaction_log import EntryFilter, get_entry, list_entries
from contactdesk.crm.users import current_user
from contactdesk.store.enums import InformationFlow


def _log(contact_no: str, flow: InformationFlow, salesperson: str = "SP1") -> int:
    request = interactions.new_request(contact_no, template_code="TPHONE")
    request.description = "Called about the offer"
    request.information_flow = flow
    request.salesperson_code = salesperson
    return interactions.log_interaction(request).entry_no


def test_the_title_follows_the_information_flow_in_lists_and_details(scenario: dict[str, str]) -> None:
    inbound = _log(scenario["P1"], InformationFlow.INBOUND)
    outbound = _log(scenario["P1"], InformationFlow.OUTBOUND)
    blank = _log(scenario["P1"], InformationFlow.BLANK)
    expected = {
        inbound: EntryTitle("Phone call", FROM, "Piet Bakker"),
        outbound: EntryTitle("Phone call", BY, "Sanne Pieters"),
        blank: EntryTitle("Phone call"),
    }
    rows = {row.entry_no: row.title for row in list_entries(EntryFilter(contact_no=scenario["P1"]))}
    assert rows == expected
    assert {no: get_entry(no).row.title for no in expected} == expected
    # Sorting on the title (the template description) works on every engine.
    assert len(list_entries(EntryFilter(), sort="title", descending=False)) == 3


def test_outbound_without_a_salesperson_is_by_the_user(scenario: dict[str, str]) -> None:
    from contactdesk.store.models import InteractionLogEntry

    entry_no = _log(scenario["P1"], InformationFlow.OUTBOUND)
    # A salesperson is required when logging; an entry kept without one (demo data, a postponed draft) has none.
    assert InteractionLogEntry.get(InteractionLogEntry.entry_no == entry_no).user_id == current_user()
    InteractionLogEntry.update(salesperson=None, user_id="anna").where(
        InteractionLogEntry.entry_no == entry_no
    ).execute()
    assert get_entry(entry_no).row.title == EntryTitle("Phone call", BY, "anna")
    assert list_entries(EntryFilter())[0].title == EntryTitle("Phone call", BY, "anna")


def test_the_log_page_shows_the_title_in_the_list_and_the_details(qtbot, scenario) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.interactions.interaction_log_page import InteractionLogPage

    inbound = _log(scenario["P1"], InformationFlow.INBOUND)
    _log(scenario["P4"], InformationFlow.OUTBOUND, salesperson="SP2")
    page = InteractionLogPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    column = page.model.column_of("title")
    titles = [page.model.index(row, column).data() for row in range(page.model.rowCount())]
    assert titles == ["Phone call – by Simon Price", "Phone call – from Piet Bakker"]
    page.table.selectRow(1)
    assert page.details.entry_no == inbound
    assert page.details.values["title"].text() == "Phone call – from Piet Bakker"
