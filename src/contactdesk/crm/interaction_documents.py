"""The Word document of one interaction: picked from the template by language, copied, kept, exported."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from contactdesk.crm import attachments, lookups
from contactdesk.crm.errors import NotFoundError
from contactdesk.store.models import (
    Attachment,
    InteractionLogEntry,
    InteractionTemplate,
    InteractionTemplateLanguage,
)


@dataclass(frozen=True)
class TemplateDocument:
    """A template's language version that carries a usable Word document."""

    language_code: str
    attachment_id: int
    file_name: str

    def read(self) -> bytes:
        """The document's bytes."""
        return attachments.attachment_bytes(self.attachment_id)


def _language_rows(template_code: str) -> dict[str, InteractionTemplateLanguage]:
    rows = InteractionTemplateLanguage.select().where(InteractionTemplateLanguage.template == template_code)
    return {str(row.language_code): row for row in rows}


def choose_language(template_code: str, contact_language: str) -> str:
    """Spec 2.10 (wizard): the contact's language if the template has a version in it, else the default."""
    template = InteractionTemplate.get_or_none(InteractionTemplate.code == template_code)
    if template is None:
        return ""
    versions = _language_rows(str(template.code))
    if contact_language and contact_language in versions:
        return contact_language
    return str(template.language_code_default or "")


def template_languages(template_code: str) -> list[str]:
    """The language codes a template has versions in."""
    return sorted(_language_rows((template_code or "").strip().upper()))


def template_document(template_code: str, language_code: str) -> TemplateDocument | None:
    """The document of the chosen version (else the default one); None when the template has none.

    AttachmentError when the version names a document that is missing from the database, is not a .docx,
    or is damaged: that is a broken template the user must hear about, not "no document".
    """
    template = InteractionTemplate.get_or_none(InteractionTemplate.code == (template_code or "").strip().upper())
    if template is None:
        raise NotFoundError("interaction_template", template_code)
    versions = _language_rows(str(template.code))
    row = versions.get(language_code) or versions.get(str(template.language_code_default or ""))
    attachment_id = None if row is None else lookups.stored(row, "attachment")
    if attachment_id is None:
        return None
    name = attachments.attachment_file_name(int(attachment_id))
    attachments.validate_docx(attachments.attachment_bytes(int(attachment_id)), name)
    return TemplateDocument(str(row.language_code), int(attachment_id), name) if row is not None else None


def safe_file_name(text: str, fallback: str = "letter") -> str:
    """A file name from user text: no folders, no characters Windows refuses, not too long."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text or "").strip(" .")
    cleaned = re.sub(r"\s+", " ", cleaned)[:80].strip(" .")
    return cleaned or fallback


def working_copy(template_code: str, language_code: str, folder: Path, stem: str) -> Path:
    """Copy the template's document into `folder` for this interaction; NotFoundError when it has none."""
    document = template_document(template_code, language_code)
    if document is None:
        raise NotFoundError("attachment", f"{template_code}/{language_code}")
    target = Path(folder) / f"{safe_file_name(stem)}.docx"
    target.write_bytes(document.read())
    return target


def keep_document(source: Path, file_name: str) -> int:
    """Store a prepared document as a new attachment of an entry (checked as a real .docx)."""
    return attachments.store_file(Path(source), file_name or Path(source).name, require_docx=True)


def keep_template_document(document: TemplateDocument) -> int:
    """The entry's own attachment of a template's document (sharing its stored bytes)."""
    return attachments.duplicate_attachment(document.attachment_id)


def freeze(attachment_id: int | None) -> None:
    """A logged interaction's document never changes again (spec 1.16)."""
    if attachment_id is not None:
        key = lookups.primary_key(Attachment)
        Attachment.update(read_only=True).where(key == attachment_id).execute()


def entry_document_name(entry_no: int) -> str:
    """The file name of the document kept with an entry ('' when it has none)."""
    entry = InteractionLogEntry.get_or_none(InteractionLogEntry.entry_no == entry_no)
    attachment_id = None if entry is None else lookups.stored(entry, "attachment")
    return "" if attachment_id is None else attachments.attachment_file_name(int(attachment_id))


def export_entry_document(entry_no: int, dest: Path) -> Path:
    """Write the document kept with an entry to `dest` (a file or a folder); NotFoundError when none."""
    entry = InteractionLogEntry.get_or_none(InteractionLogEntry.entry_no == entry_no)
    if entry is None:
        raise NotFoundError("interaction_log_entry", entry_no)
    attachment_id = lookups.stored(entry, "attachment")
    if attachment_id is None:
        raise NotFoundError("attachment", f"entry {entry_no}")
    return attachments.export_attachment(int(attachment_id), Path(dest))
