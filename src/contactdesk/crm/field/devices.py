"""The office's field laptops as its administrator sees them: who checked out which laptop, when it last synced,
whether it is past the retention; how long the office keeps its change log; retiring a lost laptop.

Runs on the office database (PostgreSQL or SQLite). Who may change what is the database's business: the
retention (field_sync_state) is setup and a staff login may not delete a device, so the server refuses a
staff login and this module only says so in a sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from contactdesk.crm.errors import PermissionDeniedError
from contactdesk.crm.field.errors import FieldAdminError
from contactdesk.store import field_numbers
from contactdesk.store.db import write_transaction
from contactdesk.store.models import FieldDevice, FieldNumberBlock, FieldSyncState
from contactdesk.store.models.base import utcnow

# Shorter than a week and a laptop back from a few days on the road must check out again; ten years is plenty.
MIN_DAYS = 7
MAX_DAYS = 3650
# What the office keeps before anyone set a retention (the prune function's own default).
DEFAULT_DAYS = 90


@dataclass(frozen=True)
class Retention:
    """How many days the office keeps its change log, and the oldest transaction it still has changes of."""

    retention_days: int
    pruned_below: int


@dataclass(frozen=True)
class FieldLaptop:
    """One checked-out laptop as the office knows it."""

    device: int
    login: str
    host: str
    scope: str
    checked_out_at: datetime
    last_sync: datetime | None
    schema_version: int
    expired: bool
    # The block each series hands out now (a top-up replaces the one used up): series -> (first, last).
    blocks: dict[str, tuple[int, int]] = field(default_factory=dict)


def _not_admin(action: str) -> FieldAdminError:
    return FieldAdminError(
        f"only an administrator may {action}; nothing was changed: ask an administrator of ContactDesk",
        "not_admin",
    )


def retention() -> Retention:
    """The office's retention (the default when it was never set or pruned)."""
    row = FieldSyncState.select().order_by(FieldSyncState.id).first()
    if row is None:
        return Retention(DEFAULT_DAYS, 0)
    return Retention(int(row.retention_days), int(row.pruned_below))


def set_retention(days: int) -> Retention:
    """Keep the change log `days` days from now on (administrators; MIN_DAYS..MAX_DAYS); the new retention."""
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise FieldAdminError(
            f"keep the office's changes between {MIN_DAYS} and {MAX_DAYS} days, not {days}; nothing was changed",
            "days",
            str(days),
        )
    try:
        with write_transaction():
            # Every row, though there is one: the prune function reads the first.
            if not FieldSyncState.update(retention_days=days).execute():
                FieldSyncState.insert(retention_days=days, pruned_below=0).execute()
    except PermissionDeniedError as exc:
        raise _not_admin("change how long the office keeps its changes") from exc
    return retention()


def _blocks() -> dict[int, dict[str, tuple[int, int]]]:
    found: dict[int, dict[str, tuple[int, int]]] = {}
    # Ordered by id: a later block of a series (a top-up) replaces the earlier one.
    rows = FieldNumberBlock.select(
        FieldNumberBlock.device, FieldNumberBlock.series, FieldNumberBlock.first_number, FieldNumberBlock.last_number
    ).order_by(FieldNumberBlock.id)
    tuples: Iterable[tuple[int, str, int, int]] = cast(Any, rows.tuples())
    for device, series, first, last in tuples:
        found.setdefault(int(device), {})[str(series)] = (int(first), int(last))
    return found


def _expired(device: FieldDevice, kept: Retention, now: datetime) -> bool:
    if device.last_sync_at is None:
        # Never synced: its first cursor was the office's at checkout, which the office keeps for the retention.
        return bool(device.checked_out_at < now - timedelta(days=kept.retention_days))
    return int(device.sync_cursor) < kept.pruned_below


def laptops() -> list[FieldLaptop]:
    """The laptops checked out of the bound office database, in the order they were checked out."""
    kept, now, blocks = retention(), utcnow(), _blocks()
    return [
        FieldLaptop(
            device=int(device.id),
            login=str(device.login),
            host=str(device.host_name),
            scope=str(device.scope),
            checked_out_at=device.checked_out_at,
            last_sync=device.last_sync_at,
            schema_version=int(device.schema_version),
            expired=_expired(device, kept, now),
            blocks=blocks.get(int(device.id), {}),
        )
        for device in FieldDevice.select().order_by(FieldDevice.id)
    ]


def retire(device: int) -> None:
    """Remove a laptop's registration (administrators): it can no longer sync. Its blocks go; used numbers stay used."""
    try:
        with write_transaction():
            field_numbers.keep_entry_floor(device)
            gone = FieldDevice.delete().where(FieldDevice.id == device).execute()
    except PermissionDeniedError as exc:
        raise _not_admin("retire a field laptop") from exc
    if not gone:
        raise FieldAdminError(
            f"no field laptop {device} is registered in this office database; `contactdesk field devices` lists them",
            "no_device",
            str(device),
        )
