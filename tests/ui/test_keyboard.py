"""The keyboard on every list page: Enter opens the selected row, Delete deletes or cancels it; shortcuts
are named in tooltips; Settings has a key everywhere; no filter means Enter adds nobody."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from tests.recorder import Recorder

from contactdesk.ui.interactions.interaction_log_page import InteractionLogPage
from contactdesk.ui.interactions.postponed_page import PostponedPage
from contactdesk.ui.logged.logged_actions import LoggedActions
from contactdesk.ui.logged.logged_page import LoggedSegmentsPage
from contactdesk.ui.segments.segments_page import SegmentsPage

# page, (class, method) opened by Enter, (class, method) run by Delete
PAGES: list[tuple[type, tuple[type, str], tuple[type, str]]] = [
    (PostponedPage, (PostponedPage, "resume"), (PostponedPage, "delete_selected")),
    (InteractionLogPage, (InteractionLogPage, "open_document"), (InteractionLogPage, "cancel_selected")),
    (LoggedSegmentsPage, (LoggedSegmentsPage, "show_entries"), (LoggedActions, "cancel_selected")),
    (SegmentsPage, (SegmentsPage, "open_segment"), (SegmentsPage, "delete_segment")),
]


@pytest.mark.parametrize(("page_class", "opens", "deletes"), PAGES, ids=lambda v: getattr(v, "__name__", ""))
def test_enter_opens_and_delete_deletes_on_every_list_page(  # type: ignore[no-untyped-def]
    qtbot, demo_database, monkeypatch, page_class: type, opens: tuple[type, str], deletes: tuple[type, str]
) -> None:
    opened, deleted = Recorder(), Recorder()
    monkeypatch.setattr(*opens, opened)
    monkeypatch.setattr(*deletes, deleted)
    page: Any = page_class()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    table = page.table
    assert table.model().rowCount() > 0, "the sample data has rows for this page"
    table.selectRow(0)
    table.setCurrentIndex(table.model().index(0, 0))
    page.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.keyClick(table, Qt.Key.Key_Enter)  # the keypad's
    assert len(opened.calls) == 2 and deleted.calls == []
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(deleted.calls) == 1 and len(opened.calls) == 2


def test_the_worksheet_names_its_shortcuts_in_its_tooltips(qtbot, demo_database) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm import segments
    from contactdesk.ui.segments.worksheet import SegmentWorksheet

    no = segments.create_segment("Keys")
    sheet = SegmentWorksheet(no)
    qtbot.addWidget(sheet)
    shortcuts = {
        action.objectName(): action.shortcut().toString() for action in sheet.toolbar.actions() if action.objectName()
    }
    assert shortcuts["actionSegmentReduce"] == "Ctrl+Shift+R"
    assert shortcuts["actionSegmentRefine"] == "Ctrl+Shift+F"
    assert shortcuts["actionSegmentMerge"] == "Ctrl+M"
    assert shortcuts["actionSegmentLog"] == "Ctrl+L"
    merge = sheet.merge_action
    native = merge.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert merge.toolTip().endswith(f"({native})") and merge.toolTip().startswith("Write a Word letter")
    taken = [value for value in shortcuts.values() if value]
    assert len(taken) == len(set(taken)), shortcuts


def test_settings_has_a_shortcut_on_every_platform(window) -> None:  # type: ignore[no-untyped-def]
    keys = window.actions_.preferences.shortcuts()
    assert keys and not keys[0].isEmpty()
    assert window.actions_.preferences.shortcut().toString() in ("Ctrl+,", "Meta+,")
    refresh = window.actions_.refresh
    assert refresh.toolTip().endswith(f"({refresh.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")


def test_with_no_filter_enter_adds_nobody_and_add_asks_first(qtbot, demo_database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm import segments
    from contactdesk.crm.enums import CriteriaAction
    from contactdesk.ui import messages
    from contactdesk.ui.segments.criteria_dialog import CriteriaDialog

    asked = Recorder(answer=False)
    monkeypatch.setattr(messages, "confirm", asked)
    dialog = CriteriaDialog(segments.create_segment("Everyone?"), CriteriaAction.ADD)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wait_for_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.ok_button.isEnabled() and not dialog.ok_button.isDefault()
    dialog.ok_button.click()
    assert len(asked.calls) == 1 and "No filter is set" in asked.calls[0][2] and dialog.isVisible()
    assert dialog.result() == 0
    # With a filter, Add is the default button again and adds without asking.
    next(iter(dialog.form.texts.values())).setText("a")
    dialog.start_preview()
    dialog.wait_for_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.has_filter() and dialog.ok_button.isDefault()
