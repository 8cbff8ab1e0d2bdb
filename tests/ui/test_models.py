"""Every Qt model passes qtmodeltester, and empty data() calls do not leak references to None."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from contactdesk.crm import contacts
from contactdesk.ui.models.contacts_model import PAGE_SIZE, ContactsModel


def test_contacts_model_passes_the_model_tester(qtmodeltester, demo_database) -> None:  # type: ignore[no-untyped-def]
    model = ContactsModel()
    qtmodeltester.check(model)
    model.refresh()
    assert model.rowCount() == contacts.count_contacts()
    model.sort(4, Qt.SortOrder.DescendingOrder)
    model.set_query("a")
    model.set_query("no such contact at all")
    assert model.rowCount() == 0
    model.set_query("")


def test_contacts_model_pages_rows_in_and_sorts_in_sql(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    for index in range(PAGE_SIZE * 2 + 5):
        contacts.create_contact(contacts.ContactData(type=0, name=f"Firm {index:04d}", city=f"City {index % 7}"))
    model = ContactsModel()
    model.refresh()
    assert model.rowCount() == PAGE_SIZE * 2 + 5
    assert model.index(PAGE_SIZE * 2 + 4, 1).data() == f"Firm {PAGE_SIZE * 2 + 4:04d}"
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == f"Firm {PAGE_SIZE * 2 + 4:04d}"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"


def test_empty_data_calls_do_not_drop_references_to_none(demo_database) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on CPython 3.11 loses a None reference per empty QVariant and aborts later."""
    model = ContactsModel()
    model.refresh()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(20000):
        index.data(Qt.ItemDataRole.ToolTipRole + 1000)
        model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole)
    after = sys.getrefcount(None)
    assert after >= before - 100, f"references to None fell from {before} to {after}"


def test_a_long_list_finds_landmarks_in_the_background_and_drops_stale_ones(qtbot, demo_database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.models import contacts_model

    monkeypatch.setattr(contacts_model, "LANDMARK_MIN_ROWS", 50)
    monkeypatch.setattr(contacts_model, "LANDMARK_EVERY", 10)
    model = ContactsModel()
    model.refresh()
    qtbot.waitUntil(lambda: model.landmarks_ready, timeout=5000)
    total = model.rowCount()
    assert model._positions.before(total) == (total - total % 10 - 1, model._positions.before(total)[1])
    whole = [row.no for row in contacts.list_contacts(limit=-1)]
    assert [model.row_at(row).no for row in (total // 2, total - 1, 15)] == [whole[total // 2], whole[-1], whole[15]]
    # Landmarks asked for before a new search arrive too late and are not taken.
    stale = model._generation
    model.set_query("zzz-no-such-contact")
    model._take_landmarks(stale, [(5, ("x", 1))])
    assert model._positions.before(10) is None and not model.landmarks_ready
    # Refreshes quicker than a search: every search still running stays referenced until it ends.
    model.set_query("")
    model.refresh()
    model.refresh()
    qtbot.waitUntil(lambda: model.landmarks_ready and not model._searching, timeout=5000)


def test_a_long_list_looks_for_landmarks_after_the_first_paint_not_beside_it(qtbot, demo_database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On 100,000 contacts the search takes ~80 ms: started at once, it ran beside the window's first paint."""
    from contactdesk.ui.models import contacts_model

    monkeypatch.setattr(contacts_model, "LANDMARK_MIN_ROWS", 50)
    monkeypatch.setattr(contacts_model, "LANDMARK_EVERY", 10)
    model = ContactsModel()
    model.refresh()
    assert model._searching == set() and not model.landmarks_ready  # nothing running yet
    qtbot.waitUntil(lambda: model.landmarks_ready and not model._searching, timeout=5000)
