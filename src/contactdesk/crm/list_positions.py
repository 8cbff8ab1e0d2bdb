"""Pages of a long ordered list, found from the nearest row whose place is already known.

Finding the page at row N by skipping N rows costs time in proportion to N, even in an index that
holds the sort key and the id (store.list_indexes): about 30 ms per 500,000 rows on PostgreSQL. A list
that remembers the sort key of rows it has read (the first and last of each page) finds a page near
one of them by that key instead (`WHERE (key, id) > (…)`, an index seek): the next page while
scrolling costs nothing, and a jump skips only as far as the nearest known row or the nearer end.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from peewee import SQL, Tuple, fn

from contactdesk.crm.lookups import page

# (column, descending) pairs; the last column is unique (the id), so the order is total.
Keys = Sequence[tuple[Any, bool]]


class ListPositions:
    """The rows of one ordered list whose sort key is known; clear it whenever the order or the rows change."""

    LIMIT = 4096

    def __init__(self) -> None:
        self._rows: list[int] = []
        self._keys: dict[int, tuple[Any, ...]] = {}

    def clear(self) -> None:
        """Forget every position (a new search, sort or refresh)."""
        self._rows.clear()
        self._keys.clear()

    def add(self, row: int, key: tuple[Any, ...]) -> None:
        """Row `row` has sort key `key` (a key holding NULL is not kept: NULLs do not compare)."""
        if any(value is None for value in key) or row in self._keys:
            return
        if len(self._rows) >= self.LIMIT:
            self.clear()
        bisect.insort(self._rows, row)
        self._keys[row] = key

    def add_landmarks(self, found: Sequence[tuple[int, tuple[Any, ...]]]) -> None:
        """Rows spread over the whole list (landmarks()), so no jump skips more than their spacing."""
        for row, key in found:
            self.add(row, key)

    def before(self, row: int) -> tuple[int, tuple[Any, ...]] | None:
        """The nearest known row before `row`, with its key."""
        at = bisect.bisect_left(self._rows, row)
        return (self._rows[at - 1], self._keys[self._rows[at - 1]]) if at else None

    def after(self, row: int) -> tuple[int, tuple[Any, ...]] | None:
        """The nearest known row after `row`, with its key."""
        at = bisect.bisect_right(self._rows, row)
        return (self._rows[at], self._keys[self._rows[at]]) if at < len(self._rows) else None


def _order(keys: Keys, backwards: bool) -> list[Any]:
    return [column.desc() if descending != backwards else column.asc() for column, descending in keys]


def _seekable(keys: Keys) -> bool:
    # A key comparison skips rows whose key is NULL, and mixed directions are no single comparison.
    return len({descending for _column, descending in keys}) == 1 and not any(column.null for column, _ in keys)


def _past(keys: Keys, key: tuple[Any, ...], backwards: bool) -> Any:
    """The rows after `key` in list order (before it when reading backwards)."""
    columns = Tuple(*[column for column, _descending in keys])
    greater = keys[0][1] == backwards  # ascending and forwards, or descending and backwards
    return columns > Tuple(*key) if greater else columns < Tuple(*key)


def read_page(
    query: Any,
    keys: Keys,
    offset: int,
    limit: int,
    total: int | None = None,
    positions: ListPositions | None = None,
) -> list[tuple[Any, ...]]:
    """Rows `offset` … `offset + limit - 1` of `query` in the order of `keys`, as tuples.

    `query` selects the key columns first, in the order of `keys`. `total` (how many rows the query has,
    as the list counted them) lets a page be read backwards from the end; `positions` lets it be read
    from the nearest known row, and learns the first and last row of the page read.
    """
    count = limit if total is None else min(limit, total - offset)
    if count <= 0:
        return []
    # (rows skipped, backwards, key to start after)
    plans: list[tuple[int, bool, tuple[Any, ...] | None]] = [(offset, False, None)]
    if total is not None:
        plans.append((total - offset - count, True, None))
    if positions is not None and _seekable(keys):
        known = positions.before(offset)
        if known is not None:
            plans.append((offset - known[0] - 1, False, known[1]))
        known = positions.after(offset + count - 1)
        if known is not None:
            plans.append((known[0] - offset - count, True, known[1]))
    skip, backwards, start = min(plans, key=lambda plan: plan[0])
    select = query if start is None else query.where(_past(keys, start, backwards))
    rows = list(page(select.order_by(*_order(keys, backwards)), skip, count).tuples())
    if backwards:
        rows.reverse()
    if positions is not None and rows:
        width = len(keys)
        positions.add(offset, tuple(rows[0][:width]))
        positions.add(offset + len(rows) - 1, tuple(rows[-1][:width]))
    return rows


def landmarks(query: Any, keys: Keys, every: int) -> list[tuple[int, tuple[Any, ...]]]:
    """Every `every`-th row of `query` in the order of `keys`: (position, sort key) pairs.

    One pass over the index that holds the key and the id (a few hundred milliseconds over a million
    rows on PostgreSQL): worth it in the background for a long list, where a jump to its middle would
    otherwise skip half a million rows each time (0.13 s; the issue asks for 50 ms).
    """
    if not _seekable(keys):
        return []
    width = len(keys)
    columns = [column for column, _descending in keys]
    numbered = query.select(*columns, fn.ROW_NUMBER().over(order_by=_order(keys, False)).alias("position")).alias(
        "numbered"
    )
    picked = (
        query.model.select(*[SQL(f'"numbered"."{column.column_name}"') for column in columns], SQL('"position"'))
        .from_(numbered)
        # Not %: peewee reads it as LIKE, and PostgreSQL's driver as a placeholder.
        .where(SQL(f'"position" - ("position" / {int(every)}) * {int(every)} = 0'))
    )
    return [(int(row[width]) - 1, tuple(row[:width])) for row in picked.tuples()]
