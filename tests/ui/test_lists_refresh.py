"""Lists refresh when another user changes them, without losing the user's place or selection."""

from __future__ import annotations

import threading
from dataclasses import replace

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.database import connection


def _another_user(work) -> None:  # type: ignore[no-untyped-def]
    """Run `work` on a connection of its own, as another desktop would."""
    failures: list[BaseException] = []

    def run() -> None:
        try:
            with connection():
                work()
        except BaseException as problem:  # noqa: BLE001 - reported to the test below
            failures.append(problem)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    assert not failures, failures


def test_a_change_through_another_connection_appears_and_the_selection_stays(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for number in range(120):
        contacts.create_contact(ContactData(type=0, name=f"Company {number:03d}", city="Oslo"))
    page = window.contacts
    window.resize(900, 500)
    page.refresh()
    page.table.scrollTo(page.model.index(60, 1))
    page.select_no(page.model.row_at(60).no)
    chosen = page.current_row()
    bar = page.table.verticalScrollBar()
    position = bar.value()
    assert chosen is not None and position > 0

    def elsewhere() -> None:
        contacts.update_contact(chosen.no, replace(contacts.get_contact(chosen.no), city="Bergen"))
        # Sorted by name, a new "Aaa" company comes first and pushes every row one down.
        contacts.create_contact(ContactData(type=0, name="Aaa Newcomer"))

    _another_user(elsewhere)
    qtbot.waitUntil(lambda: page.model.total() == 121, timeout=10_000)
    selected = page.current_row()
    assert selected is not None and selected.no == chosen.no  # the same contact, one row further down
    assert selected.city == "Bergen"  # showing the other user's change
    assert bar.value() == position  # the user's place in the list
    assert page.status_text() == "121 contacts"


def test_the_segments_list_shows_another_users_new_segment_and_keeps_the_selection(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm import segments

    first = segments.create_segment("Spring letter")
    window.show_page_at(1)
    page = window.current_page()
    page.select_no(first)
    _another_user(lambda: segments.create_segment("Autumn letter"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert page.current_no() == first
