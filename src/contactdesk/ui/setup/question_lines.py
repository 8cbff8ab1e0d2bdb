"""A questionnaire's lines in order: questions and their answers, added, typed, moved and removed by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.profiles import QuestionLine

LINE_ROLE = Qt.ItemDataRole.UserRole
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class QuestionLinesEditor(QWidget):
    """Column 0 says Question or Answer, column 1 holds the text (F2 or typing edits it), column 2 ticks
    "several answers" on a question."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionLines")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("questionLinesTable")
        self.table.setAccessibleName(self.tr("Questions and answers"))
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Text"), self.tr("Several answers")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 12)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_question_button = self._button("questionLinesAddQuestion", self.tr("Add &question"), self.add_question)
        self.add_answer_button = self._button("questionLinesAddAnswer", self.tr("Add &answer"), self.add_answer)
        self.remove_button = self._button("questionLinesRemove", self.tr("&Remove"), self.remove_line)
        self.up_button = self._button("questionLinesUp", self.tr("Move &up"), lambda: self.move_line(-1))
        self.down_button = self._button("questionLinesDown", self.tr("Move do&wn"), lambda: self.move_line(1))
        self.add_question_button.setToolTip(self.tr("Add a question (Ctrl+Insert)"))
        self.add_answer_button.setToolTip(self.tr("Add an answer to the question above (Insert)"))
        self.remove_button.setToolTip(self.tr("Remove the selected line (Delete)"))
        for key, slot in (
            ("Ctrl+Ins", self.add_question),
            ("Ins", self.add_answer),
            ("Del", self.remove_line),
            ("Ctrl+Up", lambda: self.move_line(-1)),
            ("Ctrl+Down", lambda: self.move_line(1)),
        ):
            action = QAction(self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.table.addAction(action)
        self.table.currentCellChanged.connect(lambda *_args: self._update_buttons())
        buttons = QVBoxLayout()
        for button in (
            self.add_question_button,
            self.add_answer_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def set_lines(self, lines: tuple[QuestionLine, ...]) -> None:
        """Show saved lines."""
        self.table.setRowCount(0)
        for line in lines:
            self._insert(self.table.rowCount(), line)
        self._update_buttons()

    def _insert(self, row: int, line: QuestionLine) -> None:
        self.table.blockSignals(True)
        self.table.insertRow(row)
        kind = QTableWidgetItem(self.tr("Question") if line.is_question else "    " + self.tr("Answer"))
        kind.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        kind.setData(LINE_ROLE, line.line_no)
        kind.setData(QUESTION_ROLE, line.is_question)
        text = QTableWidgetItem(line.description)
        several = QTableWidgetItem()
        several.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if line.is_question:
            several.setFlags(several.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            several.setCheckState(Qt.CheckState.Checked if line.multiple_answers else Qt.CheckState.Unchecked)
        for column, item in enumerate((kind, text, several)):
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled when its row is inserted
        return item

    def lines(self) -> tuple[QuestionLine, ...]:
        """The lines in order, each with the number it had when saved (0 for new ones)."""
        found = []
        for row in range(self.table.rowCount()):
            kind, text, several = (self._item(row, column) for column in range(3))
            question = bool(kind.data(QUESTION_ROLE))
            found.append(
                QuestionLine(
                    question,
                    text.text(),
                    question and several.checkState() == Qt.CheckState.Checked,
                    int(kind.data(LINE_ROLE) or 0),
                )
            )
        return tuple(found)

    def _add(self, question: bool) -> None:
        current = self.table.currentRow()
        row = self.table.rowCount() if question or current < 0 else current + 1
        if question and current >= 0:
            # A new question goes after the current question's last answer.
            row = current + 1
            while row < self.table.rowCount() and not self._item(row, 0).data(QUESTION_ROLE):
                row += 1
        self._insert(row, QuestionLine(question, ""))
        self.table.setCurrentCell(row, 1)
        self.table.setFocus()
        self.table.editItem(self._item(row, 1))
        self._update_buttons()
        self.changed.emit()

    def add_question(self) -> None:
        """A new question after the current one's answers (or at the end)."""
        self._add(True)

    def add_answer(self) -> None:
        """A new answer below the current line."""
        self._add(False)

    def remove_line(self) -> None:
        """Remove the current line (its contacts' answers go when the questionnaire is saved)."""
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 1)
        self._update_buttons()
        self.changed.emit()

    def move_line(self, step: int) -> None:
        """Move the current line up or down one place."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        items = [self.table.takeItem(row, column) for column in range(3)]
        self.table.removeRow(row)
        self.table.insertRow(target)
        for column, item in enumerate(items):
            self.table.setItem(target, column, item)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, 1)
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        has = 0 <= row < self.table.rowCount()
        self.add_answer_button.setEnabled(self.table.rowCount() > 0)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.table.rowCount() - 1)
