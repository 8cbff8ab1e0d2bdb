"""Typed errors of field laptops; the CLI prints each as one line, the UI as one sentence."""

from __future__ import annotations

from contactdesk.crm.errors import DomainError
from contactdesk.store.numbering import BlockUsedUpError

__all__ = [
    "BlockUsedUpError",
    "FieldAdminError",
    "FieldCheckoutError",
    "NotFieldCopyError",
    "SyncCancelledError",
    "SyncRefusedError",
]


class FieldCheckoutError(DomainError):
    """A checkout cannot start.

    reason: "exists" (the laptop file is already there), "no_folder" (its folder is not), "not_file" (the
    laptop database is not a SQLite file), "no_salesperson" (scope mine, but the login has no salesperson),
    "scope" (an unknown scope).
    """

    def __init__(self, message: str, reason: str, value: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.value = value


class NotFieldCopyError(DomainError):
    """The database is not a field laptop's copy (it was not made by `field checkout`)."""

    def __init__(self, target: str) -> None:
        super().__init__(f"{target} is not a field copy; make one with `contactdesk field checkout`")
        self.target = target


class SyncRefusedError(DomainError):
    """A sync cannot run; nothing was changed on either side.

    reason: "not_field_copy", "sqlite_office" (sync needs a PostgreSQL office), "schema_newer" / "schema_older"
    (the office's schema differs from the laptop's), "expired" (the office no longer keeps the changes since
    this laptop's last sync: check out again; `export` names the file the unsent work was saved to),
    "retired" (an administrator removed this laptop's registration in the office: check out again; `export` as for
    "expired"),
    "unreachable" (the office server cannot be reached), "login_refused" (the server refused the login).
    """

    def __init__(self, message: str, reason: str, *, export: str = "", office: int = 0, laptop: int = 0) -> None:
        super().__init__(message)
        self.reason = reason
        self.export = export
        self.office_version = office
        self.laptop_version = laptop


class SyncCancelledError(DomainError):
    """The user cancelled the sync (the progress callback said stop); what was not committed yet stays as it was."""

    def __init__(self) -> None:
        super().__init__("the sync was cancelled; what was already sent stays sent, sync again to finish")


class FieldAdminError(DomainError):
    """An administrator's action on the office's field laptops was refused; nothing was changed.

    reason: "not_admin" (the login may only read the laptops and the retention), "days" (a retention outside
    MIN_DAYS..MAX_DAYS; `value` is what was given), "no_device" (no laptop with id `value` is registered).
    """

    def __init__(self, message: str, reason: str, value: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.value = value
