"""The Segment worksheet driven like a user: build by criteria, edit a line, remove, go back, save and reuse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from contactdesk.crm import saved_criteria, segment_lines, segments, templates
from contactdesk.ui.segments.criteria_dialog import CriteriaDialog
from contactdesk.ui.segments.lines_model import COLUMNS
from contactdesk.ui.segments.saved_criteria_dialog import CriteriaNameDialog, SavedCriteriaDialog
from contactdesk.ui.segments.segments_page import SegmentsPage
from contactdesk.ui.segments.worksheet import SegmentWorksheet

from .conftest import Answers


def _column(key: str) -> int:
    return next(number for number, column in enumerate(COLUMNS) if column.key == key)


def _new_sheet(qtbot, window) -> SegmentWorksheet:  # type: ignore[no-untyped-def]
    page = window.page(1)
    assert isinstance(page, SegmentsPage)
    before = set(page.worksheets)
    page.new_button.click()
    (no,) = set(page.worksheets) - before
    sheet = page.worksheets[no]
    qtbot.waitExposed(sheet)
    return sheet


def _add_by_criteria(qtbot, sheet: SegmentWorksheet, industry: str) -> int:  # type: ignore[no-untyped-def]
    sheet.actions_.add.trigger()
    dialog = sheet.actions_.dialog
    assert isinstance(dialog, CriteriaDialog) and dialog.isVisible()
    dialog.form.set_value("industry_group", "industry_group_code", industry)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.ok_button.isEnabled(), timeout=5000)
    expected = dialog.preview.count
    assert dialog.preview_label.text().startswith(str(expected))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: sheet.model.rowCount() == expected, timeout=10000)

    return expected


def _edit_cell(sheet: SegmentWorksheet, row: int, key: str, value: object) -> None:
    """Open the cell's editor in the table, put a value in it and commit, as typing and Enter would."""
    index = sheet.model.index(row, _column(key))
    sheet.table.setCurrentIndex(index)
    sheet.table.edit(index)
    editor = sheet.table.indexWidget(index) or next(
        w for w in sheet.table.viewport().findChildren((QLineEdit, QComboBox)) if w.isVisible()
    )
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findData(value))
    else:
        editor.setText(str(value))
    sheet.table.commitData(editor)
    sheet.table.closeEditor(editor, sheet.table.itemDelegate().EndEditHint.NoHint)


