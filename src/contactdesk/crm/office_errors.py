"""Typed errors of the office database's login and copies; the UI turns each into one sentence."""

from __future__ import annotations

from contactdesk.crm.errors import DomainError


class KeychainError(DomainError):
    """The OS keychain could not keep or give the password.

    reason: "unavailable" (no keychain this program can use, e.g. a headless Linux), "refused" (the
    keychain is locked, or said no).
    """

    def __init__(self, message: str, reason: str = "unavailable") -> None:
        super().__init__(message)
        self.reason = reason


class CopyTargetNotEmptyError(DomainError):
    """`office copy` will not write into a database that already holds data of its own."""

    def __init__(self, target: str, tables: list[str]) -> None:
        listed = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        super().__init__(f"{target} already holds data ({listed}); copy into a new, empty database")
        self.target = target
        self.tables = tables


class CopyMismatchError(DomainError):
    """After copying, a table's row count or checksum differs from the source; nothing was kept."""

    def __init__(self, table: str, source: str, target: str) -> None:
        super().__init__(f"the copy of {table} differs from the source ({source} ≠ {target}); nothing was copied")
        self.table = table
        self.source = source
        self.target = target
