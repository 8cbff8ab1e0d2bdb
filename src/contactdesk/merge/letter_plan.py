"""Which letter each recipient of a logging gets: planned from segment lines (to check before logging)
or from the logged entries (to write and keep after logging).

Each one uses its personalised document as is, else the document its line or entry names (the
segment's language version), else its template's version in its language, else the template's
default (spec §2.10) — the same choice merge_segment makes. Only lines and entries with a
correspondence type get a letter; a blank channel is only logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from contactdesk.crm.lookups import stored
from contactdesk.merge.context import LetterRequest
from contactdesk.merge.formatting import pick_language
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import (
    Contact,
    InteractionCommentLine,
    InteractionLogEntry,
    InteractionTemplate,
    InteractionTemplateLanguage,
    LoggedSegment,
    Segment,
    SegmentLine,
)

E = InteractionLogEntry


@dataclass
class PlannedLetter:
    """One letter to write: for whom, from which document, with which line and entry values."""

    contact: Contact
    document: int | None  # attachment id: a template version, or the personalised letter itself
    personal: bool
    channel: int
    line: dict[str, Any]
    entry_id: int = 0
    entry: dict[str, Any] = field(default_factory=dict)

    def request(self, segment: Mapping[str, Any], language: str) -> LetterRequest:
        """What the merge context needs for this letter."""
        return LetterRequest(int(self.contact.id), language, line=self.line, segment=segment, entry=self.entry)


class DocumentChooser:
    """Picks a template's language version; each template's versions are read once."""

    def __init__(self) -> None:
        self._versions: dict[str, tuple[dict[str, int], str]] = {}

    def versions(self, code: str) -> tuple[dict[str, int], str]:
        """language → attachment id of a template's versions, and its default language."""
        if code not in self._versions:
            rows = InteractionTemplateLanguage.select().where(InteractionTemplateLanguage.template == code)
            found = {
                str(row.language_code): int(stored(row, "attachment")) for row in rows if stored(row, "attachment")
            }
            template = InteractionTemplate.get_or_none(InteractionTemplate.code == code)
            self._versions[code] = (found, str(template.language_code_default) if template is not None else "")
        return self._versions[code]

    def choose(self, own: int | None, merged: bool, template: str, language: str) -> tuple[int | None, bool]:
        """(document, personal) for one recipient."""
        if own and merged:
            return int(own), True
        if own:
            return int(own), False
        if not template:
            return None, False
        available, default = self.versions(template)
        picked = pick_language(language, available, default)
        return (available.get(picked) if picked else None), False


def _line_values(row: Any, comment: str, subject_default: str) -> dict[str, Any]:
    return {
        "description": row.description,
        "subject": row.subject or subject_default,
        "comment": comment,
        "correspondence_type": int(row.correspondence_type),
        "language_code": row.language_code,
        "date": row.date,
        "cost": row.cost,
        "salesperson_code": stored(row, "salesperson") or "",
        "alt_address_code": str(row.alt_address_code or ""),
    }


def plan_lines(segment: Segment) -> list[PlannedLetter]:
    """The letters a segment's lines would get (before logging, for the template check)."""
    chooser = DocumentChooser()
    query = (
        SegmentLine.select(SegmentLine, Contact)
        .join(Contact, on=(SegmentLine.contact == Contact.id))
        .where((SegmentLine.segment == int(segment.id)) & (SegmentLine.correspondence_type != CorrespondenceType.BLANK))
        .order_by(SegmentLine.line_no)
    )
    planned = []
    for line in query:
        contact = line.contact
        document, personal = chooser.choose(
            stored(line, "attachment"),
            bool(line.merged),
            str(stored(line, "interaction_template") or ""),
            str(line.language_code or contact.language_code),
        )
        planned.append(
            PlannedLetter(
                contact,
                document,
                personal,
                int(line.correspondence_type),
                _line_values(line, str(line.comment), str(segment.subject_default or "")),
            )
        )
    return planned


def _comments(entry_ids: list[int]) -> dict[int, str]:
    found: dict[int, list[str]] = {}
    for start in range(0, len(entry_ids), 500):
        query = (
            InteractionCommentLine.select(InteractionCommentLine.entry, InteractionCommentLine.comment)
            .where(InteractionCommentLine.entry.in_(entry_ids[start : start + 500]))
            .order_by(InteractionCommentLine.entry, InteractionCommentLine.line_no)
        )
        for row in query:
            found.setdefault(int(stored(row, "entry")), []).append(str(row.comment))
    return {key: "\n".join(lines) for key, lines in found.items()}


def plan_entries(logged: LoggedSegment, subject_default: str = "", only_missing: bool = True) -> list[PlannedLetter]:
    """The letters of a logged segment's entries (not canceled, with a channel; without a kept letter yet)."""
    chooser = DocumentChooser()
    where = (
        (E.logged_segment == int(logged.id))
        & (E.correspondence_type != CorrespondenceType.BLANK)
        & (E.canceled == False)  # noqa: E712 - SQL comparison, not Python truth
    )
    if only_missing:
        where = where & (E.letter_name == "")
    entries = list(E.select(E, Contact).join(Contact, on=(E.contact == Contact.id)).where(where).order_by(E.entry_no))
    comments = _comments([int(entry.id) for entry in entries])
    planned = []
    for entry in entries:
        contact: Any = entry.contact
        document, personal = chooser.choose(
            stored(entry, "attachment"),
            bool(entry.merged),
            str(stored(entry, "interaction_template") or ""),
            str(entry.language_code or contact.language_code),
        )
        planned.append(
            PlannedLetter(
                contact,
                document,
                personal,
                int(entry.correspondence_type),
                _line_values(entry, comments.get(int(entry.id), ""), subject_default),
                int(entry.id),
                {"entry_no": int(entry.entry_no), "date": entry.date},
            )
        )
    return planned


def document_language(document: int) -> str:
    """The language of a template version (blank when the document serves several or none)."""
    languages = {
        str(row.language_code)
        for row in InteractionTemplateLanguage.select().where(InteractionTemplateLanguage.attachment == document)
    }
    return next(iter(languages)) if len(languages) == 1 else ""