def test_build_edit_remove_and_go_back(qtbot, demo_window, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    sheet = _new_sheet(qtbot, demo_window)
    sheet.form.description.setText("Retail seminar")
    sheet.form.description.editingFinished.emit()
    sheet.form.template.setCurrentIndex(sheet.form.template.findData("INVITE"))
    sheet.form.template.activated.emit(sheet.form.template.currentIndex())
    assert (sheet.header.description, sheet.header.template_code) == ("Retail seminar", "INVITE")
    count = _add_by_criteria(qtbot, sheet, "RETAIL")
    assert count > 0 and sheet.header.lines == count
    assert sheet.form.criteria_actions.text() == "1" and sheet.actions_.go_back.isEnabled()
    assert sheet.model.index(0, _column("why")).data().startswith("#1 Add contacts: Industry group = RETAIL")

    _edit_cell(sheet, 0, "description", "Personal invitation")
    _edit_cell(sheet, 0, "correspondence_type", 1)
    first = segment_lines.list_lines(sheet.no, limit=1)[0]
    assert (first.description, int(first.correspondence_type)) == ("Personal invitation", 1)

    sheet.table.selectRow(0)
    sheet.actions_.remove.trigger()
    assert sheet.model.rowCount() == count - 1 and sheet.header.criteria_actions == 2
    sheet.actions_.go_back.trigger()
    qtbot.waitUntil(lambda: sheet.model.rowCount() == count, timeout=10000)
    assert "Removed by hand" in answers.asked[-1]
    assert segment_lines.list_lines(sheet.no, limit=1)[0] == first  # restored exactly, edits included
    assert sheet.form.criteria_actions.text() == "1"


def test_header_question_and_stale_worksheet(qtbot, demo_window, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.page(1)
    no = next(s.no for s in segments.list_segments() if s.description.startswith("Welcome"))
    sheet = page.open_segment(no)
    answers.confirm = False
    sheet.form.cost.setValue(9.5)
    sheet.form.cost.editingFinished.emit()
    assert "Update the segment lines" in answers.asked[-1]
    assert sheet.header.unit_cost == 9.5 and {line.cost for line in segment_lines.list_lines(no)} == {2.5}
    segments.update_header(no, {"description": "Someone else was here"})
    sheet.form.description.setText("Mine")
    sheet.form.description.editingFinished.emit()
    assert sheet.form.conflict.isVisible()
    assert "changed this segment at" in sheet.form.conflict.label.text()
    assert sheet.form.description.text() == "Mine"  # nothing typed is lost …
    qtbot.mouseClick(sheet.form.conflict.button, Qt.MouseButton.LeftButton)
    assert sheet.form.description.text() == "Someone else was here"  # … Reload shows the newer value
    assert sheet.form.fields["description"].hint_text().startswith("Your change: Mine")
    assert "Last changed by" in sheet.form.stamp.text()


def test_a_template_change_asks_and_reaches_every_line(qtbot, demo_window, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    no = next(s.no for s in segments.list_segments() if s.description.startswith("Welcome"))
    old = segments.get_segment(no).template_code
    new, other = [t.code for t in templates.list_templates() if t.code != old][:2]
    first = segment_lines.list_lines(no, limit=1)[0]
    segment_lines.update_line(no, first.line_no, "template_code", other)  # this line no longer uses the old one
    sheet = demo_window.page(1).open_segment(no)
    sheet.form.template.setCurrentIndex(sheet.form.template.findData(new))
    sheet.form.template.activated.emit(sheet.form.template.currentIndex())
    assert answers.asked[-1].startswith(f"Apply template {new} to all segment lines?")
    assert sheet.header.template_code == new
    assert {line.template_code for line in segment_lines.list_lines(no, limit=-1)} == {new}


def test_save_and_reuse_criteria_through_the_dialogs(qtbot, demo_window, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    first = _new_sheet(qtbot, demo_window)
    count = _add_by_criteria(qtbot, first, "IT")
    first.actions_.save.trigger()
    name = first.actions_.dialog
    assert isinstance(name, CriteriaNameDialog)
    name.code.setText("it-firms")
    name.description.setText("IT companies and people")
    name.accept()
    assert "IT-FIRMS" in first.status.text()
    assert [i.code for i in saved_criteria.list_saved_criteria()] == ["IT-FIRMS", "NL-RETAIL"]

    second = _new_sheet(qtbot, demo_window)
    second.actions_.reuse.trigger()
    picker = second.actions_.dialog
    assert isinstance(picker, SavedCriteriaDialog)
    picker.table.selectRow(0)
    assert picker.code() == "IT-FIRMS" and picker.action_list.count() == 1
    picker.accept()
    qtbot.waitUntil(lambda: second.model.rowCount() == count, timeout=10000)
    assert second.header.criteria_actions == 1
    answers.confirm = False
    second.actions_.reuse.trigger()  # it has actions now: asks first, and No means nothing happens
    assert "already has 1 criteria action" in answers.asked[-1]
    assert second.actions_.dialog is picker


def test_an_action_that_changes_nothing_is_said_recorded_and_undone(qtbot, demo_window, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    sheet = _new_sheet(qtbot, demo_window)
    sheet.actions_.add.trigger()
    dialog = sheet.actions_.dialog
    assert isinstance(dialog, CriteriaDialog)
    dialog.form.set_value("contact", "city", "Nowhere at all")
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.count == 0, timeout=5000)
    assert dialog.ok_button.isEnabled()  # recording an action that adds nobody is allowed
    dialog.reject()
    sheet.actions_.run_criteria(_request_for_nobody())
    assert answers.warnings[-1].startswith("No contact matches these criteria, so no line changed.")
    assert sheet.header.criteria_actions == 1 and sheet.model.rowCount() == 0
    assert sheet.actions_.go_back.isEnabled()
    sheet.actions_.go_back.trigger()
    qtbot.waitUntil(lambda: sheet.header.criteria_actions == 0, timeout=10000)


def test_an_emptied_segment_offers_to_reset_its_criteria(qtbot, demo_window, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm.criteria import CriteriaRequest
    from contactdesk.crm.criteria_filters import Filter
    from contactdesk.store.enums import CriteriaAction

    sheet = _new_sheet(qtbot, demo_window)
    _add_by_criteria(qtbot, sheet, "RETAIL")
    sheet.actions_.run_criteria(CriteriaRequest(CriteriaAction.REFINE, (Filter("contact", "city", "Nowhere at all"),)))
    assert answers.asked[-1] == "Your segment is now empty. Reset the number of criteria actions?"
    assert (sheet.header.lines, sheet.header.criteria_actions) == (0, 0)
    assert not sheet.actions_.go_back.isEnabled()


def _request_for_nobody():  # type: ignore[no-untyped-def]
    from contactdesk.crm.criteria import CriteriaRequest
    from contactdesk.crm.criteria_filters import Filter
    from contactdesk.store.enums import CriteriaAction

    return CriteriaRequest(CriteriaAction.ADD, (Filter("contact", "city", "Nowhere at all"),))


def test_cancel_leaves_the_segment_as_it_was(qtbot, demo_window, answers: Answers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm.criteria import CriteriaRequest
    from contactdesk.store.enums import CriteriaAction
    from contactdesk.ui import progress
    from contactdesk.ui.worker import Worker

    class CancelledAtOnce(Worker):
        """As if the user pressed Cancel before the first step finished."""

        def start(self) -> None:
            self.cancel()
            super().start()

    monkeypatch.setattr(progress, "Worker", CancelledAtOnce)
    sheet = _new_sheet(qtbot, demo_window)
    version = sheet.version
    sheet.actions_.run_criteria(CriteriaRequest(CriteriaAction.ADD))
    header = segments.get_segment(sheet.no)
    assert (header.lines, header.criteria_actions, header.version) == (0, 0, version)
    assert answers.warnings == []
