"""The Segments page: every unlogged segment, searched as you type; new, open and delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import segments
from contactdesk.crm.changes import ANY_TABLE
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.overview import SegmentSummary
from contactdesk.ui import errors, keys, messages, sizing
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.formatting import short_date
from contactdesk.ui.models.column_model import Column, ColumnTableModel
from contactdesk.ui.pages.base import Page
from contactdesk.ui.pages.list_page import SortProxy, current_row
from contactdesk.ui.placeholders import fill
from contactdesk.ui.search_field import SearchField
from contactdesk.ui.segments.texts import TEXTS
from contactdesk.ui.segments.worksheet import SegmentWorksheet

translate = QCoreApplication.translate


def _date(row: SegmentSummary) -> str:
    return short_date(row.date)


COLUMNS: list[Column[SegmentSummary]] = [
    Column(lambda: translate("SegmentsPage", "No."), lambda r: r.no),
    Column(lambda: translate("SegmentsPage", "Description"), lambda r: r.description),
    Column(lambda: translate("SegmentsPage", "Salesperson"), lambda r: r.salesperson_code),
    Column(lambda: translate("SegmentsPage", "Date"), lambda r: r.date, display=_date),
    Column(lambda: translate("SegmentsPage", "Interaction template"), lambda r: r.template_code),
    Column(lambda: translate("SegmentsPage", "Lines"), lambda r: r.lines, align_right=True),
]


class SegmentsPage(Page):
    """Lists segments; a worksheet window opens per segment (one at a time each)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_segments")
        self.worksheets: dict[str, SegmentWorksheet] = {}
        self.model: ColumnTableModel[SegmentSummary] = ColumnTableModel(COLUMNS, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = SearchField(
            "segmentSearch", self.tr("Search segments"), self.tr("Search by number or description"), self
        )
        self.search.searched.connect(lambda _text: self.refresh())
        self.table = QTableView(self)
        self.table.setObjectName("segmentsTable")
        self.table.setAccessibleName(self.tr("Segments"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_segment())
        self.stack = EmptyState(self.table, self.model, "segmentsEmpty", self)
        self.empty = self.stack.panel
        self.stack.set_empty(
            self.tr("No segments yet"),
            self.tr(
                "A segment groups the contacts that get the same interaction, such as a letter. "
                "Make one, then add its contacts by criteria or by hand."
            ),
        )
        self.empty_new_button = self.stack.add_action("segmentsEmptyNew", self.tr("New segment"), self.new_segment)
        self.stack.set_clear(lambda: self.search.clear_search())
        buttons = QHBoxLayout()
        self.new_button = self._button(buttons, "segmentNew", self.tr("&New segment"), self.new_segment)
        self.open_button = self._button(buttons, "segmentOpen", self.tr("&Open"), self.open_segment)
        self.delete_button = self._button(buttons, "segmentDelete", self.tr("&Delete…"), self.delete_segment)
        buttons.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.stack)
        keys.bind_row_keys(self.table, self.open_segment, self.delete_segment)

    def _button(self, row: QHBoxLayout, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        row.addWidget(button)
        return button

    def title(self) -> str:
        return self.tr("Segments")

    def others_changed(self, tables: set[str]) -> None:
        """Someone else changed the list: re-read it, keeping the scroll position and the selection."""
        if not tables & {"segment", "segment_line", ANY_TABLE}:
            return
        bar = self.table.verticalScrollBar()
        position = bar.value()
        self.refresh()
        bar.setValue(position)

    def refresh(self) -> None:
        """Re-read the list, keeping the selection."""
        self.search.cancel_pending()
        selected = self.current_no()
        rows = segments.list_segments(self.search.text())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        sizing.fit_headers(self.table)
        query = self.search.query()
        self.stack.set_filtered(fill(self.tr("No segment matches “%1”."), query) if query else "")
        if selected:
            self.select_no(selected)
        has_row = bool(rows)
        self.open_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        return TEXTS.segments(self.model.rowCount())

    def current_no(self) -> str:
        """The selected segment's number ('' when none)."""
        row = current_row(self.table)
        return row.no if isinstance(row, SegmentSummary) else ""

    def select_no(self, no: str) -> None:
        """Select a segment in the list."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data() == no:
                self.table.selectRow(row)
                return

    def new_segment(self) -> None:
        """Number a new segment from the series and open its worksheet."""
        try:
            no = segments.create_segment()
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, self.tr("New segment"))
            return
        self.refresh()
        self.select_no(no)
        self.open_segment(no)

    def open_segment(self, no: str = "") -> SegmentWorksheet | None:
        """Open (or bring forward) a segment's worksheet."""
        no = no or self.current_no()
        if not no:
            return None
        sheet = self.worksheets.get(no)
        if sheet is None:
            try:
                sheet = SegmentWorksheet(no, self.window())
            except (DomainError, StoreError) as problem:
                errors.show_error(self, problem)
                self.refresh()
                return None
            sheet.changed.connect(lambda _no: self.refresh())
            sheet.finished.connect(lambda _result, n=no: self._closed(n))
            self.worksheets[no] = sheet
        if not sheet.isVisible():
            sheet.show()
        elif QGuiApplication.platformName() not in ("offscreen", "minimal"):
            # Bring the open window forward (platforms without windows would only warn).
            sheet.raise_()
            sheet.activateWindow()
        return sheet

    def _closed(self, no: str) -> None:
        sheet = self.worksheets.pop(no, None)
        if sheet is not None:
            sheet.deleteLater()
        self.refresh()

    def delete_segment(self) -> None:
        """Delete the selected segment (its lines, criteria and history) after asking."""
        no = self.current_no()
        if not no or not messages.confirm(
            self,
            self.tr("Delete segment"),
            fill(self.tr("Delete segment %1 with all its lines and criteria? This cannot be undone."), no),
        ):
            return
        sheet = self.worksheets.pop(no, None)
        if sheet is not None:
            sheet.close()
        try:
            segments.delete_segment(no)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, self.tr("Delete segment"))
        self.refresh()
