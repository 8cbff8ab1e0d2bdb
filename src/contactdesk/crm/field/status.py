"""What a field laptop's file says about itself: device, office, changes waiting to be sent, numbers left."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import PeeweeException

from contactdesk.store import field_numbers, field_sqlite

# Below this many numbers left in any block, the laptop should sync soon (which tops the blocks up).
LOW = 50


@dataclass(frozen=True)
class FieldStatus:
    """A laptop file's state as the status bar and `field status` show it."""

    device: int
    office: str
    login: str
    scope: str
    checked_out_at: str
    pending: int
    numbers_left: dict[str, int]

    @property
    def running_low(self) -> bool:
        """Some block has fewer than LOW numbers left."""
        return any(left < LOW for left in self.numbers_left.values())


def is_field_copy() -> bool:
    """True when the open database is a field laptop's copy (False when it cannot be read just now)."""
    try:
        return field_sqlite.is_laptop()
    except PeeweeException:  # the file went away or is locked: nothing of a field copy to show
        return False


def field_status() -> FieldStatus | None:
    """The open laptop file's state; None when the open database is no field copy."""
    if not field_sqlite.is_laptop():
        return None
    info = field_sqlite.info()
    return FieldStatus(
        device=int(info.get("device", "0")),
        office=info.get("office", ""),
        login=info.get("login", ""),
        scope=info.get("scope", ""),
        checked_out_at=info.get("checked_out_at", ""),
        pending=field_sqlite.pending(),
        numbers_left=field_numbers.numbers_left(),
    )


def pending_changes() -> int | None:
    """Outbox rows waiting to be sent; None when the open database is no field copy (or cannot say now)."""
    try:
        return field_sqlite.pending() if field_sqlite.is_laptop() else None
    except PeeweeException:  # the file went away or is locked: the status bar just says nothing this time
        return None
