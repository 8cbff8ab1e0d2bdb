"""Rows of a long SQL-backed list, fetched a page at a time; only the most recent pages are kept.

Shared by the table models that show lists too long to hold (contacts, interaction log entries,
segment lines): the model knows the row count, this cache knows the rows it has seen lately.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

Row = TypeVar("Row")


class PageCache(Generic[Row]):
    """A least-recently-used set of pages; `fetch(offset, limit)` reads one page from a service."""

    def __init__(self, fetch: Callable[[int, int], list[Row]], page_size: int = 200, max_pages: int = 64) -> None:
        self._fetch = fetch
        self.page_size = page_size
        self._max_pages = max_pages
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()

    def clear(self) -> None:
        """Forget every page (after a change, a new search or a new sort)."""
        self._pages.clear()

    def _page(self, number: int) -> list[Row]:
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number * self.page_size, self.page_size)
            self._pages[number] = page
            if len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def get(self, row: int, count: int) -> Row | None:
        """The record on `row` of a list of `count` rows (reads its page when needed)."""
        if not 0 <= row < count:
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def find(self, match: Callable[[Row], bool], count: int) -> int:
        """The row of the first cached record that matches (the first page is read if none is), or -1."""
        if not self._pages and count:
            self._page(0)
        for number, page in self._pages.items():
            for offset, record in enumerate(page):
                if match(record):
                    return number * self.page_size + offset
        return -1

    def seed(self, number: int, page: list[Row]) -> None:
        """Hold a page read elsewhere (the first page, read before the window showed)."""
        self._pages[number] = page

    def put(self, row: int, record: Row) -> None:
        """Replace a cached record (after it was saved), if its page is loaded."""
        page = self._pages.get(row // self.page_size)
        if page is not None and row % self.page_size < len(page):
            page[row % self.page_size] = record
