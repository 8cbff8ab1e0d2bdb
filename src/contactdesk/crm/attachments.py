"""Stored documents (Word templates, letters), kept inside the database.

An attachment row names a document; its bytes live in `document_content`, once per content, so the
template version copied to twenty segments is stored once. One file is then the whole database:
a copy or a backup of it carries every document, and a server database needs nothing beside it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from contactdesk.crm.docx_limits import MAX_FILE_BYTES, DocxPackage, DocxTooLargeError, check_file_size
from contactdesk.crm.errors import AttachmentError, NotFoundError
from contactdesk.crm.lookups import primary_key, stored
from contactdesk.store.db import write_transaction
from contactdesk.store.models import Attachment, DocumentContent

ENTITY = "attachment"


def validate_docx(source: Path | bytes, file_name: str | None = None) -> None:
    """Raise AttachmentError unless `source` (a file or its bytes) is a readable Word .docx named `file_name`.

    Sizes are checked before anything is unpacked, then every part is unpacked once in bounded pieces
    (crm/docx_limits.py): a zip bomb is refused with problem "too_large".
    """
    label = str(source) if isinstance(source, Path) else (file_name or "document.docx")
    if isinstance(source, Path) and not source.is_file():
        raise AttachmentError(label, "missing")
    if Path(file_name or (source.name if isinstance(source, Path) else label)).suffix.lower() != ".docx":
        raise AttachmentError(label, "not_docx")
    with DocxPackage(source, label) as package:
        names = package.names()
        if "word/document.xml" not in names or "[Content_Types].xml" not in names:
            raise AttachmentError(label, "corrupt")
        package.verify()


def read_document_file(source: Path) -> bytes:
    """A document's bytes from disk, refused before reading when it is larger than a document can be."""
    check_file_size(source, str(source))
    try:
        return source.read_bytes()
    except FileNotFoundError:
        raise AttachmentError(str(source), "missing") from None
    except (IsADirectoryError, PermissionError):
        raise AttachmentError(str(source), "unreadable") from None


def _keep_content(data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    # Same bytes, same row: a second copy of a template costs nothing (and two writers cannot clash).
    DocumentContent.insert(sha256=sha, size=len(data), data=data).on_conflict_ignore().execute()
    return sha


def store_bytes(data: bytes, file_name: str, *, require_docx: bool = False, check: bool = True) -> int:
    """Store a document given as bytes under `file_name`; returns the new attachment id.

    check=False only for documents ContactDesk rendered itself (kept letters): unpacking every part of
    each to prove it is a Word file would cost more than writing it.
    """
    name = file_name.strip() or "document"
    extension = Path(name).suffix.lower().lstrip(".")
    if len(data) > MAX_FILE_BYTES:
        raise DocxTooLargeError(name, f"it is more than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if check and (require_docx or extension == "docx"):
        validate_docx(data, name)
    with write_transaction():
        sha = _keep_content(data)
        row = Attachment.create(file_name=name[:250], extension=extension[:10], size=len(data), sha256=sha)
    return int(stored(row, "id"))


def store_file(source: Path, file_name: str | None = None, *, require_docx: bool = False, check: bool = True) -> int:
    """Store a copy of the file `source` and return the new attachment id; .docx files must be real Word files."""
    source = Path(source)
    name = (file_name or source.name).strip() or source.name
    if check and (require_docx or Path(name).suffix.lower() == ".docx"):
        validate_docx(source, name)
    # Checked above (from the file, within the limits): not unpacked a second time from the bytes.
    return store_bytes(read_document_file(source), name, require_docx=require_docx, check=False)


def duplicate_attachment(attachment_id: int) -> int:
    """A new attachment row with the same name and content (the bytes are not copied)."""
    row = _get(attachment_id)
    with write_transaction():
        copy = Attachment.create(file_name=row.file_name, extension=row.extension, size=row.size, sha256=row.sha256)
    return int(stored(copy, "id"))


def _get(attachment_id: int) -> Attachment:
    row = Attachment.get_or_none(primary_key(Attachment) == attachment_id)
    if row is None:
        raise NotFoundError(ENTITY, attachment_id)
    return row


def attachment_file_name(attachment_id: int) -> str:
    """The file name the user gave the attachment."""
    return str(_get(attachment_id).file_name)


def attachment_bytes(attachment_id: int) -> bytes:
    """The document's bytes; AttachmentError 'content_missing' when its content is not in the database.

    That happens only to a document whose file was already gone when an older database was upgraded.
    """
    row = _get(attachment_id)
    which = DocumentContent.sha256 == row.sha256
    size = DocumentContent.select(DocumentContent.size).where(which).scalar() if row.sha256 else None
    if size is None:
        raise AttachmentError(str(row.file_name), "content_missing")
    # Checked before the bytes are read: a document moved in from an older database was never checked.
    if int(size) > MAX_FILE_BYTES:
        raise DocxTooLargeError(str(row.file_name), f"it is more than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return bytes(DocumentContent.select(DocumentContent.data).where(which).scalar())


def export_attachment(attachment_id: int, dest: Path) -> Path:
    """Write a stored document to `dest` (a file, or a folder that receives it under its own name)."""
    data = attachment_bytes(attachment_id)
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / Path(attachment_file_name(attachment_id)).name
    # A destination we cannot write (read-only, disk full) is an environment error: OSError goes up.
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(data)
    return dest


def is_referenced(attachment_id: int) -> bool:
    """True when any row (template language, segment, line, entry, …) points at the attachment."""
    for field in Attachment._meta.backrefs:
        if field.model.select().where(field == attachment_id).exists():
            return True
    return False


def delete_attachments(attachment_ids: set[int]) -> int:
    """Delete these attachment rows, and contents no other row uses; returns how many rows went."""
    key = primary_key(Attachment)
    ids = sorted(attachment_ids)
    if not ids:
        return 0
    shas = {str(row.sha256) for row in Attachment.select(Attachment.sha256).where(key.in_(ids))}
    deleted = int(Attachment.delete().where(key.in_(ids)).execute())
    still_used = {str(row.sha256) for row in Attachment.select(Attachment.sha256).where(Attachment.sha256.in_(shas))}
    if unused := shas - still_used:
        DocumentContent.delete().where(DocumentContent.sha256.in_(sorted(unused))).execute()
    return deleted


def discard_attachment(attachment_id: int) -> bool:
    """Delete the attachment (and its content when unshared) if nothing points at it and it is not frozen."""
    with write_transaction():
        row = Attachment.get_or_none(primary_key(Attachment) == attachment_id)
        if row is None or row.read_only or is_referenced(attachment_id):
            return False
        return delete_attachments({attachment_id}) == 1


__all__ = [
    "attachment_bytes",
    "attachment_file_name",
    "delete_attachments",
    "discard_attachment",
    "duplicate_attachment",
    "export_attachment",
    "is_referenced",
    "read_document_file",
    "store_bytes",
    "store_file",
    "validate_docx",
]
