"""Stored documents that nothing refers to any more go with the action that dropped the last reference.

A document is an attachment row (name) and a document_content row (bytes, shared by every attachment
with the same sha256). Rows refer to an attachment by a foreign key (template languages, segments and
their lines and document rows, entries, logged segments' undo records) or, in the segment history that
Go back restores from, by a plain column. Callers collect the attachment ids an action may orphan
before it runs and call sweep() afterwards, inside the same transaction: a few set-based statements,
however many rows the action touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from peewee import SQL, fn

from contactdesk.crm.segment_base import segment_id
from contactdesk.store.models import (
    Attachment,
    DocumentContent,
    InteractionLogEntry,
    LoggedSegmentDocument,
    Segment,
    SegmentHistoryLine,
    SegmentInteractionLanguage,
    SegmentLine,
)

_CHUNK = 5000  # ids per statement: under SQLite's limit on parameters


def _references() -> list[Any]:
    """Every column that refers to an attachment id."""
    return [*Attachment._meta.backrefs, SegmentHistoryLine.attachment_id]


def _unreferenced(ids: list[int]) -> Any:
    condition = Attachment.id.in_(ids)
    for column in _references():
        condition &= ~fn.EXISTS(column.model.select(SQL("1")).where(column == Attachment.id))
    return condition


def sweep(candidates: Iterable[int | None]) -> int:
    """Delete the candidate attachments nothing refers to, then contents no attachment uses; returns how many went."""
    ids = sorted({int(value) for value in candidates if value is not None})
    deleted = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        named: Any = Attachment.select(Attachment.sha256).where(Attachment.id.in_(chunk))
        shas = [str(sha) for (sha,) in named.tuples()]
        deleted += int(Attachment.delete().where(_unreferenced(chunk)).execute())
        used = Attachment.select(SQL("1")).where(Attachment.sha256 == DocumentContent.sha256)
        wanted = sorted(set(shas))
        for first in range(0, len(wanted), _CHUNK):
            DocumentContent.delete().where(
                DocumentContent.sha256.in_(wanted[first : first + _CHUNK]) & ~fn.EXISTS(used)
            ).execute()
    return deleted


def documents_of(column: Any, where: Any) -> list[int]:
    """The distinct attachment ids in `column` of the rows matching `where` (collected before they go)."""
    query: Any = column.model.select(column).where(where & column.is_null(False)).distinct()
    return [int(value) for (value,) in query.tuples()]


def header_documents(segment: Segment) -> list[int]:
    """The documents of the segment's own document rows (segment level) and its modified Word template."""
    rows = SegmentInteractionLanguage
    found = documents_of(rows.attachment, (rows.segment == segment_id(segment)) & (rows.line_no == 0))
    return found + documents_of(Segment.modified_word_template, Segment.id == segment_id(segment))


def segment_documents(segment: Segment) -> list[int]:
    """Every document a segment refers to: header, document rows, lines, and lines kept in its history."""
    rows = SegmentInteractionLanguage
    found = header_documents(segment)
    found += documents_of(rows.attachment, (rows.segment == segment_id(segment)) & (rows.line_no != 0))
    found += documents_of(SegmentLine.attachment, SegmentLine.segment == segment_id(segment))
    return found + documents_of(SegmentHistoryLine.attachment_id, SegmentHistoryLine.segment == segment_id(segment))


def record_logged(segment: Segment, logged_id: int) -> None:
    """Record the documents the undo snapshot of a logging keeps (call before the segment's rows go)."""
    found = sorted(set(segment_documents(segment)))
    if found:
        LoggedSegmentDocument.insert_many(
            [{"logged_segment": logged_id, "attachment": key} for key in found]
        ).on_conflict_ignore().execute()


def logged_documents(logged_ids: list[int]) -> list[int]:
    """The documents recorded for these logged segments and their entries (collected before they go)."""
    if not logged_ids:
        return []
    found = documents_of(LoggedSegmentDocument.attachment, LoggedSegmentDocument.logged_segment.in_(logged_ids))
    entries = InteractionLogEntry
    return found + documents_of(entries.attachment, entries.logged_segment.in_(logged_ids))
