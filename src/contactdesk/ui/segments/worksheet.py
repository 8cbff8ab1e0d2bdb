"""The Segment worksheet: the header (what the interaction will be) above the lines (who gets it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import segments
from contactdesk.crm.errors import ConcurrentEditError, DomainError, StoreError
from contactdesk.ui import errors, icons, keys, messages, sizing
from contactdesk.ui.conflict import show_own_values, snapshot
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.menu_button import TOOL_BUTTON_STYLE, add_more_button, menu_actions
from contactdesk.ui.placeholders import fill
from contactdesk.ui.segments.header_form import SegmentHeaderForm
from contactdesk.ui.segments.line_delegate import LineDelegate
from contactdesk.ui.segments.lines_model import COLUMNS, SegmentLinesModel
from contactdesk.ui.segments.own_letter_questions import OwnLetterQuestions
from contactdesk.ui.segments.texts import TEXTS
from contactdesk.ui.segments.worksheet_actions import WorksheetActions

translate = QCoreApplication.translate
WIDTHS = {
    "line_no": 64,
    "contact_no": 86,
    "contact_name": 160,
    "company_name": 160,
    "template_code": 140,
    "description": 170,
    "correspondence_type": 150,
    "language_code": 80,
    "letter": 90,
    "subject": 110,
    "comment": 150,
    "why": 300,
    "salesperson_code": 90,
    "date": 90,
    "cost": 70,
}


class SegmentWorksheet(QDialog):
    """One segment, edited in place: every change is saved at once and checked against the version."""

    changed = Signal(str)

    def __init__(self, no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentWorksheet")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.no = no
        self.header = segments.get_segment(no)
        self.resize(1280, 800)
        self.form = SegmentHeaderForm(self)
        self.form.changed.connect(self.change_header)
        self.form.conflict.reload_requested.connect(self.reload_after_conflict)
        self.model = SegmentLinesModel(no, self)
        self.model.problem.connect(self._line_refused)
        self.own_letters = OwnLetterQuestions(no, self)
        self.model.confirm_discard = self.own_letters.confirm_line
        self.model.line_saved.connect(lambda _line: self.reload(lines=False))
        self.table = QTableView(self)
        self.table.setObjectName("segmentLinesTable")
        self.table.setAccessibleName(self.tr("Segment lines"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(LineDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        rows.hide()
        columns = self.table.horizontalHeader()
        columns.setStretchLastSection(False)
        for number, column in enumerate(COLUMNS):
            columns.resizeSection(number, WIDTHS.get(column.key, 120))
        sizing.fit_headers(self.table)
        self.status = QLabel(self)
        self.status.setObjectName("segmentStatus")
        self._last_status = ""
        self.actions_ = WorksheetActions(self)
        self.toolbar = QToolBar(self.tr("Segment actions"), self)
        self.toolbar.setObjectName("segmentToolbar")
        self.toolbar.setToolButtonStyle(TOOL_BUTTON_STYLE)
        for action in self.actions_.main():
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
                self.addAction(action)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)
        from contactdesk.ui.merge import start_merge  # light; the merge engine loads on first use

        self.merge_action = QAction(self.tr("Merge…"), self)
        self.merge_action.setObjectName("actionSegmentMerge")
        self.merge_action.setShortcut(QKeySequence("Ctrl+M"))
        self.merge_action.setToolTip(self.tr("Write a Word letter for every line, after a check and a preview"))
        self.merge_action.triggered.connect(lambda _checked=False: start_merge(self, self.no))
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.merge_action)
        self.addAction(self.merge_action)
        from contactdesk.ui.logged.log_dialog import add_log_action  # Log… (issue 5): dialog, checks, worker

        self.log_action = add_log_action(self)
        self.toolbar.addSeparator()
        self.more_button = add_more_button(self.toolbar, self.actions_.more(), "segmentMore")
        for action in menu_actions(self.toolbar):
            keys.name_shortcut_in_tip(action)
        icons.decorate(self)
        lines_label = QLabel(self.tr("Segment lines"), self)
        lines_label.setObjectName("segmentLinesTitle")
        lines_label.setStyleSheet("font-weight: bold;")
        self.lines_state = EmptyState(self.table, self.model, "segmentLinesEmpty", self)
        self.lines_state.set_empty(
            self.tr("This segment has no lines yet"),
            self.tr(
                "Each line is a contact who gets the interaction. Add contacts by criteria (for example a "
                "mailing group or a city), or add a contact by hand."
            ),
        )
        self.lines_state.add_action("segmentLinesEmptyAdd", self.tr("Add contacts…"), self.actions_.add.trigger)
        self.lines_state.add_action("segmentLinesEmptyByHand", self.tr("Add a contact…"), self.actions_.by_hand.trigger)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.form)
        layout.addWidget(lines_label)
        layout.addWidget(self.lines_state, 1)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.actions_.update_enabled())
        self.reload()

    @property
    def version(self) -> int:
        """The segment version this window last saw; every change is checked against it."""
        return self.header.version

    def reload(self, lines: bool = True) -> None:
        """Re-read the header (and the lines) from the database."""
        try:
            self.header = segments.get_segment(self.no)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            self.close()
            return
        self.setWindowTitle(
            fill(self.tr("Segment %1 – %2"), self.header.no, self.header.description or self.tr("(no description)"))
        )
        self.form.load(self.header)
        self.model.version = self.header.version
        self.model.header_template = self.header.template_code
        self.model.header_languages = self.header.languages
        if lines:
            self.model.refresh()
        self.actions_.update_enabled()
        self.show_status(self._last_status)
        self.changed.emit(self.no)

    def show_status(self, text: str) -> None:
        """A line under the table: the line count and what the last action did."""
        self._last_status = text
        self.status.setText(" · ".join(part for part in (self.line_count_text(), text) if part))

    def _ask(self, field: str, old: object, new: object) -> bool:
        """The header→lines question of spec §2.2 (default answer Yes)."""
        title = self.tr("Update segment lines")
        if field == "template_code":
            text = self.tr(
                "Apply template %1 to all segment lines? Every value that comes from the template is "
                "recalculated on them."
            )
        elif field == "subject":
            text = self.tr('You changed the subject to "%1". Update the segment lines that still have the old subject?')
        elif field == "language_code":
            text = self.tr(
                "You changed the default language to %1. Update the segment lines that use the default language?"
            )
        else:
            text = self.tr(
                "You changed %3. Update the segment lines with interaction template %2 that still have the old value?"
            )
        label = errors.field_label(field)
        text = fill(text, str(new or ""), self.header.template_code or self.tr("(none)"), label)
        note = self.own_letters.header_note(field)
        # Discarding edited letters is the answer that loses work: then No is the default.
        return messages.confirm(self, title, f"{text}\n\n{note}" if note else text, default_yes=not note)

    def change_header(self, field: str, value: object) -> None:
        """Save one header field, asking about the lines first; refused values are explained."""
        try:
            # The question (_ask) named the own letters a Yes discards.
            self.header = segments.update_header(
                self.no, {field: value}, self.version, ask=self._ask, discard_own_letters=True
            )
        except ConcurrentEditError as problem:
            # The form keeps what the user typed; Reload shows the newer header with it beside.
            self.form.conflict.show_conflict(problem)
            return
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
        self.reload()

    def reload_after_conflict(self) -> None:
        """Reload chosen on the header's conflict bar: the newer values, the user's own ones as hints."""
        mine = snapshot(self.form.fields)
        self.form.conflict.hide()
        self.reload()
        show_own_values(self.form.fields, mine)

    def _line_refused(self, problem: object) -> None:
        if isinstance(problem, BaseException):
            errors.show_error(self, problem)
        if isinstance(problem, ConcurrentEditError):
            self.reload()

    def selected_rows(self) -> list[int]:
        """Rows of the selected lines."""
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def line_count_text(self) -> str:
        """ "12 lines"."""
        return TEXTS.lines(self.header.lines)
