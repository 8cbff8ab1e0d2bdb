"""The Logged Segments page: every logged segment, its entries below, and what can be done with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import logged_segments
from contactdesk.crm.changes import ANY_TABLE
from contactdesk.crm.interaction_log import EntryFilter, EntryRow
from contactdesk.crm.log_data import LoggedSegmentRow
from contactdesk.ui import keys, sizing
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.formatting import short_date
from contactdesk.ui.interactions.entries_model import EntriesModel
from contactdesk.ui.logged.logged_actions import LoggedActions
from contactdesk.ui.logged.texts import LoggingTexts
from contactdesk.ui.menu_button import TOOL_BUTTON_STYLE, add_more_button, menu_actions
from contactdesk.ui.models.column_model import Column, ColumnTableModel
from contactdesk.ui.pages.list_page import SortProxy, list_table, load_rows
from contactdesk.ui.pages.numbered_list import NumberedListPage
from contactdesk.ui.placeholders import fill
from contactdesk.ui.search_field import SearchField

translate = QCoreApplication.translate
NOTHING = "-"  # a logged segment number no series makes: the drill-down shows no entries
ENTRY_COLUMNS = [
    "entry_no",
    "date",
    "contact_no",
    "contact_name",
    "template",
    "description",
    "correspondence_type",
    "salesperson",
    "cost",
    "evaluation",
    "canceled",
]


def _date(row: LoggedSegmentRow) -> str:
    return short_date(row.date)


COLUMNS: list[Column[LoggedSegmentRow]] = [
    Column(lambda: translate("LoggedSegmentsPage", "No."), lambda r: r.no),
    Column(lambda: translate("LoggedSegmentsPage", "Segment No."), lambda r: r.segment_no),
    Column(lambda: translate("LoggedSegmentsPage", "Description"), lambda r: r.description),
    Column(lambda: translate("LoggedSegmentsPage", "Date"), lambda r: r.date, display=_date),
    Column(lambda: translate("LoggedSegmentsPage", "User"), lambda r: r.user_id),
    Column(lambda: translate("LoggedSegmentsPage", "No. of entries"), lambda r: r.entries, align_right=True),
    Column(
        lambda: translate("LoggedSegmentsPage", "Canceled"),
        lambda r: r.canceled,
        display=lambda r: translate("LoggedSegmentsPage", "Yes") if r.canceled else "",
    ),
    Column(lambda: translate("LoggedSegmentsPage", "Follow-up segment"), lambda r: r.follow_up_segment_no),
]


class LoggedSegmentsPage(NumberedListPage[LoggedSegmentRow]):
    """Logged segments above, the selected one's interaction log entries below."""

    row_type = LoggedSegmentRow

    actions_: LoggedActions  # made once the tables exist; their signals call it later

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_logged_segments")
        self.texts = LoggingTexts(self)
        self.model: ColumnTableModel[LoggedSegmentRow] = ColumnTableModel(COLUMNS, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = list_table("loggedSegmentsTable", self.tr("Logged segments"), self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self.selection_changed())
        self.entries = EntriesModel(ENTRY_COLUMNS, self)
        self.entries.set_filter(EntryFilter(logged_segment_no=NOTHING))
        self.entry_table = list_table("loggedEntriesTable", self.tr("Entries of the logged segment"), self)
        self.entry_table.setModel(self.entries)
        self.entry_table.setSortingEnabled(True)
        self.entry_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.entry_table.selectionModel().currentRowChanged.connect(lambda *_args: self.actions_.update_enabled())
        self.entry_table.doubleClicked.connect(lambda _index: self.actions_.open_letter())
        self.entries_title = QLabel(self)
        self.entries_title.setObjectName("loggedEntriesTitle")
        self.entries_title.setStyleSheet("font-weight: bold;")
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.entries_title)
        lower_layout.addWidget(self.entry_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("loggedSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([320, 320])
        self.stack = EmptyState(splitter, self.model, "loggedSegmentsEmpty", self)
        self.empty = self.stack.panel
        self.stack.set_empty(
            self.tr("No logged segments yet"),
            self.tr(
                "Logging a segment records its interactions. Open a segment on the Segments page and choose "
                "Log…; it then appears here with its entries."
            ),
        )
        self.search = SearchField(
            "loggedSearch", self.tr("Search logged segments"), self.tr("Search by number or description"), self
        )
        self.search.searched.connect(lambda _text: self.refresh())
        self.stack.set_clear(self.search.clear_search)
        self.search.setMaximumWidth(260)
        sizing.fit_placeholder(self.search)
        self.toolbar = QToolBar(self.tr("Logged segment actions"), self)
        self.toolbar.setObjectName("loggedToolbar")
        self.toolbar.setToolButtonStyle(TOOL_BUTTON_STYLE)
        self.more_actions: list[QAction | None] = []
        self.actions_ = LoggedActions(self)
        self.more_button = add_more_button(self.toolbar, self.more_actions, "loggedMore")
        for action in menu_actions(self.toolbar):
            keys.name_shortcut_in_tip(action)
        keys.bind_row_keys(self.entry_table, self.actions_.open_letter)
        keys.bind_row_keys(self.table, self.show_entries, self.actions_.cancel_selected)
        # The search has a row of its own: beside the toolbar it would push actions behind the window's edge.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search)
        search_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(search_row)
        layout.addWidget(self.stack)

    def add_action(self, name: str, text: str, slot: object, tip: str = "", more: bool = False) -> QAction:
        """An action in the toolbar above the list, or (more=True) in its More menu."""
        action = QAction(text, self)
        action.setObjectName(name)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        if more:
            self.more_actions.append(action)
        else:
            self.toolbar.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("Logged segments")

    def others_changed(self, tables: set[str]) -> None:
        """Someone else changed the list: re-read it, keeping the scroll position and the selection."""
        if not tables & {"logged_segment", ANY_TABLE}:
            return
        bar = self.table.verticalScrollBar()
        position = bar.value()
        self.refresh()
        bar.setValue(position)

    def refresh(self) -> None:
        """Re-read the list, keeping the selection."""
        self.search.cancel_pending()
        selected = self.current_no()
        self.actions_.follow_role()
        rows = load_rows(self, self.table, self.model, lambda: logged_segments.list_logged_segments(self.search.text()))
        query = self.search.query()
        self.stack.set_filtered(fill(self.tr("No logged segment matches \u201c%1\u201d."), query) if query else "")
        if rows:
            self.select_no(selected or rows[0].no)
        self.selection_changed()
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        return self.texts.logged_segments(self.model.rowCount())

    def current_entry(self) -> EntryRow | None:
        """The selected entry of the drill-down."""
        index = self.entry_table.currentIndex()
        return self.entries.row_at(index.row()) if index.isValid() else None

    def show_entries(self) -> None:
        """Enter on a logged segment: go to its entries, the first one selected."""
        if self.current() is None or self.entries.rowCount() == 0:
            return
        self.entry_table.setFocus()
        if not self.entry_table.currentIndex().isValid():
            self.entry_table.setCurrentIndex(self.entries.index(0, 0))
            self.entry_table.selectRow(0)

    def selection_changed(self) -> None:
        """Show the selected logged segment's entries and update the actions."""
        row = self.current()
        self.entries.set_filter(EntryFilter(logged_segment_no=row.no if row else NOTHING))
        self.entry_table.resizeColumnsToContents()
        sizing.fit_headers(self.entry_table)
        self.entries_title.setText(
            fill(self.tr("Entries of %1: %2"), row.no, self.texts.entries(self.entries.total()))
            if row
            else self.tr("Select a logged segment to see its entries.")
        )
        self.actions_.update_enabled()
