"""Each delivered letter kept inside the database with its entry, or the entries marked as still waiting."""

from __future__ import annotations

from pathlib import Path

from contactdesk.crm import attachments
from contactdesk.merge.letter_plan import PlannedLetter
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import DeliveryStatus
from contactdesk.store.models import Attachment, InteractionLogEntry

KEEP_CHUNK = 200  # entries linked to their letters per transaction
E = InteractionLogEntry


def keep_letters(planned: list[PlannedLetter], paths: list[Path | None]) -> int:
    """Keep each letter in the database and link it (name and sha256) from its entry; returns how many."""
    pairs = [(item, path) for item, path in zip(planned, paths, strict=True) if path is not None and item.entry_id]
    for start in range(0, len(pairs), KEEP_CHUNK):
        with write_transaction():
            for item, path in pairs[start : start + KEEP_CHUNK]:
                attachment_id = attachments.store_file(path, path.name, check=False)  # our own letter
                row = Attachment.get_by_id(attachment_id)
                E.update(
                    attachment=attachment_id,
                    letter_name=path.name,
                    letter_sha256=str(row.sha256),
                    delivery_status=int(DeliveryStatus.BLANK),
                ).where(E.id == item.entry_id).execute()
    return len(pairs)


def mark_letters(planned: list[PlannedLetter], status: DeliveryStatus) -> None:
    ids = [item.entry_id for item in planned if item.entry_id]
    with write_transaction():
        for start in range(0, len(ids), 500):
            E.update(delivery_status=int(status)).where(
                E.id.in_(ids[start : start + 500]) & (E.letter_name == "")
            ).execute()
