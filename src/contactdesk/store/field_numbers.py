"""Numbers for field laptops: blocks allotted in the office, and the numbers a laptop hands out from them.

The office series jumps past each block it allots (a series block is `reserve(code, size)`; an entry
block starts above every entry number and every block allotted before), so neither the office nor
another laptop can take a number of it. On the laptop the series' last number is set just below its
block, so the ordinary number series hands out the block, and a number past its end is refused.
"""

from __future__ import annotations

from peewee import fn

from contactdesk.store import field_sqlite, numbering
from contactdesk.store.locks import next_free_value
from contactdesk.store.models import FieldNumberBlock, FieldSyncState, InteractionLogEntry, NumberSeries
from contactdesk.store.models.field import ENTRY_SERIES

_USED_UP = "this laptop has used all its interaction entry numbers; check out a new copy"


def _entry_floor() -> int:
    """The highest entry number allotted to any laptop, retired ones included (0: none)."""
    top = FieldNumberBlock.select(fn.MAX(FieldNumberBlock.last_number)).where(FieldNumberBlock.series == ENTRY_SERIES)
    kept = FieldSyncState.select(fn.MAX(FieldSyncState.entry_floor))
    return max(int(top.scalar() or 0), int(kept.scalar() or 0))


def keep_entry_floor(device: int) -> None:
    """Before a laptop's blocks go (retired): the office remembers how far its entry numbers reached."""
    top = FieldNumberBlock.select(fn.MAX(FieldNumberBlock.last_number)).where(
        (FieldNumberBlock.series == ENTRY_SERIES) & (FieldNumberBlock.device == device)
    )
    reached = int(top.scalar() or 0)
    if not reached:
        return
    state = FieldSyncState.select().order_by(FieldSyncState.id).first()
    if state is None:
        FieldSyncState.create(entry_floor=reached)
    elif int(state.entry_floor) < reached:
        FieldSyncState.update(entry_floor=reached).where(FieldSyncState.id == state.id).execute()


def allot_series_block(code: str, size: int) -> tuple[int, int]:
    """Take `size` numbers of series `code` in the office (inside the caller's transaction): (first, last)."""
    numbering.reserve(code, size)
    series = NumberSeries.get(NumberSeries.code == code)
    last = int(series.last_number)
    return last - (size - 1) * int(series.increment_by), last


def allot_entry_block(size: int) -> tuple[int, int]:
    """Take `size` interaction entry numbers in the office (inside the caller's transaction): (first, last)."""
    first = max(next_free_value(InteractionLogEntry, InteractionLogEntry.entry_no), _entry_floor() + 1)
    return first, first + size - 1


def next_entry_number() -> int:
    """The number the next interaction entry gets here: from the laptop's block, else past every laptop's block."""
    block = field_sqlite.block_of(ENTRY_SERIES)
    if block is None:
        return max(next_free_value(InteractionLogEntry, InteractionLogEntry.entry_no), _entry_floor() + 1)
    first, last = block
    used = InteractionLogEntry.select(fn.MAX(InteractionLogEntry.entry_no)).where(
        InteractionLogEntry.entry_no.between(first, last)
    )
    number = max(int(used.scalar() or 0), first - 1) + 1
    if number > last:
        raise numbering.BlockUsedUpError(_USED_UP, ENTRY_SERIES)
    return number


def check_entries_fit(first: int, count: int) -> None:
    """Refuse (inside the caller's transaction) entries numbered first.. that run past the laptop's block."""
    block = field_sqlite.block_of(ENTRY_SERIES)
    if block is not None and count > 0 and first + count - 1 > block[1]:
        raise numbering.BlockUsedUpError(_USED_UP, ENTRY_SERIES)


def set_laptop_series(blocks: dict[str, tuple[int, int]]) -> None:
    """On the new laptop file: each series hands out its block next."""
    for code, (first, _last) in blocks.items():
        if code == ENTRY_SERIES:
            continue
        series = NumberSeries.get(NumberSeries.code == code)
        NumberSeries.update(last_number=first - int(series.increment_by)).where(NumberSeries.code == code).execute()


def numbers_left() -> dict[str, int]:
    """On a laptop: how many numbers each block has left (low means: sync soon to get another block)."""
    left: dict[str, int] = {}
    for code, (first, last) in field_sqlite.blocks().items():
        if code == ENTRY_SERIES:
            used = InteractionLogEntry.select(fn.MAX(InteractionLogEntry.entry_no)).where(
                InteractionLogEntry.entry_no.between(first, last)
            )
            left[code] = last - max(int(used.scalar() or 0), first - 1)
            continue
        series = NumberSeries.get_or_none(NumberSeries.code == code)
        step = int(series.increment_by) if series else 1
        taken = int(series.last_number) if series else last
        left[code] = max(0, (last - max(taken, first - step)) // step)
    return left
