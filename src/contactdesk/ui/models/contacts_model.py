"""The contacts list over any number of rows: counts and pages come from SQL, never all rows at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QTimer

from contactdesk.crm.contact_class_kinds import CLASSES, STATISTICS
from contactdesk.crm.contact_row import ContactRow
from contactdesk.crm.enums import ContactType
from contactdesk.ui.models.contact_extra_columns import EXTRA_COLUMNS
from contactdesk.ui.models.item_roles import (
    ALIGN_RIGHT_VCENTER,
    DISPLAY_ROLE,
    ROW_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
)
from contactdesk.ui.models.page_cache import PageCache

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from contactdesk.crm.contact_classes import ClassFilter
    from contactdesk.crm.contact_list_extras import ContactExtras
    from contactdesk.crm.list_positions import ListPositions

# No Qt namespace at run time before the first paint (ui/models/item_roles.py): roles are compared as numbers,
# and the view's header reads its titles from titles() until the window has painted (ContactsPage.finish_start).

PAGE_SIZE = 200
# Codes and totals are read a screenful at a time, and only when one of their columns is painted.
EXTRAS_PAGE_SIZE = 50
MAX_PAGES = 64
# From this many rows on, rows spread over the whole list are found in the background once per search
# and order (crm.list_positions.landmarks), so a jump anywhere skips at most LANDMARK_EVERY rows.
LANDMARK_MIN_ROWS = 100_000
LANDMARK_EVERY = 4096
# The search waits this long, so that it does not compete with the first paint of the list (on 100,000 contacts
# it takes ~80 ms of a start's ~0.2 s); a newer refresh meanwhile makes the waiting one stale.
LANDMARK_DELAY_MS = 400
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def _type_text(row: ContactRow) -> str:
    return (
        translate("ContactsModel", "Company")
        if row.type == ContactType.COMPANY
        else translate("ContactsModel", "Person")
    )


# (sort key, header, value)
COLUMNS: list[tuple[str, Callable[[], str], Callable[[ContactRow], str]]] = [
    ("no", lambda: translate("ContactsModel", "No."), lambda r: r.no),
    ("name", lambda: translate("ContactsModel", "Name"), lambda r: r.name),
    ("type", lambda: translate("ContactsModel", "Type"), _type_text),
    (
        "company_name",
        lambda: translate("ContactsModel", "Company"),
        lambda r: r.company_name if r.type == ContactType.PERSON else "",
    ),
    ("city", lambda: translate("ContactsModel", "City"), lambda r: r.city),
    ("post_code", lambda: translate("ContactsModel", "Post code"), lambda r: r.post_code),
    ("country_code", lambda: translate("ContactsModel", "Country/region"), lambda r: r.country_code),
    ("email", lambda: translate("ContactsModel", "E-mail"), lambda r: r.email),
    ("phone_no", lambda: translate("ContactsModel", "Phone"), lambda r: r.phone_no),
    ("salesperson_code", lambda: translate("ContactsModel", "Salesperson"), lambda r: r.salesperson_code),
    ("language_code", lambda: translate("ContactsModel", "Language"), lambda r: r.language_code),
]


# The extra columns' starting widths (numbers right-aligned and narrow, codes wider).
EXTRA_WIDTHS = [90 if extra.align_right else 140 for extra in EXTRA_COLUMNS]


class ContactsModel(QAbstractTableModel):
    """Knows the row count and keeps a few pages of rows; sorting and searching are SQL."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._sort = "name"
        self._descending = False
        self._count = 0
        self._classified: ClassFilter | None = None
        # What the extra columns need read with each page (a hidden group costs nothing).
        self._wanted: set[str] = {CLASSES, STATISTICS}
        self._pages: PageCache[ContactRow] = PageCache(self._fetch, PAGE_SIZE, MAX_PAGES)
        self._extras: PageCache[ContactExtras] = PageCache(self._fetch_extras, EXTRAS_PAGE_SIZE, MAX_PAGES * 4)
        # Rows read so far, by position: a far page is found from the nearest of them (crm.list_positions).
        # Made with the first read through the services: the first page of a start is read without them.
        self._positions: ListPositions | None = None
        self._generation = 0  # a search, sort or refresh since landmarks were asked for makes them stale
        self._searching: set[Any] = set()  # landmark searches still running (see _find_landmarks)
        self.landmarks_ready = False  # rows spread over the whole list are known (a long list, after a moment)

    def _services(self) -> Any:
        # Imported on first use: a start shows the first page (show_first) before the services are loaded.
        from contactdesk.crm import contacts as contact_service
        from contactdesk.crm.list_positions import ListPositions

        if self._positions is None:
            self._positions = ListPositions()
        return contact_service

    @property
    def query(self) -> str:
        """The current search text."""
        return self._query

    def refresh(self) -> None:
        """Re-read the count and drop cached pages (after a change or a new search)."""
        self.beginResetModel()
        self._pages.clear()
        self._extras.clear()
        if self._positions is not None:
            self._positions.clear()
        self._count = self._services().count_contacts(self._query, self._classified)
        self.endResetModel()
        self._find_landmarks()

    def show_first(self, count: int, rows: list[ContactRow]) -> None:
        """Show the unsearched list in its first order from rows read before the services were loaded."""
        self.beginResetModel()
        self._query = ""
        self._classified = None
        self._pages.clear()
        self._extras.clear()
        self._count = count
        self._pages.seed(0, rows)
        self.endResetModel()
        self._find_landmarks()

    def set_query(self, text: str, classified: ClassFilter | None = None) -> None:
        """Search in SQL (only contacts with a classification code, when given)."""
        self._query = text.strip()
        self._classified = classified if classified is not None and classified.code else None
        self.refresh()

    @property
    def classified(self) -> ClassFilter | None:
        """The classification filter in force (None: every contact)."""
        return self._classified

    def set_shown(self, columns: list[int]) -> None:
        """Which columns the view shows: codes and totals of hidden columns are not read."""
        groups = {extra.group for column, extra in enumerate(EXTRA_COLUMNS, len(COLUMNS)) if column in columns}
        if groups == self._wanted:
            return
        self._wanted = set(groups)
        self._extras.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1))

    def total(self) -> int:
        """How many contacts match."""
        return self._count

    def _fetch(self, offset: int, limit: int) -> list[ContactRow]:
        service = self._services()
        return service.list_contacts(  # type: ignore[no-any-return]
            self._query, self._sort, self._descending, offset, limit, self._count, self._positions, self._classified
        )

    def _fetch_extras(self, offset: int, limit: int) -> list[ContactExtras]:
        from contactdesk.crm.contact_list_extras import NONE, list_extras

        rows = [self.row_at(row) for row in range(offset, min(offset + limit, self._count))]
        extras = list_extras([row for row in rows if row is not None], self._wanted)
        return [extras.get(row.id, NONE) if row is not None else NONE for row in rows]

    def row_at(self, row: int) -> ContactRow | None:
        """The record shown on a row (loads its page if needed)."""
        return self._pages.get(row, self._count)

    def extras_at(self, row: int) -> ContactExtras | None:
        """A row's codes and statistics (loads its page if needed)."""
        return self._extras.get(row, self._count)

    def row_of_no(self, no: str) -> int:
        """The row showing contact `no` among the cached pages, or -1."""
        return self._pages.find(lambda row: row.no == no, self._count)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + len(EXTRA_COLUMNS)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # The role first: a view asks each cell for many roles (font, colours, alignment…) this model leaves alone.
        if role not in (DISPLAY_ROLE, ROW_ROLE, TOOLTIP_ROLE, TEXT_ALIGNMENT_ROLE):
            return None
        if not index.isValid() or not 0 <= index.column() < self.columnCount():
            return None
        if index.column() >= len(COLUMNS):
            return self._extra_data(index, role)
        if role == TEXT_ALIGNMENT_ROLE:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role == TOOLTIP_ROLE:
            if COLUMNS[index.column()][0] == "country_code" and row.country_code:
                from contactdesk.ui.country_names import country_name  # tooltips come after the first paint

                return country_name(row.country_code)
            return f"{row.no} · {row.name}" if index.column() <= 1 else None
        return COLUMNS[index.column()][2](row)

    def _extra_data(self, index: Index, role: int) -> Any:
        column = EXTRA_COLUMNS[index.column() - len(COLUMNS)]
        if role == TEXT_ALIGNMENT_ROLE:
            return ALIGN_RIGHT_VCENTER if column.align_right else None
        if role == ROW_ROLE:
            return self.row_at(index.row())
        if role != DISPLAY_ROLE:
            return None
        extras = self.extras_at(index.row())
        return column.value(extras) if extras is not None else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        from PySide6.QtCore import Qt

        if role != DISPLAY_ROLE:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return COLUMNS[section][1]()
            if len(COLUMNS) <= section < self.columnCount():
                return EXTRA_COLUMNS[section - len(COLUMNS)].header()
        return None

    def titles(self) -> list[str]:
        """The column titles, in column order (as headerData gives them)."""
        return [title() for _key, title, _value in COLUMNS] + [extra.header() for extra in EXTRA_COLUMNS]

    def column_keys(self) -> list[str]:
        """A stable name for each column (the settings remember hidden columns by it)."""
        return [key for key, _header, _value in COLUMNS] + [extra.key for extra in EXTRA_COLUMNS]

    def is_sortable(self, column: int) -> bool:
        """Whether the list can sort by a column (in SQL): the contact's own fields only."""
        return 0 <= column < len(COLUMNS)

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        from PySide6.QtCore import Qt

        if order is None:
            order = Qt.SortOrder.AscendingOrder
        if not self.is_sortable(column):
            return
        self.beginResetModel()
        self._sort = COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self._extras.clear()
        if self._positions is not None:
            self._positions.clear()
        self.endResetModel()
        self._find_landmarks()

    def _find_landmarks(self) -> None:
        """In a long list, find rows spread over it in the background, for fast jumps (crm.list_positions)."""
        self._generation += 1
        self.landmarks_ready = False
        if self._count < LANDMARK_MIN_ROWS:
            return
        generation = self._generation
        QTimer.singleShot(LANDMARK_DELAY_MS, self, lambda: self._search_landmarks(generation))

    def _search_landmarks(self, generation: int) -> None:
        if generation != self._generation:
            return  # a search, sort or refresh since: that one's own search follows
        from contactdesk.ui.worker import Worker

        query, sort, descending, classified = self._query, self._sort, self._descending, self._classified
        service = self._services()
        worker = Worker(lambda _report: service.contact_landmarks(query, sort, descending, LANDMARK_EVERY, classified))
        worker.signals.finished.connect(lambda found: self._take_landmarks(generation, found))
        # The pool does not own the runnable (no auto-delete): each one, also a stale search still running
        # after a quick second refresh, must stay referenced until it has ended, or Python frees it mid-run.
        self._searching.add(worker)
        for ended in (worker.signals.finished, worker.signals.failed, worker.signals.cancelled):
            ended.connect(lambda *_args: self._searching.discard(worker))
        worker.start()

    def _take_landmarks(self, generation: int, found: list[tuple[int, tuple[Any, ...]]]) -> None:
        # Too late when the search, order or rows changed meanwhile: their places are others now.
        if generation == self._generation and self._positions is not None:
            self._positions.add_landmarks(found)
            self.landmarks_ready = True
