"""Reuse criteria that changes nothing is said, recorded and undone on the worksheet (spec §2.8)."""

from __future__ import annotations

from contactdesk.crm import saved_criteria
from contactdesk.ui.segments.saved_criteria_dialog import SavedCriteriaDialog

from .conftest import Answers
from .test_worksheet import _new_sheet


def _reuse(qtbot, sheet, code: str) -> None:  # type: ignore[no-untyped-def]
    sheet.actions_.reuse.trigger()
    picker = sheet.actions_.dialog
    assert isinstance(picker, SavedCriteriaDialog)
    picker.table.selectRow([i.code for i in saved_criteria.list_saved_criteria()].index(code))
    picker.accept()


def test_a_reuse_that_changes_nothing_is_recorded_and_go_back_removes_it(qtbot, demo_window, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    sheet = _new_sheet(qtbot, demo_window)
    _reuse(qtbot, sheet, "NL-RETAIL")
    qtbot.waitUntil(lambda: sheet.header.criteria_actions == 2, timeout=10000)
    lines = sheet.model.rowCount()
    assert lines > 0 and not answers.warnings
    # Again: every match is on the segment already, so nothing is added, but both actions are recorded.
    _reuse(qtbot, sheet, "NL-RETAIL")
    qtbot.waitUntil(lambda: sheet.header.criteria_actions == 4, timeout=10000)
    assert sheet.model.rowCount() == lines
    assert answers.warnings and "no line changed" in answers.warnings[-1]
    sheet.actions_.go_back.trigger()
    qtbot.waitUntil(lambda: sheet.header.criteria_actions == 3, timeout=10000)
    assert sheet.model.rowCount() == lines
