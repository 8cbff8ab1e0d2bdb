"""Version 6: documents live inside the database, so one file is the whole database.

Up to version 5 every template version, per-line document and delivered letter was a file in a
`<database name>-files/` folder beside the database, and copying only the database lost them all.
This step reads each of those files into `document_content` (once per content), turns an entry's
`letter_path` (where its letter lay in that folder) into `letter_name` (the letter's file name), and
drops the attachment's `storage_path`. The old folder is not touched: with the backup of the database
that migrate() takes first, it is the way back. A file already gone from the folder stays missing
(opening that document says so), exactly as before.
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePosixPath
from typing import Any

from peewee import Table

from contactdesk.store.db import database_file, db
from contactdesk.store.models import Attachment, DocumentContent

_BATCH = 200


def legacy_folder(database: Path | None) -> Path | None:
    """The folder version 5 kept the documents of `database` in (None for a server database)."""
    if database is None:
        return None
    return database.with_name(f"{database.stem}-files")


def _read(folder: Path | None, storage_path: str) -> bytes | None:
    if folder is None or not storage_path:
        return None
    relative = PurePosixPath(storage_path)
    # The paths were written by ContactDesk itself, but a damaged row must never read outside the folder.
    if relative.is_absolute() or ".." in relative.parts:
        return None
    try:
        return (folder / relative).read_bytes()
    except OSError:
        return None


def _keep(data: bytes) -> tuple[str, int]:
    sha = hashlib.sha256(data).hexdigest()
    DocumentContent.insert(sha256=sha, size=len(data), data=data).on_conflict_ignore().execute()
    return sha, len(data)


def _move_attachments(folder: Path | None) -> None:
    table: Any = Table("attachment", ("id", "storage_path", "sha256", "size")).bind(db)
    last = 0
    while True:
        rows = list(
            table.select(table.id, table.storage_path).where(table.id > last).order_by(table.id).limit(_BATCH).tuples()
        )
        if not rows:
            return
        for attachment_id, storage_path in rows:
            data = _read(folder, str(storage_path or ""))
            if data is not None:
                sha, size = _keep(data)
                table.update(sha256=sha, size=size).where(table.id == attachment_id).execute()
            last = attachment_id


def _name_letters(folder: Path | None) -> None:
    """letter_path → letter_name; a kept letter whose entry lost its attachment link gets it back."""
    entries: Any = Table("interaction_log_entry", ("id", "letter_path", "attachment_id", "created_at")).bind(db)
    attachment: Any = Table(
        "attachment", ("id", "file_name", "storage_path", "extension", "size", "sha256", "read_only", "created_at")
    ).bind(db)
    rows = list(
        entries.select(entries.id, entries.letter_path, entries.attachment_id, entries.created_at)
        .where(entries.letter_path != "")
        .tuples()
    )
    for entry_id, letter_path, attachment_id, created_at in rows:
        name = PurePosixPath(str(letter_path)).name
        if attachment_id is None and (data := _read(folder, str(letter_path))) is not None:
            sha, size = _keep(data)
            attachment_id = attachment.insert(
                file_name=name[:250],
                storage_path="",
                size=size,
                sha256=sha,
                extension=PurePosixPath(name).suffix.lstrip(".").lower()[:10],
                read_only=True,
                created_at=created_at,
            ).execute()
        entries.update(letter_path=name, attachment_id=attachment_id).where(entries.id == entry_id).execute()


def apply() -> None:
    """Create document_content, move every document in, and retire the columns that pointed at files."""
    db.create_tables([DocumentContent])
    folder = legacy_folder(database_file())
    _move_attachments(folder)
    _name_letters(folder)
    db.execute_sql("ALTER TABLE interaction_log_entry RENAME COLUMN letter_path TO letter_name")
    db.execute_sql("ALTER TABLE attachment DROP COLUMN storage_path")
    db.create_tables([Attachment])  # safe: only its new index on sha256 is missing
