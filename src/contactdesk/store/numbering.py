"""Number series: the next business number, handed out inside the caller's transaction."""

from __future__ import annotations

from contactdesk.store import field_sqlite
from contactdesk.store.errors import StoreError
from contactdesk.store.models import NumberSeries
from contactdesk.store.models.base import utcnow


class NumberSeriesError(Exception):
    """A series is missing or cannot give another number."""

    def __init__(self, message: str, series_code: str) -> None:
        super().__init__(message)
        self.series_code = series_code


class BlockUsedUpError(NumberSeriesError, StoreError):
    """A field laptop has handed out every number of its block for a series (sync or a new checkout gives more)."""


def format_number(series: NumberSeries, number: int) -> str:
    """CT + 000042 → CT000042."""
    return f"{series.prefix}{number:0{series.width}d}"


def peek_next(series_code: str) -> str:
    """The number the next record would get (for display only)."""
    series = _get(series_code)
    return format_number(series, _next_value(series))


def _next_value(series: NumberSeries) -> int:
    if series.last_number < series.starting_number:
        return int(series.starting_number)
    return int(series.last_number + series.increment_by)


def _get(series_code: str) -> NumberSeries:
    series = NumberSeries.get_or_none(NumberSeries.code == (series_code or "").strip().upper())
    if series is None:
        raise NumberSeriesError(f"number series {series_code!r} does not exist", series_code)
    return series


def reserve(series_code: str, count: int = 1) -> list[str]:
    """Take `count` consecutive numbers. Call inside the transaction that uses them.

    The UPDATE comes first so the write lock is taken before the read: two writers can never
    read the same last number, and a rollback returns the numbers, so no gaps appear.
    """
    if count < 1:
        return []
    code = (series_code or "").strip().upper()
    # Taking a number is a change to the series: a setup dialog opened before must not set last_number back.
    # Who took it is not the series' editor, so changed_by goes blank ("someone") rather than name the wrong one.
    claim = {
        NumberSeries.version: NumberSeries.version + 1,
        NumberSeries.changed_by: "",
        NumberSeries.changed_at: utcnow(),
    }
    updated = NumberSeries.update(claim).where(NumberSeries.code == code).execute()
    if not updated:
        raise NumberSeriesError(f"number series {series_code!r} does not exist", series_code)
    series = _get(code)
    first = _next_value(series)
    last = first + (count - 1) * series.increment_by
    if len(format_number(series, last)) > 20:
        raise NumberSeriesError(f"number series {code} is exhausted", code)
    block = field_sqlite.block_of(code)  # a field laptop hands out only its own block (store/field_numbers.py)
    if block is not None and last > block[1]:
        raise BlockUsedUpError(f"this laptop has used all its numbers of series {code}; check out a new copy", code)
    NumberSeries.update(last_number=last).where(NumberSeries.code == code).execute()
    return [format_number(series, first + i * series.increment_by) for i in range(count)]


def next_number(series_code: str) -> str:
    """Take the next number of a series."""
    return reserve(series_code, 1)[0]
