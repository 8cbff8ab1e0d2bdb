"""A line's own letter (issue 12 §4): merged for its contact, edited, kept, delivered as it is, then forgotten."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from contactdesk.crm import attachments, line_letters, segment_lines, segments
from contactdesk.crm.errors import AttachmentError, ConcurrentEditError
from contactdesk.crm.log_data import LogOptions
from contactdesk.merge.deliver import log_and_deliver
from contactdesk.merge.line_letter import merge_line_letter
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Attachment, InteractionLogEntry, SegmentLine

from .conftest import TODAY, F, read_docx


def _segment(f: F) -> str:
    no = f.segment("P1", "P4")
    for line in segment_lines.list_lines(no, limit=-1):
        segment_lines.update_line(no, line.line_no, "correspondence_type", int(CorrespondenceType.HARD_COPY))
    return no


def _edit(path: Path, extra: str) -> Path:
    """What the user does in Word: add a sentence and save."""
    document = docx.Document(str(path))
    document.add_paragraph(extra)
    document.save(str(path))
    return path


def test_the_edited_letter_is_kept_delivered_as_is_and_the_template_comes_back(f: F, tmp_path: Path) -> None:
    no = _segment(f)
    p4 = next(line for line in segment_lines.list_lines(no) if line.contact_no == f.P4)
    letter = merge_line_letter(no, p4.line_no, tmp_path / "edit")
    merged = read_docx(letter)
    assert "Pam Four" in merged and "{{" not in merged, "merged for this contact, as the segment merge would"
    _edit(letter, "P.S. See you at the fair on Friday.")
    version = segments.get_segment(no).version
    row, new_version = line_letters.keep_own_letter(no, p4.line_no, letter, version, p4.version)
    assert row.own_letter and new_version > version
    assert not segment_lines.get_line(no, next(n for n in segment_lines.line_numbers(no) if n != p4.line_no)).own_letter
    # Editing it again starts from the kept letter, not from the template.
    again = merge_line_letter(no, p4.line_no, tmp_path / "again")
    assert "P.S. See you at the fair on Friday." in read_docx(again)
    result = log_and_deliver(no, tmp_path / "out", LogOptions(), today=TODAY, workers=1)
    assert result.logged is not None and not result.failed
    entry = InteractionLogEntry.get(InteractionLogEntry.contact_no == f.P4)
    delivered = attachments.attachment_bytes(entry.attachment_id)
    assert delivered == letter.read_bytes(), "delivered exactly as the user saved it"


def test_use_the_template_again_forgets_the_own_letter(f: F, tmp_path: Path) -> None:
    no = _segment(f)
    line = segment_lines.list_lines(no)[0]
    template_document = SegmentLine.get(SegmentLine.line_no == line.line_no).attachment_id
    letter = _edit(merge_line_letter(no, line.line_no, tmp_path), "Only for you.")
    kept, _version = line_letters.keep_own_letter(no, line.line_no, letter)
    own = SegmentLine.get(SegmentLine.line_no == line.line_no).attachment_id
    row, _version = line_letters.use_template_again(no, line.line_no, None, kept.version)
    assert not row.own_letter
    assert SegmentLine.get(SegmentLine.line_no == line.line_no).attachment_id == template_document
    assert Attachment.get_or_none(Attachment.id == own) is None, "the forgotten letter is not kept for nobody"
    assert "Only for you." not in read_docx(merge_line_letter(no, line.line_no, tmp_path / "fresh"))


def test_a_file_that_is_not_a_word_document_changes_nothing(f: F, tmp_path: Path) -> None:
    no = _segment(f)
    line = segment_lines.list_lines(no)[0]
    before = (segments.get_segment(no).version, Attachment.select().count())
    broken = tmp_path / "letter.docx"
    broken.write_bytes(b"Word was still writing this")
    with pytest.raises(AttachmentError):
        line_letters.keep_own_letter(no, line.line_no, broken, before[0])
    with pytest.raises(AttachmentError):
        line_letters.keep_own_letter(no, line.line_no, tmp_path / "gone.docx", before[0])
    assert (segments.get_segment(no).version, Attachment.select().count()) == before
    assert not segment_lines.get_line(no, line.line_no).own_letter


def test_a_stale_line_is_refused(f: F, tmp_path: Path) -> None:
    no = _segment(f)
    line = segment_lines.list_lines(no)[0]
    segment_lines.update_line(no, line.line_no, "comment", "changed meanwhile")
    letter = merge_line_letter(no, line.line_no, tmp_path)
    with pytest.raises(ConcurrentEditError):
        line_letters.keep_own_letter(no, line.line_no, letter, None, line.version)
    assert not segment_lines.get_line(no, line.line_no).own_letter


def test_another_language_on_an_own_letter_line_is_merged_again(f: F, tmp_path: Path) -> None:
    no = _segment(f)
    p1 = next(line for line in segment_lines.list_lines(no) if line.contact_no == f.P1)
    line_letters.keep_own_letter(no, p1.line_no, _edit(merge_line_letter(no, p1.line_no, tmp_path), "Mine."))
    other = next(code for code in segments.get_segment(no).languages if code != p1.language_code)
    row, _version = segment_lines.update_line(no, p1.line_no, "language_code", other, discard_own_letter=True)
    assert not row.own_letter, "a template document must never be copied as if it were a finished letter"
