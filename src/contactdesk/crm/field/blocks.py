"""Topping up a laptop's blocks of numbers during a sync: a block with less than a fifth left is replaced.

The office allots the new block as at checkout (the series jumps past it; entry blocks start above every entry
number and every block), the laptop's series then hands out the new block. What was left of the old block is
not used again: numbers are cheap, a collision is not.
"""

from __future__ import annotations

from peewee import Database

from contactdesk.store import field_laptop, field_numbers, field_office, field_sqlite
from contactdesk.store.db import db

LOW_SHARE = 0.2


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
    with office.atomic():
        # The series' change is this laptop's own: its next pull does not bring it back as the office's.
        field_office.name_origin(office, device)
        new = {series: field_office.allot_block(office, series, size) for series, size in low.items()}
        for series, block in new.items():
            field_office.record_block(office, device, series, block)
    # Office first: should the laptop's write fail, the office merely holds a block nobody uses.
    with db.atomic(), field_laptop.outbox_paused():
        mark = field_laptop.echo_mark()
        field_laptop.set_blocks(new)
        field_numbers.set_laptop_series(new)
        field_laptop.drop_echoes(mark)
    return new
