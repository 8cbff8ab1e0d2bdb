"""What undoing a logging needs: the segment as it was, kept beside its logged segment (survives a restart)."""

from __future__ import annotations

from peewee import AutoField, CharField, ForeignKeyField, IntegerField, TextField

from contactdesk.store.models.base import BaseModel, TimestampField
from contactdesk.store.models.interactions import Attachment
from contactdesk.store.models.segments import LoggedSegment


class LoggedSegmentUndo(BaseModel):
    """One row per logging that can still be undone.

    `snapshot` is JSON of every row the segment had (header, lines, document rows, criteria, history),
    column by column as stored, so undo puts back exactly that. The other columns say what logging
    created, so undo can tell whether anything was done since that depends on it.
    """

    id = AutoField()
    logged_segment = ForeignKeyField(LoggedSegment, unique=True, backref="undo", on_delete="CASCADE")
    segment_no = CharField(max_length=20)
    snapshot = TextField()
    first_entry_no = IntegerField(default=0)
    entries = IntegerField(default=0)
    # Line numbers that were skipped at the last-moment check (JSON list): they have no entry.
    skipped_lines = TextField(default="[]")
    # Comment lines logging wrote (the lines' personal comments): their count and the highest id.
    comments = IntegerField(default=0)
    last_comment_id = IntegerField(default=0)
    follow_up_segment_no = CharField(max_length=20, default="")
    follow_up_version = IntegerField(default=0)
    logged_segment_number = IntegerField(default=0)
    follow_up_number = IntegerField(default=0)
    created_at = TimestampField()


class LoggedSegmentDocument(BaseModel):
    """A document a logging's undo snapshot refers to (inside its JSON, which no foreign key can see).

    While the row exists the document stays, so undoing the logging can put it back on its line; deleting
    the logged segment (or undoing it) deletes these rows with it, and the document when nothing else uses it.
    """

    id = AutoField()
    logged_segment = ForeignKeyField(LoggedSegment, backref="documents", on_delete="CASCADE")
    attachment = ForeignKeyField(Attachment, on_delete="CASCADE")

    class Meta:
        indexes = ((("logged_segment", "attachment"), True),)
