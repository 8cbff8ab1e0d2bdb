"""A field copy's Conflicts page, driven like a user: listed, resolved with its buttons, reached from the status bar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from tests.field.field_office import check_out

from contactdesk.crm.field import conflicts
from contactdesk.store import field_conflicts, field_sqlite
from contactdesk.store.db import db
from contactdesk.store.field_conflicts import ConflictRecord
from contactdesk.store.models import Contact, InteractionLogEntry
from contactdesk.ui import messages
from contactdesk.ui.field.conflicts_model import ConflictsModel
from contactdesk.ui.field.conflicts_page import ConflictsPage
from contactdesk.ui.main_window import MainWindow, page_names


def _contact() -> Contact:
    return Contact.select().where(Contact.type == 0).order_by(Contact.no).first()


def _conflicts(contact: Contact) -> None:
    entry = InteractionLogEntry.select().order_by(InteractionLogEntry.id).first()
    with db.atomic():
        field_conflicts.record(
            [
                ConflictRecord(
                    "field",
                    "contact",
                    str(contact.id),
                    "phone_no",
                    json.dumps("+31 20 555 0101"),
                    json.dumps(contact.phone_no),
                    "piet",
                    "2026-12-06 09:00:00",
                    "sanne",
                    "2026-12-06 10:00:00",
                ),
                ConflictRecord("field", "contact", str(contact.id), "city", '"Bergen"', '"Oslo"'),
                ConflictRecord("restored", "interaction_log_entry", str(entry.id)),
            ]
        )


@pytest.fixture
def laptop_window(qtbot, demo_database, settings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on a laptop file checked out of the sample office, with three conflicts."""
    check_out(tmp_path)
    _conflicts(_contact())
    window = MainWindow(str(tmp_path / "laptop.sqlite"), settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _page(window: MainWindow) -> ConflictsPage:
    window.field.show_conflicts()
    page = window.current_page()
    assert isinstance(page, ConflictsPage)
    return page


def test_the_model_passes_the_model_tester(qtmodeltester, laptop_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = ConflictsModel()
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_a_field_copy_lists_its_conflicts_with_both_sides(laptop_window: MainWindow) -> None:
    assert page_names(laptop_window)[-1] == "page_conflicts"
    assert laptop_window.findChild(object, "actionSyncOffice").isVisible()  # type: ignore[union-attr]
    page = _page(laptop_window)
    contact = _contact()
    model = page.model
    assert model.index(0, 0).data() == f"{contact.no} {contact.name}"
    assert model.index(0, 1).data() == "Phone"
    assert model.index(0, 2).data().startswith(f"{contact.phone_no}\nsanne, ")
    assert model.index(0, 3).data().startswith("+31 20 555 0101\npiet, ")
    assert model.index(2, 1).data() == "Deleted in the office"
    assert laptop_window.status_label.text() == "3 conflicts to resolve"
    assert page.intro.isVisible() and not page.stack.is_empty()


def test_the_buttons_resolve_the_selected_conflict(qtbot, laptop_window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(laptop_window)
    contact = _contact()
    page.table.selectRow(0)
    assert page.laptop_button.isEnabled() and page.edit_button.isEnabled() and not page.keep_button.isVisible()
    qtbot.mouseClick(page.laptop_button, Qt.MouseButton.LeftButton)
    assert Contact.get_by_id(contact.id).phone_no == "+31 20 555 0101"
    assert [r["table_name"] for r in field_sqlite.outbox_rows()] == ["contact"]
    assert page.model.total() == 2
    page.table.selectRow(0)  # the city
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("Trondheim", True)))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert Contact.get_by_id(contact.id).city == "Trondheim"
    page.table.selectRow(0)  # the restored entry: keep or delete again
    assert page.keep_button.isVisible() and page.delete_button.isEnabled() and not page.office_button.isVisible()
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.total() == 0 and page.stack.is_empty()
    assert "No conflicts" in page.stack.panel.text()
    assert conflicts.open_count() == 0


def test_a_value_that_does_not_fit_is_said_in_a_sentence(qtbot, laptop_window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(laptop_window)
    page.select(page.model.row_at(1).id)  # type: ignore[union-attr]
    said: list[str] = []
    monkeypatch.setattr(messages, "warning", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("x" * 31, True)))
    page.edit_value()
    assert said == ["City is too long: use at most 30 characters. Nothing was changed."]
    assert page.model.total() == 3 and field_sqlite.pending() == 0


def test_the_status_bar_counts_the_conflicts_and_its_link_opens_the_page(laptop_window: MainWindow) -> None:
    status = laptop_window.field_status
    assert status.plain == "Field copy · 0 changes to send · never synchronised · 3 conflicts"
    status.linkActivated.emit("conflicts")
    assert laptop_window.current_page().objectName() == "page_conflicts"


def test_the_office_or_a_desktop_shows_neither_the_page_nor_the_sync(qtbot, demo_database, settings) -> None:  # type: ignore[no-untyped-def]
    settings.last_page = "page_conflicts"
    window = MainWindow(demo_database.target, settings)
    qtbot.addWidget(window)
    window.show()
    assert "page_conflicts" not in page_names(window)
    assert window.current_page().objectName() == "page_contacts"
    assert not window.findChild(object, "actionSyncOffice").isVisible()  # type: ignore[union-attr]
    assert not window.field_status.isVisible()


def test_a_refused_change_shows_what_was_typed_without_the_bookkeeping(laptop_window: MainWindow) -> None:
    changes = {"name": "Piet B.", "commission_pct": 5, "version": 3, "changed_by": "piet"}
    with db.atomic():
        field_conflicts.record([ConflictRecord("refused", "salesperson", "PB", "", json.dumps(changes), None)])
    page = _page(laptop_window)
    row = page.model.total() - 1
    assert page.model.index(row, 1).data() == "Whole record (refused by the office)"
    assert page.model.index(row, 3).data() == "Name: Piet B., Commission %: 5"
    assert page.model.index(row, 2).data() == "(empty)"
    page.select(page.model.row_at(row).id)  # type: ignore[union-attr]
    assert page.office_button.isEnabled() and not page.laptop_button.isEnabled() and not page.edit_button.isEnabled()


def test_a_change_to_a_record_the_office_deleted_says_so_and_can_only_be_closed(laptop_window: MainWindow) -> None:
    changes = {"description": "Bring the brochure", "version": 2}
    with db.atomic():
        field_conflicts.record([ConflictRecord("gone", "segment_line", "7", "", json.dumps(changes), None)])
    page = _page(laptop_window)
    row = page.model.total() - 1
    assert page.model.index(row, 1).data() == "Whole record (deleted in the office)"
    assert page.model.index(row, 2).data() == "Deleted"
    assert "Bring the brochure" in page.model.index(row, 3).data()
    assert "logging its segment" in page.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    page.select(page.model.row_at(row).id)  # type: ignore[union-attr]
    assert page.office_button.isEnabled() and not page.laptop_button.isEnabled() and not page.edit_button.isEnabled()
