"""Typed errors raised by the services; the UI maps each to one translated sentence.

The English message is for logs and the command line; the attributes carry what the UI needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from contactdesk.store.errors import (
    BackupNotAvailableError,
    DatabaseLockedError,
    DatabaseMissingError,
    LoginRefusedError,
    NotADatabaseError,
    NotInitialisedError,
    PasswordNeededError,
    PasswordRefusedError,
    PermissionDeniedError,
    ReadOnlyDatabaseError,
    SchemaTooNewError,
    ServerNotTrustedError,
    ServerUnreachableError,
    StoreError,
    UnsupportedDatabaseUrlError,
)
from contactdesk.store.numbering import NumberSeriesError

__all__ = [
    "AttachmentError",
    "CampaignEntryStateError",
    "BackupNotAvailableError",
    "CompanyHasPersonsError",
    "ConcurrentEditError",
    "ContactBlockedError",
    "EntryStateError",
    "InteractionDocumentError",
    "NoEmailError",
    "NoPhoneNumberError",
    "ContactOnSegmentError",
    "DatabaseLockedError",
    "DatabaseMissingError",
    "LoginRefusedError",
    "NotInitialisedError",
    "PasswordNeededError",
    "PasswordRefusedError",
    "ServerNotTrustedError",
    "PermissionDeniedError",
    "ServerUnreachableError",
    "DomainError",
    "DuplicateCodeError",
    "ExportFileError",
    "ImportFileError",
    "ImportOutdatedError",
    "ImportProblemsError",
    "LogRefusedError",
    "LoggedSegmentStateError",
    "InUseError",
    "MissingSetupError",
    "NoCriteriaActionsError",
    "NothingMatchedError",
    "NotADatabaseError",
    "NotFoundError",
    "NumberSeriesError",
    "ReadOnlyDatabaseError",
    "SchemaTooNewError",
    "StoreError",
    "UndoRefusedError",
    "UnsupportedDatabaseUrlError",
    "UserSetupError",
    "ValidationError",
    "ValidationErrors",
]


class DomainError(Exception):
    """Base for every rule a user action can break."""


class ValidationError(DomainError):
    """One field holds a value we cannot accept.

    problem is one of: required, invalid_email, too_long, negative, out_of_range, unknown,
    not_a_company, own_company, invalid, line_break (a line break or other control character in a one-line text),
    control_character (a control character other than a line break in a text that may span lines).
    """

    def __init__(self, field: str, problem: str, value: object = None, limit: object = None) -> None:
        super().__init__(f"{field}: {problem}" + (f" ({value!r})" if value not in (None, "") else ""))
        self.field = field
        self.problem = problem
        self.value = value
        self.limit = limit


class ValidationErrors(DomainError):
    """Several fields at once, so a form can mark them all."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(str(error) for error in errors))
        self.errors = errors

    def for_field(self, field: str) -> ValidationError | None:
        """The error of one field, if any."""
        return next((error for error in self.errors if error.field == field), None)


class NotFoundError(DomainError):
    """A record the user named does not exist (any more)."""

    def __init__(self, entity: str, key: object) -> None:
        super().__init__(f"{entity} {key!r} does not exist")
        self.entity = entity
        self.key = key


class DuplicateCodeError(DomainError):
    """A code or number is already taken."""

    def __init__(self, entity: str, code: str) -> None:
        super().__init__(f"{entity} {code!r} already exists")
        self.entity = entity
        self.code = code


class InUseError(DomainError):
    """A record cannot be deleted or renamed because other records use it."""

    def __init__(self, entity: str, key: str, used_by: str, count: int = 0) -> None:
        super().__init__(f"{entity} {key!r} is used by {count} {used_by}")
        self.entity = entity
        self.key = key
        self.used_by = used_by
        self.count = count


