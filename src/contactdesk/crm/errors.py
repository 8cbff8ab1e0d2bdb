"""Typed errors raised by the services; the UI maps each to one translated sentence.

The English message is for logs and the command line; the attributes carry what the UI needs.
"""

from __future__ import annotations

from contactdesk.store.errors import (
    DatabaseLockedError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    SchemaTooNewError,
    StoreError,
    UnsupportedDatabaseUrlError,
)
from contactdesk.store.numbering import NumberSeriesError

__all__ = [
    "AttachmentError",
    "CompanyHasPersonsError",
    "ConcurrentEditError",
    "ContactOnSegmentError",
    "DatabaseLockedError",
    "DomainError",
    "DuplicateCodeError",
    "InUseError",
    "MissingSetupError",
    "NotADatabaseError",
    "NotFoundError",
    "NumberSeriesError",
    "ReadOnlyDatabaseError",
    "SchemaTooNewError",
    "StoreError",
    "UnsupportedDatabaseUrlError",
    "ValidationError",
    "ValidationErrors",
]


class DomainError(Exception):
    """Base for every rule a user action can break."""


class ValidationError(DomainError):
    """One field holds a value we cannot accept.

    problem is one of: required, invalid_email, too_long, negative, out_of_range, unknown,
    not_a_company, own_company, invalid.
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
    """Someone else saved this record after it was opened."""

    def __init__(self, entity: str, key: str) -> None:
        super().__init__(f"{entity} {key} was changed by someone else")
        self.entity = entity
        self.key = key


class MissingSetupError(DomainError):
    """A setup value (such as a number series in Marketing Setup) must be filled first."""

    def __init__(self, setting: str) -> None:
        super().__init__(f"{setting} must have a value in setup")
        self.setting = setting


class AttachmentError(DomainError):
    """A Word file cannot be used. problem: missing, not_docx, corrupt, unreadable."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
