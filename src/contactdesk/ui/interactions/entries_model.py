"""Interaction log entries as a table: counts, pages, filters and sorting come from SQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from contactdesk.crm import interaction_log
from contactdesk.crm.entry_titles import BY, FROM, EntryTitle
from contactdesk.crm.interaction_log import EntryFilter, EntryRow
from contactdesk.ui.dates import short_date
from contactdesk.ui.formatting import amount, short_time
from contactdesk.ui.models.item_roles import ROW_ROLE
from contactdesk.ui.models.page_cache import PageCache
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup import enum_texts

PAGE_SIZE = 200
MAX_PAGES = 32
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def _date(row: EntryRow) -> str:
    return short_date(row.date)


def _yes(flag: bool) -> str:
    return translate("EntriesModel", "Yes") if flag else ""


def title_text(title: EntryTitle) -> str:
    """ "Phone call – from Piet Bakker", "… – by Sanne Pieters", or the description alone."""
    if title.direction == FROM:
        return fill(translate("EntriesModel", "%1 – from %2"), title.description, title.name)
    if title.direction == BY:
        return fill(translate("EntriesModel", "%1 – by %2"), title.description, title.name)
    return title.description


def _evaluation(row: EntryRow) -> str:
    return enum_texts.text_of(enum_texts.evaluations(), row.evaluation)


# key (also the SQL sort key), header, display text, right-aligned
COLUMNS: dict[str, tuple[Callable[[], str], Callable[[EntryRow], str], bool]] = {
    "entry_no": (lambda: translate("EntriesModel", "Entry No."), lambda r: str(r.entry_no), True),
    "date": (lambda: translate("EntriesModel", "Date"), _date, False),
    "time": (lambda: translate("EntriesModel", "Time"), lambda r: short_time(r.time), False),
    "contact_no": (lambda: translate("EntriesModel", "Contact No."), lambda r: r.contact_no, False),
    "contact_name": (lambda: translate("EntriesModel", "Contact name"), lambda r: r.contact_name, False),
    "template": (lambda: translate("EntriesModel", "Interaction template"), lambda r: r.template_code, False),
    "group": (lambda: translate("EntriesModel", "Interaction group"), lambda r: r.group_code, False),
    "description": (lambda: translate("EntriesModel", "Description"), lambda r: r.description, False),
    "title": (lambda: translate("EntriesModel", "Title"), lambda r: title_text(r.title), False),
    "salesperson": (lambda: translate("EntriesModel", "Salesperson"), lambda r: r.salesperson_code, False),
    "correspondence_type": (
        lambda: translate("EntriesModel", "Correspondence type"),
        lambda r: enum_texts.text_of(enum_texts.correspondence_types(), r.correspondence_type),
        False,
    ),
    "cost": (lambda: translate("EntriesModel", "Cost"), lambda r: amount(r.cost), True),
    "duration": (lambda: translate("EntriesModel", "Duration (min)"), lambda r: str(r.duration), True),
    "evaluation": (lambda: translate("EntriesModel", "Evaluation"), _evaluation, False),
    "attempt_failed": (lambda: translate("EntriesModel", "Attempt failed"), lambda r: _yes(r.attempt_failed), False),
    "segment_no": (lambda: translate("EntriesModel", "Segment No."), lambda r: r.segment_no, False),
    "canceled": (lambda: translate("EntriesModel", "Canceled"), lambda r: _yes(r.canceled), False),
}
LOG_COLUMNS = [
    "entry_no",
    "date",
    "time",
    "contact_no",
    "contact_name",
    "template",
    "title",
    "description",
    "salesperson",
    "correspondence_type",
    "cost",
    "duration",
    "evaluation",
    "attempt_failed",
    "segment_no",
    "canceled",
]
POSTPONED_COLUMNS = [
    "entry_no",
    "date",
    "contact_no",
    "contact_name",
    "template",
    "description",
    "salesperson",
    "correspondence_type",
]
CONTACT_COLUMNS = [
    "entry_no",
    "date",
    "template",
    "title",
    "description",
    "salesperson",
    "cost",
    "duration",
    "evaluation",
    "canceled",
]


class EntriesModel(QAbstractTableModel):
    """Knows the count and keeps a few pages of entries; a new filter or sort re-asks the service."""

    def __init__(self, columns: list[str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys = list(columns or LOG_COLUMNS)
        self._filter = EntryFilter()
        self._sort = "entry_no"
        self._descending = True
        self._count = 0
        self._pages: PageCache[EntryRow] = PageCache(self._fetch, PAGE_SIZE, MAX_PAGES)

    @property
    def entry_filter(self) -> EntryFilter:
        """What the model shows."""
        return self._filter

    def set_filter(self, flt: EntryFilter) -> None:
        """Show other entries (re-counts in SQL)."""
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Re-read the count and drop cached pages (after a change)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = interaction_log.count_entries(self._filter)
        self.endResetModel()

    def total(self) -> int:
        """How many entries match."""
        return self._count

    def _fetch(self, offset: int, limit: int) -> list[EntryRow]:
        return interaction_log.list_entries(self._filter, self._sort, self._descending, offset, limit)

    def row_at(self, row: int) -> EntryRow | None:
        """The entry on a row (loads its page if needed)."""
        return self._pages.get(row, self._count)

    def row_of_entry(self, entry_no: int) -> int:
        """The row showing an entry among the cached pages (the first page at least), or -1."""
        return self._pages.find(lambda row: row.entry_no == entry_no, self._count)

    def column_of(self, key: str) -> int:
        """The column showing `key`, or -1."""
        return self._keys.index(key) if key in self._keys else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._keys):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, ROW_ROLE, Qt.ItemDataRole.TextAlignmentRole):
            return None
        _header, text, right = COLUMNS[self._keys[index.column()]]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if right else None
        row = self.row_at(index.row())
        if row is None:
            return None
        return row if role == ROW_ROLE else text(row)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return COLUMNS[self._keys[section]][0]() if 0 <= section < len(self._keys) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._keys):
            return
        self.beginResetModel()
        self._sort = self._keys[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.endResetModel()