class ContactOnSegmentError(DomainError):
    """The contact sits on unlogged segments (delete or company change refused)."""

    def __init__(self, contact_no: str, segment_nos: list[str], action: str = "delete") -> None:
        super().__init__(f"contact {contact_no} is on unlogged segments {', '.join(segment_nos)}")
        self.contact_no = contact_no
        self.segment_nos = segment_nos
        self.action = action


class CompanyHasPersonsError(DomainError):
    """Deleting a company with persons needs the user to say what happens to them."""

    def __init__(self, company_no: str, count: int) -> None:
        super().__init__(f"company {company_no} has {count} persons")
        self.company_no = company_no
        self.count = count


class ConcurrentEditError(DomainError):
    """Someone else saved this record after it was opened.

    changed_by and changed_at (naive UTC) say who saved it and when, as far as the record knows.
    """

    def __init__(self, entity: str, key: str, changed_by: str = "", changed_at: datetime | None = None) -> None:
        who = changed_by or "Someone else"
        # Local time, as the person reading the command line's message thinks of it.
        when = f" at {changed_at.replace(tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}" if changed_at else ""
        what = f"{entity.replace('_', ' ')} {key}".strip()
        super().__init__(f"{who} changed {what}{when}. Read it again, then make your change again.")
        self.entity = entity
        self.key = key
        self.changed_by = changed_by
        self.changed_at = changed_at


class MissingSetupError(DomainError):
    """A setup value (such as a number series in Marketing Setup) must be filled first."""

    def __init__(self, setting: str) -> None:
        super().__init__(f"{setting} must have a value in setup")
        self.setting = setting


