"""The worksheet asks before a change discards a line's own letter; No leaves everything as it was."""

from __future__ import annotations

from pathlib import Path

import docx

from contactdesk.crm import criteria, line_letters, segment_lines, segments
from contactdesk.crm.criteria import CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.store.enums import CriteriaAction
from contactdesk.store.models import Attachment, Segment, SegmentLine
from contactdesk.ui.segments.lines_model import COLUMNS
from contactdesk.ui.segments.worksheet import SegmentWorksheet

from .conftest import Answers

TEMPLATE = next(number for number, column in enumerate(COLUMNS) if column.key == "template_code")


def _sheet_with_own_letter(qtbot, tmp_path: Path) -> tuple[SegmentWorksheet, int, int]:  # type: ignore[no-untyped-def]
    no = next(s.no for s in segments.list_segments() if s.template_code == "WELCOME" and s.lines)
    line_no = segment_lines.line_numbers(no)[0]
    letter = tmp_path / "mine.docx"
    document = docx.Document()
    document.add_paragraph("Dear friend, only for you.")
    document.save(str(letter))
    line_letters.keep_own_letter(no, line_no, letter)
    sheet = SegmentWorksheet(no)
    qtbot.addWidget(sheet)
    sheet.show()
    stored = SegmentLine.get((SegmentLine.segment == Segment.get(Segment.no == no)) & (SegmentLine.line_no == line_no))
    return sheet, line_no, int(stored.attachment_id)


def _line(sheet: SegmentWorksheet, line_no: int) -> SegmentLine:
    return SegmentLine.get(
        (SegmentLine.segment == Segment.get(Segment.no == sheet.no)) & (SegmentLine.line_no == line_no)
    )


def test_changing_a_lines_template_asks_first_and_no_keeps_the_letter(  # type: ignore[no-untyped-def]
    qtbot, demo_database, answers: Answers, tmp_path: Path
) -> None:
    sheet, line_no, own = _sheet_with_own_letter(qtbot, tmp_path)
    row = next(r for r in range(sheet.model.rowCount()) if sheet.model.row_at(r).line_no == line_no)  # type: ignore[union-attr]
    before = (sheet.version, _line(sheet, line_no).version)
    answers.confirm = False
    assert not sheet.model.setData(sheet.model.index(row, TEMPLATE), "INVITE")
    assert len(answers.asked) == 1 and f"Line {line_no}" in answers.asked[0] and "own letter" in answers.asked[0]
    line = _line(sheet, line_no)
    assert (line.merged, line.attachment_id, str(line.interaction_template_id)) == (True, own, "WELCOME")
    assert (segments.get_segment(sheet.no).version, line.version) == before, "No: nothing was written"
    answers.confirm = True
    assert sheet.model.setData(sheet.model.index(row, TEMPLATE), "INVITE")
    line = _line(sheet, line_no)
    assert not line.merged and str(line.interaction_template_id) == "INVITE"
    assert Attachment.get_or_none(Attachment.id == own) is None, "the discarded letter is deleted"
    assert not answers.warnings


def test_a_header_template_change_names_the_own_letters_and_no_keeps_them(  # type: ignore[no-untyped-def]
    qtbot, demo_database, answers: Answers, tmp_path: Path
) -> None:
    sheet, line_no, own = _sheet_with_own_letter(qtbot, tmp_path)
    answers.confirm = False
    form = sheet.form.template
    form.setCurrentIndex(form.findData("INVITE"))
    form.activated.emit(form.currentIndex())
    assert answers.asked and "Apply template INVITE to all segment lines?" in answers.asked[0]
    assert "1 of these lines has its own edited letter: Yes discards that letter for good." in answers.asked[0]
    assert _line(sheet, line_no).merged and _line(sheet, line_no).attachment_id == own
    answers.asked.clear()
    answers.confirm = True
    form.setCurrentIndex(form.findData("INVITE"))
    form.activated.emit(form.currentIndex())
    assert sheet.header.template_code == "INVITE"
    assert not _line(sheet, line_no).merged
    assert Attachment.get_or_none(Attachment.id == own) is None


def test_a_reduce_that_removes_an_own_letter_warns_with_the_count_and_go_back_restores_it(  # type: ignore[no-untyped-def]
    qtbot, demo_database, answers: Answers, tmp_path: Path
) -> None:
    sheet, line_no, own = _sheet_with_own_letter(qtbot, tmp_path)
    contact = segment_lines.get_line(sheet.no, line_no).contact_no
    sheet.actions_.run_criteria(CriteriaRequest(CriteriaAction.REDUCE, (Filter("contact", "no", contact),)))
    assert answers.warnings == [
        "1 of the removed lines had its own edited letter. The letter is kept with the segment's history: "
        "Go back brings that line back with it."
    ]
    assert "1 of the removed lines had its own edited letter" in sheet.status.text()
    assert Attachment.get_or_none(Attachment.id == own) is not None
    criteria.go_back(sheet.no)
    assert segment_lines.get_line(sheet.no, line_no).own_letter


def test_forgetting_the_history_of_an_emptied_segment_names_the_letters_it_deletes(  # type: ignore[no-untyped-def]
    qtbot, demo_database, answers: Answers, tmp_path: Path
) -> None:
    sheet, line_no, own = _sheet_with_own_letter(qtbot, tmp_path)
    sheet.table.selectAll()
    answers.confirm = True
    sheet.actions_.remove_lines()
    assert "The edited letter of 1 removed line is then deleted for good." in answers.asked[-1]
    assert sheet.header.lines == 0
    assert Attachment.get_or_none(Attachment.id == own) is None
