"""No stored document is left behind that nothing refers to: an own letter replaced or forgotten, lines and
segments deleted, a logged segment deleted or undone (issue 12 follow-up). Counted straight from the tables."""

from __future__ import annotations

from pathlib import Path

import docx

from contactdesk.crm import criteria, line_letters, log_undo, logged_segments, segment_lines, segments
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import log_segment
from contactdesk.merge.line_letter import merge_line_letter
from contactdesk.store.models import Attachment, DocumentContent, LoggedSegmentDocument, Segment, SegmentLine

from .conftest import TODAY, F
from .orphans import unreferenced_documents


def _letter(no: str, line_no: int, folder: Path, text: str) -> int:
    """Keep an edited letter on the line; returns its attachment id."""
    path = merge_line_letter(no, line_no, folder)
    document = docx.Document(str(path))
    document.add_paragraph(text)
    document.save(str(path))
    line_letters.keep_own_letter(no, line_no, path)
    line = SegmentLine.select().join(Segment).where((Segment.no == no) & (SegmentLine.line_no == line_no)).get()
    return int(line.attachment_id)


def _line_of(f: F, no: str, name: str) -> int:
    return next(row.line_no for row in segment_lines.list_lines(no, limit=-1) if row.contact_no == getattr(f, name))


def _gone(attachment: int) -> bool:
    return Attachment.get_or_none(Attachment.id == attachment) is None


def test_replacing_and_forgetting_an_own_letter_leaves_nothing_behind(f: F, tmp_path: Path) -> None:
    no = f.segment("P1", "P4")
    line_no = _line_of(f, no, "P4")
    first = _letter(no, line_no, tmp_path / "a", "First draft.")
    second = _letter(no, line_no, tmp_path / "b", "Second draft.")
    assert _gone(first) and not _gone(second)
    line_letters.use_template_again(no, line_no)
    assert _gone(second)
    assert unreferenced_documents() == (0, 0)


def test_removed_lines_keep_their_letter_for_go_back_until_the_history_is_reset(f: F, tmp_path: Path) -> None:
    no = f.segment("P1", "P4")
    own = _letter(no, _line_of(f, no, "P4"), tmp_path, "Mine.")
    segment_lines.remove_lines(no, [_line_of(f, no, "P4")])
    assert not _gone(own), "the removed line waits in the history: Go back brings it back with its letter"
    criteria.go_back(no)
    assert segment_lines.get_line(no, _line_of(f, no, "P4")).own_letter
    # Emptied and reset: the history goes, and with it the only reference to the letter.
    segment_lines.remove_lines(no, segment_lines.line_numbers(no), reset_when_empty=True)
    assert _gone(own)
    assert unreferenced_documents() == (0, 0)


def test_go_back_over_an_added_line_with_its_own_letter_deletes_the_letter(f: F, tmp_path: Path) -> None:
    no = f.segment("P1")
    segment_lines.add_contacts_by_hand(no, [f.P4])
    own = _letter(no, _line_of(f, no, "P4"), tmp_path, "Mine.")
    criteria.go_back(no)
    assert _gone(own)
    assert unreferenced_documents() == (0, 0)


def test_deleting_a_segment_deletes_its_own_letters_but_not_shared_documents(f: F, tmp_path: Path) -> None:
    no = f.segment("P1", "P4")
    other = f.segment("P4")
    own = _letter(no, _line_of(f, no, "P4"), tmp_path / "a", "Mine.")
    removed = _letter(no, _line_of(f, no, "P1"), tmp_path / "b", "Removed one.")
    segment_lines.remove_lines(no, [_line_of(f, no, "P1")])
    templates_before = DocumentContent.select().count()
    segments.delete_segment(no)
    assert _gone(own) and _gone(removed)
    assert DocumentContent.select().count() == templates_before - 2, "the template documents stay (T1 still uses them)"
    assert segment_lines.count_lines(other) == 1
    assert unreferenced_documents() == (0, 0)


def test_a_logged_segment_keeps_the_letters_its_undo_needs_and_deleting_it_deletes_them(f: F, tmp_path: Path) -> None:
    no = f.segment("P1", "P4")
    removed = _letter(no, _line_of(f, no, "P1"), tmp_path, "Removed, in the history.")
    segment_lines.remove_lines(no, [_line_of(f, no, "P1")])
    logged = log_segment(no, today=TODAY).logged_segment
    assert not _gone(removed), "the undo snapshot still needs it"
    assert LoggedSegmentDocument.select().where(LoggedSegmentDocument.attachment == removed).exists()
    logged_segments.set_canceled([logged], True)
    logged_segments.delete_canceled([logged])
    assert _gone(removed)
    assert unreferenced_documents() == (0, 0)


def test_undoing_a_logging_gives_the_letters_back_and_forgets_what_it_kept_for_them(f: F, tmp_path: Path) -> None:
    no = f.segment("P1", "P4")
    own = _letter(no, _line_of(f, no, "P4"), tmp_path / "a", "Mine.")
    removed = _letter(no, _line_of(f, no, "P1"), tmp_path / "b", "In the history.")
    segment_lines.remove_lines(no, [_line_of(f, no, "P1")])
    logged = log_segment(no, LogOptions(follow_up=True), today=TODAY).logged_segment
    log_undo.undo_logging(logged)
    assert segment_lines.get_line(no, _line_of(f, no, "P4")).own_letter
    assert not _gone(own) and not _gone(removed), "both are the restored segment's again"
    assert not LoggedSegmentDocument.select().exists()
    assert unreferenced_documents() == (0, 0)