class AttachmentError(DomainError):
    """A Word file cannot be used. problem: missing, not_docx, corrupt, unreadable, too_large, content_missing."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ContactBlockedError(DomainError):
    """The contact is privacy blocked: no interactions may be recorded for it."""

    def __init__(self, contact_no: str) -> None:
        super().__init__(f"contact {contact_no} is privacy blocked")
        self.contact_no = contact_no


class NoContactError(DomainError):
    """An interaction (also one kept for later) needs a contact to interact with (spec 2.11, E9)."""

    def __init__(self) -> None:
        super().__init__("select a contact to interact with")


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


class NoEmailError(DomainError):
    """E-mail correspondence for a contact without an e-mail address (its own or its alternative address)."""

    def __init__(self, contact_no: str) -> None:
        super().__init__(f"contact {contact_no} has no e-mail address")
        self.contact_no = contact_no


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


class ImportFileError(DomainError):
    """A contacts file cannot be imported as a whole.

    problem is one of: missing, unreadable, too_large, empty, not_vcard, no_name_column, unsupported, changed.
    """

    _TEXTS = {
        "changed": "changed while it was being read; choose it again",
        "missing": "file not found",
        "unreadable": "cannot be read",
        "too_large": "too large to be a contacts file",
        "empty": "holds no rows",
        "not_vcard": "is not a vCard file",
        "no_name_column": "no column holds a name, first name, surname or company",
        "unsupported": "is a workbook, not a CSV file: save it as CSV first",
    }

    def __init__(self, path: str, problem: str, detail: str = "") -> None:
        super().__init__(f"{path}: {self._TEXTS.get(problem, problem)}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem
        self.detail = detail


class ImportProblemsError(DomainError):
    """Rows have problems and the user did not choose to skip them: nothing was written."""

    def __init__(self, rows: int, problems: int) -> None:
        super().__init__(f"{problems} problems in {rows} rows; fix the file or skip the bad rows")
        self.rows = rows
        self.problems = problems


class ImportOutdatedError(DomainError):
    """Contacts changed between the check and the import; the check must run again."""

    def __init__(self) -> None:
        super().__init__("contacts were changed since the import was checked; check the file again")


class ExportFileError(DomainError):
    """An export cannot be written. problem: unsupported (extension or vCard version), unwritable."""

    _TEXTS = {"unsupported": "use a .csv or .vcf file name", "unwritable": "cannot be written"}

    def __init__(self, path: str, problem: str, detail: str = "") -> None:
        super().__init__(f"{path}: {self._TEXTS.get(problem, problem)}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem
        self.detail = detail


class NothingMatchedError(DomainError):
    """A criteria action would change nothing, so nothing was recorded.

    action: add, reduce, refine or reuse. reason: no_match (the criteria match nobody),
    already_on_segment (every match is on the segment already or excluded), nothing_removed
    (Refine: every line matches, so none would go), no_recipients (cover sheets: no line's contact may get one).
    """

    def __init__(self, action: str, reason: str = "no_match") -> None:
        super().__init__(f"{action}: the criteria changed nothing ({reason})")
        self.action = action
        self.reason = reason


class NoCriteriaActionsError(DomainError):
    """Saving criteria needs at least one criteria action on the segment."""

    def __init__(self, segment_no: str) -> None:
        super().__init__(f"segment {segment_no} has no criteria actions to save")
        self.segment_no = segment_no


class LogRefusedError(DomainError):
    """A segment cannot be logged: every problem found, and the contacts of the last-moment check.

    problems: crm.log_data.LogProblem records; flagged: crm.log_data.FlaggedContact records (listed when
    the caller did not choose to skip them). Nothing was written.
    """

    def __init__(self, segment_no: str, problems: Sequence[Any], flagged: Sequence[Any] = ()) -> None:
        parts = [str(problem) for problem in problems]
        if flagged:
            parts.append(f"{len(flagged)} contact(s) are blocked, excluded or cannot be reached; skip them or stop")
        super().__init__(f"segment {segment_no} cannot be logged: " + "; ".join(parts))
        self.segment_no = segment_no
        self.problems = list(problems)
        self.flagged = list(flagged)


class UndoRefusedError(DomainError):
    """Logging cannot be undone because something done since depends on it (crm.log_data.UndoBlocker records)."""

    def __init__(self, logged_no: str, blockers: Sequence[Any]) -> None:
        super().__init__(f"logged segment {logged_no} cannot be undone: " + "; ".join(str(b) for b in blockers))
        self.logged_no = logged_no
        self.blockers = list(blockers)


class LoggedSegmentStateError(DomainError):
    """A logged segment is not in the state the action needs. problem: not_canceled (only canceled ones can be
    deleted)."""

    def __init__(self, logged_no: str, problem: str) -> None:
        super().__init__(f"logged segment {logged_no}: {problem}")
        self.logged_no = logged_no
        self.problem = problem


class UserSetupError(DomainError):
    """Users and roles cannot be set up as asked.

    problem: not_office (logins and roles need the office database), not_owner (`office init` by a login
    that neither owns the database nor is a superuser), cannot_create_roles (no CREATEROLE for the group
    roles or a new login), own_login (taking away one's own admin role or access), password_required.
    """

    _TEXTS = {
        "not_office": "users and roles are for the office database (postgresql://…); "
        "on a single desktop you are the one user and may do everything",
        "not_owner": "must be run by the owner of the database or a superuser; ask your database administrator",
        "cannot_create_roles": "may not create roles on this server (it needs CREATEROLE); "
        "ask your database administrator to run it",
        "own_login": "you cannot take away your own administrator role or access; ask another administrator",
        "password_required": "a new login needs a password",
    }

    def __init__(self, login: str, problem: str) -> None:
        super().__init__(
            f"{login}: {self._TEXTS.get(problem, problem)}" if login else self._TEXTS.get(problem, problem)
        )
        self.login = login
        self.problem = problem


class NoPhoneNumberError(DomainError):
    """A phone call needs a number to call (issue 12 §4: "You must fill in the phone number")."""

    def __init__(self, contact_no: str) -> None:
        super().__init__(f"contact {contact_no}: no phone number to call")
        self.contact_no = contact_no
