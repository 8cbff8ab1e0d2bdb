"""The Segment lines table: rows come page by page from SQL; edits go through setData to the line service.

A model never opens a dialog: a refused edit is reported through the `problem` signal and the
worksheet shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from contactdesk.crm import criteria, segment_lines, templates
from contactdesk.crm.criteria import ActionInfo
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.segment_data import SegmentLineRow
from contactdesk.ui.formatting import amount, short_date
from contactdesk.ui.models.item_roles import ROW_ROLE
from contactdesk.ui.models.page_cache import PageCache
from contactdesk.ui.segments.texts import why_text
from contactdesk.ui.setup import enum_texts

PAGE_SIZE = 200
MAX_PAGES = 32
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


@dataclass(frozen=True)
class LineColumn:
    """One column: its header, its display text, and the line field it edits (if any)."""

    key: str
    header: Callable[[], str]
    text: Callable[[SegmentLineRow], str]
    edit: str = ""
    right: bool = False


def _date(row: SegmentLineRow) -> str:
    return short_date(row.date)


COLUMNS = [
    LineColumn("line_no", lambda: translate("SegmentLinesModel", "Line no."), lambda r: str(r.line_no), right=True),
    LineColumn("contact_no", lambda: translate("SegmentLinesModel", "Contact no."), lambda r: r.contact_no),
    LineColumn("contact_name", lambda: translate("SegmentLinesModel", "Name"), lambda r: r.contact_name),
    LineColumn(
        "company_name",
        lambda: translate("SegmentLinesModel", "Company"),
        lambda r: r.company_name if r.contact_type else "",
    ),
    LineColumn(
        "template_code",
        lambda: translate("SegmentLinesModel", "Interaction template"),
        lambda r: r.template_code,
        edit="template_code",
    ),
    LineColumn(
        "description",
        lambda: translate("SegmentLinesModel", "Description"),
        lambda r: r.description,
        edit="description",
    ),
    LineColumn(
        "correspondence_type",
        lambda: translate("SegmentLinesModel", "Correspondence type"),
        lambda r: enum_texts.text_of(enum_texts.correspondence_types(), int(r.correspondence_type)),
        edit="correspondence_type",
    ),
    LineColumn(
        "language_code",
        lambda: translate("SegmentLinesModel", "Language"),
        lambda r: r.language_code,
        edit="language_code",
    ),
    LineColumn(
        "letter",
        lambda: translate("SegmentLinesModel", "Letter"),
        lambda r: translate("SegmentLinesModel", "Own letter") if r.own_letter else "",
    ),
    LineColumn("subject", lambda: translate("SegmentLinesModel", "Subject"), lambda r: r.subject, edit="subject"),
    LineColumn(
        "comment",
        lambda: translate("SegmentLinesModel", "Personal comment"),
        lambda r: r.comment.replace("\n", " ⏎ "),
        edit="comment",
    ),
    LineColumn("why", lambda: translate("SegmentLinesModel", "Why is this contact here"), lambda r: ""),
    LineColumn("salesperson_code", lambda: translate("SegmentLinesModel", "Salesperson"), lambda r: r.salesperson_code),
    LineColumn("date", lambda: translate("SegmentLinesModel", "Date"), _date),
    LineColumn(
        "cost",
        lambda: translate("SegmentLinesModel", "Cost"),
        lambda r: amount(r.cost),
        right=True,
    ),
]
WHY = next(number for number, column in enumerate(COLUMNS) if column.key == "why")


# Line fields whose change points the line at another document (and so discards its own letter).
REPOINTING = ("template_code", "language_code")


class SegmentLinesModel(QAbstractTableModel):
    """Lines of one segment; `version` is the segment version every edit is checked against."""

    problem = Signal(object)
    line_saved = Signal(int)

    def __init__(self, segment_no: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.segment_no = segment_no
        self.version: int | None = None
        self.header_template = ""
        self.header_languages: tuple[str, ...] = ()
        self._count = 0
        self._pages: PageCache[SegmentLineRow] = PageCache(self._fetch, PAGE_SIZE, MAX_PAGES)
        self._actions: dict[int, ActionInfo] = {}
        # Asked before an edit that would discard a line's own letter (the worksheet asks; no answer = No).
        self.confirm_discard: Callable[[SegmentLineRow, str], bool] | None = None

    def refresh(self) -> None:
        """Re-read the count and the criteria actions; pages load again when shown."""
        self.beginResetModel()
        self._pages.clear()
        self._count = segment_lines.count_lines(self.segment_no)
        self._actions = {info.no: info for info in criteria.list_actions(self.segment_no)}
        self.endResetModel()

    def total(self) -> int:
        """How many lines the segment has."""
        return self._count

    def _fetch(self, offset: int, limit: int) -> list[SegmentLineRow]:
        return segment_lines.list_lines(self.segment_no, offset, limit)

    def row_at(self, row: int) -> SegmentLineRow | None:
        """The line on a row (loads its page if needed)."""
        return self._pages.get(row, self._count)

    def why(self, row: SegmentLineRow) -> str:
        """The reason a line is on the segment."""
        return why_text(self._actions.get(row.source_action_no))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column.right else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if index.column() == WHY:
            return self.why(row)
        if role == Qt.ItemDataRole.EditRole and column.edit:
            value = getattr(row, column.edit)
            return int(value) if column.edit == "correspondence_type" else value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "letter" and row.own_letter:
                return translate(
                    "SegmentLinesModel", "This line has its own edited letter: it is delivered as it is, not merged."
                )
            return row.comment if column.key == "comment" and row.comment else None
        return column.text(row)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section].header() if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if COLUMNS[index.column()].edit else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = COLUMNS[index.column()].edit
        row = self.row_at(index.row())
        if not field or row is None:
            return False
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return True
        discard = row.own_letter and field in REPOINTING
        if discard and (self.confirm_discard is None or not self.confirm_discard(row, field)):
            return False
        try:
            saved, self.version = segment_lines.update_line(
                self.segment_no, row.line_no, field, value, self.version, row.version, discard_own_letter=discard
            )
        except (DomainError, StoreError) as problem:
            self.problem.emit(problem)
            return False
        self._pages.put(index.row(), saved)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.line_saved.emit(saved.line_no)
        return True

    def choices(self, index: Index) -> list[tuple[object, str]] | None:
        """The values an editable cell offers as a list (None: free text)."""
        field = COLUMNS[index.column()].edit if index.isValid() else ""
        if field == "template_code":
            offered: list[tuple[object, str]] = [("", "")]
            return offered + [(t.code, f"{t.code} – {t.description}") for t in templates.list_templates()]
        if field == "correspondence_type":
            return [(int(value), text) for value, text in enum_texts.correspondence_types()]
        if field == "language_code":
            row = self.row_at(index.row())
            if row is None or not row.template_code:
                return []
            if row.template_code == self.header_template:
                codes = list(self.header_languages)
            else:
                codes = [language.language_code for language in templates.list_template_languages(row.template_code)]
            return [(code, code or translate("SegmentLinesModel", "(no language)")) for code in codes]
        return None

    def line_numbers(self, rows: list[int]) -> list[int]:
        """Line numbers of the given rows."""
        found = (self.row_at(row) for row in sorted(set(rows)))
        return [line.line_no for line in found if line is not None]
