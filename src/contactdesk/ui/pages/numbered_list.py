"""A page that lists numbered records (campaigns, logged segments): which one is selected, and selecting one."""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from PySide6.QtWidgets import QTableView

from contactdesk.ui.pages.base import Page
from contactdesk.ui.pages.list_page import SortProxy, current_row, select_first_column


class Numbered(Protocol):
    """A record with its number in the list's first column."""

    @property
    def no(self) -> str: ...


Row = TypeVar("Row", bound=Numbered)


class NumberedListPage(Page, Generic[Row]):
    """Subclasses set row_type and make table (showing proxy) in their __init__."""

    row_type: type[Row]
    table: QTableView
    proxy: SortProxy

    def current(self) -> Row | None:
        """The selected record."""
        row = current_row(self.table)
        return row if isinstance(row, self.row_type) else None

    def current_no(self) -> str:
        """The selected record's number ('' when none)."""
        row = self.current()
        return row.no if row else ""

    def select_no(self, no: str) -> None:
        """Select a record in the list by its number."""
        select_first_column(self.table, self.proxy, no)
