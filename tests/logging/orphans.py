"""Stored documents nothing refers to any more, counted straight from the tables (no service code)."""

from __future__ import annotations

from contactdesk.store.models import (
    Attachment,
    DocumentContent,
    InteractionLogEntry,
    InteractionTemplateLanguage,
    Segment,
    SegmentHistoryLine,
    SegmentInteractionLanguage,
    SegmentLine,
)

# Every place that keeps an attachment id, including the segment history Go back restores from.
_COLUMNS = [
    InteractionTemplateLanguage.attachment,
    Segment.modified_word_template,
    SegmentLine.attachment,
    SegmentInteractionLanguage.attachment,
    InteractionLogEntry.attachment,
    SegmentHistoryLine.attachment_id,
]


def _ids(column: object) -> set[int]:
    model = column.model  # type: ignore[attr-defined]
    return {int(value) for (value,) in model.select(column).where(column.is_null(False)).tuples()}  # type: ignore[attr-defined]


def unreferenced_documents(kept_for_undo: set[int] | None = None) -> tuple[int, int]:
    """(attachments no row refers to, contents no attachment uses); `kept_for_undo`: ids an undo snapshot holds."""
    used: set[int] = set(kept_for_undo or ())
    for column in _COLUMNS:
        used |= _ids(column)
    attachments = {int(value) for (value,) in Attachment.select(Attachment.id).tuples()}
    shas = {str(value) for (value,) in Attachment.select(Attachment.sha256).tuples()}
    contents = {str(value) for (value,) in DocumentContent.select(DocumentContent.sha256).tuples()}
    return len(attachments - used), len(contents - shas)
