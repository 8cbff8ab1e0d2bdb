"""`field sync`: the bound laptop's outbox to the office (push), then the office's changes to the laptop (pull).

Before anything is written on either side the sync makes sure it may run: the office is PostgreSQL and
reachable with the user's own login, its schema is the laptop's, and it still keeps every change since the
laptop's last sync (else the laptop must check out again; its unsent work is saved to a file first).
The office is a database of its own here: the laptop stays bound as `db` throughout.
"""

from __future__ import annotations

from peewee import Database, IntegrityError

from contactdesk.crm.field import blocks, retention
from contactdesk.crm.field.errors import SyncRefusedError
from contactdesk.crm.field.office_link import open_office
from contactdesk.crm.field.pull import pull
from contactdesk.crm.field.push import push
from contactdesk.crm.field.sync_state import office_url
from contactdesk.crm.field.sync_types import Progress, SyncResult
from contactdesk.store import field_laptop, field_office, field_pull, field_sqlite, migrations
from contactdesk.store.db import database_file, db
from contactdesk.store.models.base import utcnow


def check_schema(office: Database) -> None:
    """Refuse (changing nothing) when the office's schema is not the laptop's."""
    laptop, theirs = migrations.current_version(), field_pull.schema_version(office)
    if theirs > laptop:
        raise SyncRefusedError(
            f"the office database is at schema version {theirs}, this laptop at {laptop}: update ContactDesk on "
            "this laptop, then sync",
            "schema_newer",
            office=theirs,
            laptop=laptop,
        )
    if theirs < laptop:
        raise SyncRefusedError(
            f"the office database is at schema version {theirs}, this laptop at {laptop}: the office must be "
            "updated to this ContactDesk first (open it once with the new version as its owner), then sync",
            "schema_older",
            office=theirs,
            laptop=laptop,
        )


def check_registered(office: Database, info: dict[str, str]) -> None:
    """Refuse (after saving the unsent work) a laptop whose registration an administrator removed in the office."""
    device = int(info.get("device", "0"))
    if field_office.is_registered(office, device):
        return
    saved = retention.export_unsent(info)
    raise SyncRefusedError(
        f"this laptop's registration was removed in the office; check out again; the changes not yet sent were "
        f"saved to {saved}",
        "retired",
        export=str(saved),
    )


def _note_sync(office: Database, device: int, cursor: int) -> None:
    now = utcnow()
    field_laptop.set_info({"last_sync_at": now.isoformat(timespec="seconds")})
    with office.atomic():
        field_office.note_sync(office, device, cursor, now)


def sync(*, password: str | None = None, progress: Progress | None = None) -> SyncResult:
    """Push the bound laptop's changes to its office, then pull the office's; what the sync did."""
    if not field_sqlite.is_laptop():
        where = database_file()
        raise SyncRefusedError(
            f"{where or 'this database'} is not a field copy; make one with `contactdesk field checkout`",
            "not_field_copy",
        )
    info = field_sqlite.info()
    office = open_office(office_url(info), password)
    try:
        check_schema(office)
        check_registered(office, info)
        retention.check(office, info)
        # One laptop write lock from push to pull: a row the user adds in between would get the next local id,
        # which a row the pull brings from the office may already have.
        try:
            with db.atomic():
                outcome = push(office, progress)
                blocks.top_up(office)
                pulled = pull(office, refresh=outcome.refresh, progress=progress)
                _note_sync(office, int(info.get("device", "0")), pulled.cursor)
        except IntegrityError:
            # Retired while this sync ran (between the check and the push): both transactions rolled back.
            check_registered(office, info)
            raise
    finally:
        office.close()
    return SyncResult(outcome.pushed, pulled.pulled, outcome.conflicts)
