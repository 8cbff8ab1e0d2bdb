"""A scoped laptop copy keeps only the documents its rows use: templates' always, letters of its contacts only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from peewee import ForeignKeyField

from contactdesk.store.models import Attachment, BaseModel, DocumentContent, InteractionLogEntry


def _values(query: Any) -> list[Any]:
    return [value for (value,) in query.tuples()]


def prune_documents(models: Sequence[type[BaseModel]]) -> int:
    """Delete the attachments no kept row refers to, and the contents no attachment or letter uses; returns
    how many attachments went (call inside the checkout's transaction, before the outbox triggers)."""
    used: set[int] = set()
    for model in models:
        for field in model._meta.sorted_fields:
            if isinstance(field, ForeignKeyField) and field.rel_model is Attachment:
                used.update(int(value) for value in _values(model.select(field).where(field.is_null(False)).distinct()))
    unused = [int(key) for key in _values(Attachment.select(Attachment.id)) if int(key) not in used]
    for start in range(0, len(unused), 500):
        Attachment.delete().where(Attachment.id.in_(unused[start : start + 500])).execute()
    kept = {str(sha) for sha in _values(Attachment.select(Attachment.sha256))}
    kept |= {str(sha) for sha in _values(InteractionLogEntry.select(InteractionLogEntry.letter_sha256))}
    contents = [str(sha) for sha in _values(DocumentContent.select(DocumentContent.sha256)) if sha not in kept]
    for start in range(0, len(contents), 500):
        DocumentContent.delete().where(DocumentContent.sha256.in_(contents[start : start + 500])).execute()
    return len(unused)
