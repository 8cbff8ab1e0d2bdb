"""A segment line's own letter (issue 12 §4): a Word document the user edited for that one contact.

The line then points at the stored document with `merged` set, and merging or delivering the segment
copies it as it is (merge/segment_merge.py, merge/letter_plan.py). "Use the template again" points the
line back at its template's document in its language, exactly as the segment rules chose it.
"""

from __future__ import annotations

from pathlib import Path

from contactdesk.crm import attachments, document_sweep
from contactdesk.crm.lookups import stored
from contactdesk.crm.segment_base import claim_line
from contactdesk.crm.segment_data import SegmentLineRow
from contactdesk.crm.segment_line_rules import rows_for
from contactdesk.crm.segment_lines import get_line
from contactdesk.store.db import write_transaction
from contactdesk.store.models import InteractionTemplate, SegmentLine


def _forget(attachment_id: int | None, was_own: bool) -> None:
    # A replaced own letter belongs to nobody else; a template's document is still referenced and stays.
    if was_own:
        document_sweep.sweep([attachment_id])


def keep_own_letter(
    no: str, line_no: int, source: Path, version: int | None = None, line_version: int | None = None
) -> tuple[SegmentLineRow, int]:
    """Store the Word file `source` as the line's own letter; returns the line and the segment's new version.

    Refused (AttachmentError, DocxTooLargeError) when the file is gone, too large or not a readable .docx;
    then nothing changes.
    """
    with write_transaction():
        _segment, line, new_version = claim_line(no, line_no, version, line_version)
        old, was_own = stored(line, "attachment"), bool(line.merged)
        kept = attachments.store_file(Path(source), Path(source).name, require_docx=True)
        SegmentLine.update(attachment=kept, merged=True).where(SegmentLine.id == stored(line, "id")).execute()
        _forget(old, was_own)
        return get_line(no, line_no), new_version


def use_template_again(
    no: str, line_no: int, version: int | None = None, line_version: int | None = None
) -> tuple[SegmentLineRow, int]:
    """Forget the line's own letter: it gets its template's document in its language again."""
    with write_transaction():
        segment, line, new_version = claim_line(no, line_no, version, line_version)
        old, was_own = stored(line, "attachment"), bool(line.merged)
        code = stored(line, "interaction_template")
        template = InteractionTemplate.get_or_none(InteractionTemplate.code == code) if code else None
        choice = rows_for(segment, template)
        _subject, document = choice.rows.get(str(line.language_code), choice.rows.get(choice.fallback, ("", None)))
        SegmentLine.update(attachment=document, merged=False).where(SegmentLine.id == stored(line, "id")).execute()
        _forget(old, was_own)
        return get_line(no, line_no), new_version
