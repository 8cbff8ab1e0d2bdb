"""`field checkout`: the office data a user needs, copied into a new laptop SQLite file that records its changes.

Two steps, each one transaction: first the office registers the laptop (a device record) and allots it
its blocks of numbers; then the laptop file is filled from one snapshot of the office, its series set
to its blocks, and its outbox triggers created. Should the second step fail, the half-made file is
removed; the device record and its numbers stay in the office, unused, which harms nothing.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

from peewee import Database

from contactdesk.crm.database import open_location
from contactdesk.crm.field import office_link
from contactdesk.crm.field.closure import Closure
from contactdesk.crm.field.documents import prune_documents
from contactdesk.crm.field.errors import FieldCheckoutError
from contactdesk.crm.field.scope import Scope, contact_ids, whole_segments
from contactdesk.crm.office_errors import CopyMismatchError
from contactdesk.crm.users import current_user
from contactdesk.store import field_numbers, field_office, field_pull, field_sqlite, transfer
from contactdesk.store.db import db
from contactdesk.store.location import parse_location
from contactdesk.store.migrations import LATEST
from contactdesk.store.models import (
    BaseModel,
    Contact,
    FieldDevice,
    FieldNumberBlock,
    MarketingSetup,
)
from contactdesk.store.models.base import utcnow
from contactdesk.store.models.field import ENTRY_SERIES, OFFICE_ONLY

BLOCK_SIZE = 1000
# Campaigns too: a campaign made offline must not take a number the office or another laptop gives.
_SERIES_FIELDS = ("contact_nos", "segment_nos", "logged_segment_nos", "campaign_nos")


@dataclass(frozen=True)
class CheckoutResult:
    """The new laptop: its device id in the office, where it is, what it holds and its number blocks."""

    device: int
    laptop: str
    office: str
    scope: str
    contacts: int
    blocks: dict[str, tuple[int, int]]


def laptop_models() -> list[type[BaseModel]]:
    """The tables a laptop file holds (the office's device records stay in the office)."""
    return [model for model in transfer.copied_models() if model not in OFFICE_ONLY]


def _register(scope: Scope, host: str, size: int) -> tuple[int, dict[str, tuple[int, int]], Closure]:
    """In the bound office database, one transaction: the device, its number blocks, the scope's rows."""
    with db.atomic():
        ids = contact_ids(scope)
        closure = Closure(ids, whole_segments(ids))
        device = FieldDevice.create(
            login=current_user(), host_name=host, checked_out_at=utcnow(), scope=scope.label, schema_version=LATEST
        )
        setup = MarketingSetup.get()
        blocks: dict[str, tuple[int, int]] = {}
        for name in _SERIES_FIELDS:
            code = str(getattr(setup, name) or "")
            if code and code not in blocks:
                blocks[code] = field_numbers.allot_series_block(code, size)
        blocks[ENTRY_SERIES] = field_numbers.allot_entry_block(size)
        for series, (first, last) in blocks.items():
            FieldNumberBlock.create(device=device, series=series, first_number=first, last_number=last)
        return int(device.id), blocks, closure


def _fill(office: Database, closure: Closure, info: dict[str, str], blocks: dict[str, tuple[int, int]]) -> int:
    """Copy the scope into the bound (new laptop) database and make it a field copy; returns its contacts."""
    models = laptop_models()
    with transfer.one_moment(office), db.atomic():
        # The first pull starts at the oldest transaction this snapshot does not see whole (first read: the
        # snapshot is taken here); a SQLite office has no change log, and no sync.
        info["cursor"] = "0" if transfer.is_sqlite_database(office) else str(field_pull.snapshot_cursor(office))
        transfer.clear(models)
        for model in models:
            copied = transfer.copy_table(office, model, closure.keeper(model))
            landed = transfer.checksum(db.obj, model)
            if landed != copied:
                raise CopyMismatchError(copied.table, f"{copied.rows} rows", f"{landed.rows} rows")
        if not closure.all:
            prune_documents(models)
        field_numbers.set_laptop_series(blocks)
        field_sqlite.create_laptop_tables(info, blocks)
        # Every table: a setup change made on a laptop must reach the office (or be refused there), never vanish.
        field_sqlite.create_outbox_triggers(models)
        return int(Contact.select().count())


def _note_cursor(office: Database, device: int, cursor: int) -> None:
    """The office's record of where the new laptop's first pull starts."""
    if not transfer.is_sqlite_database(office):
        with office.atomic():
            field_office.note_sync(office, device, cursor)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def checkout(
    office: str | Path,
    laptop: str | Path,
    scope: Scope,
    *,
    password: str | None = None,
    host_name: str | None = None,
    block_size: int = BLOCK_SIZE,
) -> CheckoutResult:
    """Register a laptop with `office` and copy the scope's data into the new SQLite file `laptop`."""
    target = parse_location(laptop)
    if target.path is None:
        raise FieldCheckoutError(f"{target.display} is not a file: a laptop copy is a SQLite file", "not_file")
    if not target.path.parent.is_dir():
        raise FieldCheckoutError(f"the folder {target.path.parent} does not exist", "no_folder", str(target))
    if target.path.exists():
        raise FieldCheckoutError(f"{target.path} already exists: check out into a new file", "exists", str(target))
    opened = open_location(office, password=password)
    office_db, office_display = opened.database, opened.location.display
    host = host_name if host_name is not None else socket.gethostname()
    device, blocks, closure = _register(scope, host, block_size)
    login = current_user()
    info = {
        "device": str(device),
        "office": office_display,
        "office_url": office_link.saved_url(opened.location),
        "login": login,
        "host_name": host,
        "scope": scope.label,
        "checked_out_at": utcnow().isoformat(timespec="seconds"),
        "schema_version": str(LATEST),
    }
    try:
        open_location(target, create=True)
        contacts = _fill(office_db, closure, info, blocks)
        _note_cursor(office_db, device, int(info["cursor"]))
        if not closure.all:
            db.execute_sql("VACUUM")  # what was pruned must not linger in the file's free pages
    except BaseException:
        db.close()
        _remove(target.path)
        raise
    finally:
        office_db.close()
    return CheckoutResult(device, str(target.path), office_display, scope.label, contacts, blocks)
