"""Words ContactDesk puts into a letter or an e-mail subject follow the letter's language, not the screen's."""

from __future__ import annotations

import email
from pathlib import Path

from contactdesk.crm import letter_texts, segments
from contactdesk.crm.attachments import attachment_bytes
from contactdesk.crm.log_data import LogOptions
from contactdesk.merge.context import ContextBuilder
from contactdesk.merge.deliver import log_and_deliver
from contactdesk.merge.segment_merge import merge_segment
from contactdesk.store.models import InteractionLogEntry

from .conftest import TODAY, F, read_docx


def _follow_up(f: F, tmp_path: Path) -> str:
    """Log a segment for P1 (Dutch, e-mail) with a follow-up made the command line's way (English words)."""
    result = log_and_deliver(f.segment("P1"), tmp_path / "first", LogOptions(follow_up=True), today=TODAY, workers=1)
    assert result.logged is not None and result.logged.follow_up
    follow_up = result.logged.follow_up
    assert segments.get_segment(follow_up).description == "Follow-up on segment SEG00001"
    return follow_up


def test_a_follow_up_letter_and_draft_speak_the_letters_language(f: F, tmp_path: Path) -> None:
    follow_up = _follow_up(f, tmp_path)
    result = log_and_deliver(follow_up, tmp_path / "second", today=TODAY, workers=1)
    draft = email.message_from_bytes(result.emails[0].read_bytes())
    assert draft["Subject"] == "Opvolging van segment SEG00001"
    entry = InteractionLogEntry.select().order_by(InteractionLogEntry.entry_no.desc()).first()
    assert "Opvolging van segment SEG00001 for Piet Een." in read_docx(attachment_bytes(entry.attachment_id))


def test_merging_a_follow_up_writes_the_subject_in_the_letters_language(f: F, tmp_path: Path) -> None:
    follow_up = _follow_up(f, tmp_path)
    result = merge_segment(follow_up, tmp_path / "merged", today=TODAY, workers=1)
    draft = email.message_from_bytes(result.emails[0].read_bytes())
    assert draft["Subject"] == "Opvolging van segment SEG00001"


def test_the_table_rewords_any_languages_follow_up_and_leaves_other_text(database) -> None:  # type: ignore[no-untyped-def]
    assert (
        letter_texts.in_letter_language("Opvolging van segment SEG00004", "nb-NO") == "Oppfølging av segment SEG00004"
    )
    assert letter_texts.in_letter_language("Oppfølging av segment SEG00004", "en") == "Follow-up on segment SEG00004"
    assert letter_texts.in_letter_language("Spring mailing", "nb") == "Spring mailing"


def test_country_names_in_an_address_follow_the_letters_language(f: F) -> None:
    builder = ContextBuilder(TODAY)
    norwegian = builder.build(f.C2, language="nb")
    dutch = builder.build(f.C2, language="nl")
    assert norwegian["contact"]["country_name"] == "Norge" and dutch["contact"]["country_name"] == "Noorwegen"
    assert dutch["contact"]["address_block"].endswith("Noorwegen")
