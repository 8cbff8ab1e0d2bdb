"""Typed errors about interactions: stored documents, template documents, and log and campaign entries."""

from __future__ import annotations

from contactdesk.crm.error_base import DomainError


class AttachmentError(DomainError):
    """A Word file cannot be used. problem: missing, not_docx, corrupt, unreadable, too_large, content_missing."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class InteractionDocumentError(DomainError):
    """The interaction has no document where it needs one.

    problem: no_document (wizard action Open, the template has no Word document for the language),
    email_needs_document (correspondence E-mail, but nothing to send).
    """

    def __init__(self, template_code: str, language_code: str, problem: str) -> None:
        super().__init__(f"template {template_code} ({language_code or '-'}): {problem}")
        self.template_code = template_code
        self.language_code = language_code
        self.problem = problem


class EntryStateError(DomainError):
    """An interaction log entry is not in the state the action needs.

    problem: not_postponed, postponed, not_canceled, logged_segment_canceled, campaign_entry_canceled.
    """

    # Spec E17, in the reference's own words: what must change before the entry can come back.
    _TEXTS = {
        "logged_segment_canceled": "Canceled must be No on Logged Segment {key}",
        "campaign_entry_canceled": "Canceled must be No on Campaign Entry {key}",
    }

    def __init__(self, entry_no: int, problem: str, key: str = "") -> None:
        text = (
            self._TEXTS[problem].format(key=key) if problem in self._TEXTS else problem + (f" ({key})" if key else "")
        )
        super().__init__(f"interaction log entry {entry_no}: {text}")
        self.entry_no = entry_no
        self.problem = problem
        self.key = key


class CampaignEntryStateError(DomainError):
    """A campaign entry is not in the state the action needs.

    problem: not_canceled (only canceled entries can be deleted), logged_segment_canceled (it cannot come
    back while the logged segment it belongs to stays canceled).
    """

    def __init__(self, entry_no: int, problem: str, key: str = "") -> None:
        text = f"Canceled must be No on Logged Segment {key}" if problem == "logged_segment_canceled" else problem
        super().__init__(f"campaign entry {entry_no}: {text}")
        self.entry_no = entry_no
        self.problem = problem
        self.key = key
