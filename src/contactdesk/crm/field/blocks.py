"""Topping up a laptop's blocks of numbers during a sync: a block with less than a fifth left is replaced.

The office allots the new block as at checkout (the series jumps past it; entry blocks start above every entry
number and every block), the laptop's series then hands out the new block. What was left of the old block is
not used again: numbers are cheap, a collision is not.
"""

from __future__ import annotations

from peewee import Database

from contactdesk.store import field_laptop, field_numbers, field_pull, field_sqlite
from contactdesk.store.db import db
from contactdesk.store.models import FieldNumberBlock, InteractionLogEntry, NumberSeries
from contactdesk.store.models.field import ENTRY_SERIES

LOW_SHARE = 0.2


def _allot(office: Database, series: str, size: int) -> tuple[int, int]:
    if series == ENTRY_SERIES:
        entries, blocks = InteractionLogEntry._meta.table_name, FieldNumberBlock._meta.table_name
        # The same lock checkout's allotting takes: two laptops topping up at once get different blocks.
        field_pull.execute(office, f'LOCK TABLE "{entries}" IN SHARE ROW EXCLUSIVE MODE')
        top = field_pull.execute(
            office,
            f'SELECT GREATEST((SELECT COALESCE(MAX("entry_no"), 0) FROM "{entries}"), '
            f'(SELECT COALESCE(MAX("last_number"), 0) FROM "{blocks}" WHERE "series" = %s))',
            [ENTRY_SERIES],
        ).fetchone()[0]
        return int(top) + 1, int(top) + size
    table = NumberSeries._meta.table_name
    row = field_pull.execute(
        office,
        f'UPDATE "{table}" SET "last_number" = GREATEST("last_number", "starting_number" - "increment_by") '
        f'+ %s * "increment_by", "version" = "version" + 1, "changed_by" = \'\', '
        f'"changed_at" = now() at time zone \'utc\' WHERE "code" = %s RETURNING "last_number", "increment_by"',
        [size, series],
    ).fetchone()
    last, step = int(row[0]), int(row[1])
    return last - (size - 1) * step, last


def top_up(office: Database) -> dict[str, tuple[int, int]]:
    """Give every block running low a new one (office first, then the laptop); the new blocks by series."""
    left = field_numbers.numbers_left()
    low = {
        series: last - first + 1
        for series, (first, last) in field_sqlite.blocks().items()
        if left.get(series, 0) < LOW_SHARE * (last - first + 1)
    }
    if not low:
        return {}
    device = int(field_sqlite.info().get("device", "0"))
    table = FieldNumberBlock._meta.table_name
    with office.atomic():
        # The series' change is this laptop's own: its next pull does not bring it back as the office's.
        field_pull.execute(office, "SELECT set_config('contactdesk.field_device', %s, true)", [str(device)])
        new = {series: _allot(office, series, size) for series, size in low.items()}
        for series, (first, last) in new.items():
            field_pull.execute(
                office,
                f'INSERT INTO "{table}" ("device_id", "series", "first_number", "last_number") VALUES (%s, %s, %s, %s)',
                [device, series, first, last],
            )
    # Office first: should the laptop's write fail, the office merely holds a block nobody uses.
    with db.atomic(), field_laptop.outbox_paused():
        mark = field_laptop.echo_mark()
        field_laptop.set_blocks(new)
        field_numbers.set_laptop_series(new)
        field_laptop.drop_echoes(mark)
    return new
