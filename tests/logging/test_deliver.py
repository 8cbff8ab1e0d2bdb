"""Log and deliver: letters merged for the logged entries, each kept with its entry (in the database, with sha256)."""

from __future__ import annotations

import email
import hashlib
from pathlib import Path

import pytest

from contactdesk.crm import segment_lines, segments
from contactdesk.crm.attachments import attachment_bytes
from contactdesk.crm.interaction_documents import export_entry_document
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logged_segments import letters_missing
from contactdesk.crm.logging_ import log_segment
from contactdesk.merge import deliver
from contactdesk.merge.deliver import deliver_logged, log_and_deliver
from contactdesk.merge.parallel import LetterRun
from contactdesk.store.enums import CorrespondenceType, DeliveryStatus
from contactdesk.store.models import Contact, InteractionLogEntry

from .conftest import TODAY, F, counts, read_docx, write_docx

E = InteractionLogEntry


def _segment(f: F) -> str:
    """P1 by e-mail (Dutch), C1 and P4 on paper; P4 carries a personal comment."""
    no = f.segment("P1", "C1", "P4")
    lines = segment_lines.list_lines(no, limit=-1)
    for line in lines[1:]:
        segment_lines.update_line(no, line.line_no, "correspondence_type", int(CorrespondenceType.HARD_COPY))
    segment_lines.update_line(no, lines[2].line_no, "comment", "Thanks for the coffee")
    return no


def test_letters_are_kept_with_their_entries(f: F, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = log_and_deliver(_segment(f), out, LogOptions(follow_up=True), today=TODAY, workers=1)
    assert result.logged is not None and not result.failed and not result.cancelled
    assert (result.logged.entries, len(result.letters), len(result.emails), result.kept) == (3, 3, 1, 3)
    assert result.combined is not None and result.combined.is_file()
    assert result.as_dict()["logged_segment"] == "LSEG00001" and result.as_dict()["follow_up"] == "SEG00002"
    for entry in E.select():
        # Kept inside the database, under the name the letter was written with.
        kept = attachment_bytes(entry.attachment_id)
        assert hashlib.sha256(kept).hexdigest() == entry.letter_sha256
        assert (out / entry.letter_name).read_bytes() == kept
        assert entry.delivery_status == DeliveryStatus.BLANK
        copy = export_entry_document(entry.entry_no, tmp_path)
        assert copy.read_bytes() == kept
    p4 = E.get(E.contact_no == f.P4)
    text = read_docx(attachment_bytes(p4.attachment_id))
    assert f"Entry {p4.entry_no}. Thanks for the coffee" in text and "Pam Four" in text
    p1 = E.get(E.contact_no == f.P1)
    assert read_docx(attachment_bytes(p1.attachment_id)).startswith("[nl]")
    draft = email.message_from_bytes(result.emails[0].read_bytes())
    assert draft["To"] == "Piet Een <p1@x.example>"
    assert letters_missing("LSEG00001") == 0


def test_a_template_problem_stops_before_anything_is_logged(f: F, tmp_path: Path) -> None:
    from contactdesk.crm import templates

    templates.set_template_attachment("T1", "nl", write_docx(tmp_path / "bad.docx", ["{{ contact.name "]))
    no = _segment(f)
    before = counts()
    result = log_and_deliver(no, tmp_path / "out", today=TODAY, workers=1)
    assert result.stopped_before_logging and result.logged is None
    assert any(problem.kind == "syntax" for problem in result.problems)
    assert counts() == before and not (tmp_path / "out").exists()


def test_merging_fails_after_logging_entries_stay_and_letters_can_be_made_again(
    f: F, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: LetterRun, *args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(LetterRun, "run", broken)
        result = log_and_deliver(_segment(f), tmp_path / "out", today=TODAY, workers=1)
    assert result.logged is not None and result.failed == "disk full" and result.kept == 0
    assert E.select().count() == 3
    assert {e.delivery_status for e in E.select()} == {DeliveryStatus.ERROR}
    assert letters_missing(result.logged.logged_segment) == 3
    again = deliver_logged(result.logged.logged_segment, tmp_path / "again", today=TODAY, workers=1)
    assert (again.kept, again.failed, len(again.letters)) == (3, "", 3)
    assert {e.delivery_status for e in E.select()} == {DeliveryStatus.BLANK}
    assert letters_missing(result.logged.logged_segment) == 0


def test_cancel_after_logging_keeps_the_logging(f: F, tmp_path: Path) -> None:
    steps: list[int] = []

    def progress(value: int) -> None:
        steps.append(value)
        if value > 10:  # 10 = logged and committed; then the letters start
            raise RuntimeError("Cancel pressed")

    result = log_and_deliver(_segment(f), tmp_path / "out", today=TODAY, progress=progress, workers=1)
    assert result.logged is not None and result.cancelled and result.failed == "cancelled"
    assert E.select().count() == 3 and result.kept == len(result.letters) < 3
    assert letters_missing(result.logged.logged_segment) == 3 - result.kept
    assert E.select().where(E.delivery_status == DeliveryStatus.IN_PROGRESS).count() == 3 - result.kept


def test_cancel_before_logging_is_committed_logs_nothing(f: F, tmp_path: Path) -> None:
    def progress(value: int) -> None:
        if value > 2:
            raise RuntimeError("Cancel pressed")

    no = _segment(f)
    with pytest.raises(RuntimeError):
        log_and_deliver(no, tmp_path / "out", today=TODAY, progress=progress, workers=1)
    assert segments.get_segment(no).lines == 3 and E.select().count() == 0


def test_blank_channel_lines_are_logged_without_a_letter(f: F, tmp_path: Path) -> None:
    no = f.segment("P1", "P4", template="T2")
    first = segment_lines.list_lines(no, limit=-1)[0]
    segment_lines.update_line(no, first.line_no, "correspondence_type", int(CorrespondenceType.BLANK))
    result = log_and_deliver(no, tmp_path / "out", today=TODAY, workers=1)
    assert result.logged is not None and result.logged.entries == 2 and result.kept == 1
    assert E.get(E.contact_no == f.P1).letter_name == ""


def test_make_letters_for_a_segment_logged_without_delivery(f: F, tmp_path: Path) -> None:
    logged_no = log_segment(f.segment("P4", template="T2"), today=TODAY).logged_segment
    Contact.update(name="Pam Four-Renamed").where(Contact.no == f.P4).execute()
    result = deliver_logged(logged_no, tmp_path / "letters", today=TODAY, workers=1)
    assert result.kept == 1 and "Pam Four-Renamed" in read_docx(result.letters[0])
    assert deliver.deliver_logged(logged_no, tmp_path / "again", workers=1).kept == 0  # nothing missing any more
