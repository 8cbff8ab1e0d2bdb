"""A line's own letter is never dropped unasked: template and language changes, on the line or from the header,
are refused without the user's Yes (issue 12 follow-up to "Personalise one line's letter")."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from contactdesk.crm import line_letters, segment_lines, segments
from contactdesk.crm.rule_errors import OwnLetterError
from contactdesk.merge.line_letter import merge_line_letter
from contactdesk.store.models import Attachment, SegmentLine

from .conftest import F
from .orphans import unreferenced_documents


def _own_letter(f: F, tmp_path: Path, name: str = "P4") -> tuple[str, int, int]:
    """A segment (template T1) whose line for `name` has its own letter: (segment, line no., document)."""
    no = f.segment("P1", "P4")
    line = next(row for row in segment_lines.list_lines(no) if row.contact_no == getattr(f, name))
    path = merge_line_letter(no, line.line_no, tmp_path / "edit")
    document = docx.Document(str(path))
    document.add_paragraph("Only for you.")
    document.save(str(path))
    line_letters.keep_own_letter(no, line.line_no, path)
    attachment = int(SegmentLine.get(SegmentLine.line_no == line.line_no).attachment_id)
    return no, line.line_no, attachment


def _state(no: str, line_no: int) -> tuple[object, ...]:
    line = SegmentLine.get(SegmentLine.line_no == line_no)
    header = segments.get_segment(no)
    return (header.version, header.template_code, header.language_code, line.version, line.attachment_id, line.merged)


@pytest.mark.parametrize(("field", "value"), [("template_code", "T2"), ("language_code", "nl")])
def test_a_line_change_that_would_drop_its_own_letter_is_refused_unless_discarded(
    f: F, tmp_path: Path, field: str, value: str
) -> None:
    no, line_no, own = _own_letter(f, tmp_path)
    before = _state(no, line_no)
    with pytest.raises(OwnLetterError) as refused:
        segment_lines.update_line(no, line_no, field, value)
    assert refused.value.line_nos == (line_no,) and refused.value.segment_no == no
    assert _state(no, line_no) == before, "refused: nothing changed"
    row, _version = segment_lines.update_line(no, line_no, field, value, discard_own_letter=True)
    assert not row.own_letter and getattr(row, field) == value
    assert Attachment.get_or_none(Attachment.id == own) is None, "the discarded letter is deleted, not kept for nobody"
    assert unreferenced_documents() == (0, 0)


def test_other_line_fields_keep_the_own_letter(f: F, tmp_path: Path) -> None:
    no, line_no, own = _own_letter(f, tmp_path)
    row, _version = segment_lines.update_line(no, line_no, "description", "Personal invitation")
    assert row.own_letter and SegmentLine.get(SegmentLine.line_no == line_no).attachment_id == own


@pytest.mark.parametrize(
    ("field", "value", "action"),
    [("template_code", "T2", "header_template"), ("language_code", "nl", "header_language")],
)
def test_a_header_change_carried_to_lines_with_own_letters_is_refused_unless_discarded(
    f: F, tmp_path: Path, field: str, value: str, action: str
) -> None:
    no, line_no, own = _own_letter(f, tmp_path)
    before = _state(no, line_no)
    assert segments_own_letters(no, field) == 1
    with pytest.raises(OwnLetterError) as refused:
        segments.update_header(no, {field: value}, before[0])
    assert refused.value.action == action and refused.value.line_nos == (line_no,)
    assert _state(no, line_no) == before, "refused: header and lines unchanged"
    header = segments.update_header(no, {field: value}, before[0], discard_own_letters=True)
    assert getattr(header, field) == value
    assert not segment_lines.get_line(no, line_no).own_letter
    assert Attachment.get_or_none(Attachment.id == own) is None
    assert unreferenced_documents() == (0, 0)


def test_a_header_change_answered_no_keeps_the_own_letter(f: F, tmp_path: Path) -> None:
    no, line_no, own = _own_letter(f, tmp_path)
    version = segments.get_segment(no).version
    header = segments.update_header(no, {"language_code": "nl"}, version, ask=lambda *_args: False)
    assert header.language_code == "nl"
    assert segment_lines.get_line(no, line_no).own_letter
    assert SegmentLine.get(SegmentLine.line_no == line_no).attachment_id == own


def segments_own_letters(no: str, field: str) -> int:
    """What the worksheet counts before asking."""
    from contactdesk.crm.own_letters import header_own_letters

    return header_own_letters(no, field)
