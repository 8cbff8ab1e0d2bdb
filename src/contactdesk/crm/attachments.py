"""Stored files (Word templates, letters): content-addressed on disk beside the database."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from contactdesk.crm.docx_limits import DocxPackage
from contactdesk.crm.errors import AttachmentError, NotFoundError
from contactdesk.crm.lookups import primary_key, stored
from contactdesk.paths import attachments_dir
from contactdesk.store.db import db, is_sqlite, write_transaction
from contactdesk.store.models import Attachment

ENTITY = "attachment"
_CHUNK = 1024 * 1024


def current_database_path() -> Path | None:
    """The file behind the bound SQLite database; None for a server database or in-memory SQLite."""
    if db.obj is None or not is_sqlite():
        return None
    name = str(db.obj.database)
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


def storage_root() -> Path:
    """The folder that holds the stored files of the current database."""
    return attachments_dir(current_database_path())


def validate_docx(path: Path, file_name: str | None = None) -> None:
    """Raise AttachmentError unless `path` is a readable Word .docx (named `file_name`, if given).

    Sizes are checked before anything is unpacked, then every part is unpacked once in bounded pieces
    (crm/docx_limits.py): a zip bomb is refused with problem "too_large" when it is attached.
    """
    path = Path(path)
    if not path.is_file():
        raise AttachmentError(str(path), "missing")
    if Path(file_name or path.name).suffix.lower() != ".docx":
        raise AttachmentError(str(path), "not_docx")
    with DocxPackage(path, str(path)) as package:
        names = package.names()
        if "word/document.xml" not in names or "[Content_Types].xml" not in names:
            raise AttachmentError(str(path), "corrupt")
        package.verify()


def _copy_into_store(source: Path, extension: str) -> tuple[str, str, int]:
    """Copy `source` into the store once; returns (sha256, relative path, size)."""
    root = storage_root()
    try:
        reader = source.open("rb")
    except OSError:
        raise AttachmentError(str(source), "unreadable") from None
    # Write to a temporary file in the store while hashing, so the source is read once and a
    # half-written file never sits under its final name. Write errors (disk full) stay OSError.
    digest = hashlib.sha256()
    size = 0
    handle, temp_name = tempfile.mkstemp(dir=root, prefix=".incoming-")
    try:
        with reader, os.fdopen(handle, "wb") as target:
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                target.write(chunk)
                size += len(chunk)
        sha = digest.hexdigest()
        relative = Path(sha[:2]) / (f"{sha}.{extension}" if extension else sha)
        final = root / relative
        if final.is_file() and final.stat().st_size == size:
            os.unlink(temp_name)
            os.utime(final)  # fresh again, so prune_unused_files() leaves it alone meanwhile
        else:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp_name, final)
            # Content-addressed files are shared by every row with the same bytes: never edit in place.
            os.chmod(final, 0o444)
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
    return sha, relative.as_posix(), size


def store_file(source: Path, file_name: str | None = None, *, require_docx: bool = False) -> int:
    """Store a copy of `source` and return the new attachment id; .docx files must be real Word files."""
    source = Path(source)
    if not source.is_file():
        raise AttachmentError(str(source), "missing")
    name = (file_name or source.name).strip() or source.name
    extension = Path(name).suffix.lower().lstrip(".") or source.suffix.lower().lstrip(".")
    if require_docx or extension == "docx":
        validate_docx(source, name)
    sha, relative, size = _copy_into_store(source, extension[:10])
    with write_transaction():
        row = Attachment.create(
            file_name=name[:250], storage_path=relative, extension=extension[:10], size=size, sha256=sha
        )
    return int(stored(row, "id"))


def _get(attachment_id: int) -> Attachment:
    row = Attachment.get_or_none(primary_key(Attachment) == attachment_id)
    if row is None:
        raise NotFoundError(ENTITY, attachment_id)
    return row


def attachment_file_name(attachment_id: int) -> str:
    """The file name the user gave the attachment."""
    return str(_get(attachment_id).file_name)


def attachment_path(attachment_id: int) -> Path:
    """Where the stored copy is; AttachmentError 'missing' when the file has gone from disk."""
    path = storage_root() / str(_get(attachment_id).storage_path)
    if not path.is_file():
        raise AttachmentError(str(path), "missing")
    return path


def export_attachment(attachment_id: int, dest: Path) -> Path:
    """Copy a stored file to `dest` (a file, or a folder that receives it under its own name)."""
    source = attachment_path(attachment_id)
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / Path(attachment_file_name(attachment_id)).name
    # A destination we cannot write (read-only, disk full) is an environment error: OSError goes up.
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, dest)
    return dest


def is_referenced(attachment_id: int) -> bool:
    """True when any row (template language, segment, line, entry, …) points at the attachment."""
    for field in Attachment._meta.backrefs:
        if field.model.select().where(field == attachment_id).exists():
            return True
    return False


def discard_attachment(attachment_id: int) -> bool:
    """Delete the attachment row when nothing points at it and it is not frozen; True if deleted.

    The file stays on disk: other rows may share it (same content); prune_unused_files() clears it.
    """
    with write_transaction():
        row = Attachment.get_or_none(primary_key(Attachment) == attachment_id)
        if row is None or row.read_only or is_referenced(attachment_id):
            return False
        row.delete_instance()
        return True


def prune_unused_files(min_age_seconds: float = 3600) -> int:
    """Delete stored files no attachment row refers to; returns how many were removed."""
    root = storage_root()
    used = {str(row.storage_path) for row in Attachment.select(Attachment.storage_path)}
    # A file copied in a moment ago may belong to a row another process has not committed yet.
    cutoff = time.time() - min_age_seconds
    removed = 0
    for path in root.glob("??/*"):
        if path.is_file() and path.relative_to(root).as_posix() not in used and path.stat().st_mtime < cutoff:
            path.unlink()
            removed += 1
    return removed
