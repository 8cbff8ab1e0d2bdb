"""The base of every typed service error, and the general record errors (a field, a key, a version, a setting).

The English message is for logs and the command line; the attributes carry what the UI needs.
"""

from __future__ import annotations

from datetime import UTC, datetime


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
