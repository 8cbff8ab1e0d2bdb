"""What a laptop's sync and checkout ask of the office's own field tables (PostgreSQL, raw SQL on a database
that is not the bound one): the device's record, its new number blocks, and naming the laptop as the origin
of what a transaction writes (the office's change log records it, so the laptop's pull skips its own echoes)."""

from __future__ import annotations

from datetime import datetime

from peewee import Database

from contactdesk.store.field_pull import execute
from contactdesk.store.models import FieldDevice, FieldNumberBlock, InteractionLogEntry, NumberSeries
from contactdesk.store.models.field import ENTRY_SERIES

_DEVICE = FieldDevice._meta.table_name


def name_origin(office: Database, device: int) -> None:
    """What the rest of the office's transaction writes is this laptop's own (see the module's doc)."""
    execute(office, "SELECT set_config('contactdesk.field_device', %s, true)", [str(device)])


def is_registered(office: Database, device: int) -> bool:
    """True while the office still has the laptop's device record (an administrator may retire it)."""
    return execute(office, f'SELECT 1 FROM "{_DEVICE}" WHERE "id" = %s', [device]).fetchone() is not None


def note_sync(office: Database, device: int, cursor: int, at: datetime | None = None) -> None:
    """Record the laptop's pull cursor (and when it synced, unless `at` is None: the cursor of a checkout)."""
    if at is None:
        execute(office, f'UPDATE "{_DEVICE}" SET "sync_cursor" = %s WHERE "id" = %s', [cursor, device])
        return
    execute(
        office, f'UPDATE "{_DEVICE}" SET "last_sync_at" = %s, "sync_cursor" = %s WHERE "id" = %s', [at, cursor, device]
    )


def allot_block(office: Database, series: str, size: int) -> tuple[int, int]:
    """A new block of `size` numbers of `series` (or of interaction entries) in the office: (first, last)."""
    if series == ENTRY_SERIES:
        entries, blocks = InteractionLogEntry._meta.table_name, FieldNumberBlock._meta.table_name
        # The same lock checkout's allotting takes: two laptops topping up at once get different blocks.
        execute(office, f'LOCK TABLE "{entries}" IN SHARE ROW EXCLUSIVE MODE')
        top = execute(
            office,
            f'SELECT GREATEST((SELECT COALESCE(MAX("entry_no"), 0) FROM "{entries}"), '
            f'(SELECT COALESCE(MAX("last_number"), 0) FROM "{blocks}" WHERE "series" = %s))',
            [ENTRY_SERIES],
        ).fetchone()[0]
        return int(top) + 1, int(top) + size
    table = NumberSeries._meta.table_name
    row = execute(
        office,
        f'UPDATE "{table}" SET "last_number" = GREATEST("last_number", "starting_number" - "increment_by") '
        f'+ %s * "increment_by", "version" = "version" + 1, "changed_by" = \'\', '
        f'"changed_at" = now() at time zone \'utc\' WHERE "code" = %s RETURNING "last_number", "increment_by"',
        [size, series],
    ).fetchone()
    last, step = int(row[0]), int(row[1])
    return last - (size - 1) * step, last


def record_block(office: Database, device: int, series: str, block: tuple[int, int]) -> None:
    """The office's record that `block` of `series` is this laptop's."""
    execute(
        office,
        f'INSERT INTO "{FieldNumberBlock._meta.table_name}" ("device_id", "series", "first_number", "last_number") '
        "VALUES (%s, %s, %s, %s)",
        [device, series, *block],
    )
