"""The card's Profiles tab: each questionnaire for the contact's type, its questions, and the answers to tick."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from contactdesk.crm import profiles
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.profiles import Questionnaire
from contactdesk.ui import errors, theme

CODE_ROLE = Qt.ItemDataRole.UserRole
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
MULTIPLE_ROLE = Qt.ItemDataRole.UserRole + 2


class ProfilesTab(QWidget):
    """Answers are ticked with Space (one per question unless it takes several); saved with the card."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactProfiles")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("contactProfilesTree")
        self.tree.setAccessibleName(self.tr("Profile questionnaires"))
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.itemChanged.connect(self._item_changed)
        self.empty = QLabel(self)
        self.empty.setObjectName("contactProfilesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(theme.text_style(theme.Role.MUTED))
        self.empty.setText(
            self.tr(
                "No profile questionnaires for this type of contact yet. An administrator sets them up "
                "under Setup → Codes → Profile questionnaires."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignTop)
        self.contact_type = -1
        self._shown: list[str] = []
        self._answer_items: list[QTreeWidgetItem] = []
        self._answered: dict[str, set[int]] = {}
        self._cleared: set[str] = set()
        self._filling = False

    def load(self, contact_type: int, answers: dict[str, set[int]]) -> None:
        """Show the questionnaires of this contact type with the saved answers ticked."""
        self._answered = {code: set(lines) for code, lines in answers.items()}
        self._cleared = set()
        self.show_type(contact_type)

    def show_type(self, contact_type: int) -> None:
        """Rebuild for a (changed) contact type; answers to questionnaires that no longer apply are dropped."""
        if self._shown:
            self._answered = self.answers_by_code()
        self.contact_type = int(contact_type)
        try:
            shown = profiles.questionnaires_for(contact_type)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            shown = []
        codes = {questionnaire.code for questionnaire in shown}
        self._cleared |= {code for code in self._answered if code not in codes}
        self._filling = True
        self.tree.clear()
        self._shown = [questionnaire.code for questionnaire in shown]
        self._answer_items = []
        for questionnaire in shown:
            self._add(questionnaire, self._answered.get(questionnaire.code, set()))
        self.tree.expandAll()
        self._filling = False
        self.empty.setVisible(not shown)
        self.tree.setVisible(bool(shown))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _add(self, questionnaire: Questionnaire, ticked: set[int]) -> None:
        top = QTreeWidgetItem(self.tree, [f"{questionnaire.code} – {questionnaire.description}"])
        font = QFont(top.font(0))
        font.setBold(True)
        top.setFont(0, font)
        top.setData(0, CODE_ROLE, questionnaire.code)
        # Every item answers the line role (-1: not an answer): PySide6 6.12 on Python 3.11 leaks on empty values.
        top.setData(0, LINE_ROLE, -1)
        for question, answers in questionnaire.questions():
            asked = QTreeWidgetItem(top, [question.description])
            asked.setData(0, MULTIPLE_ROLE, question.multiple_answers)
            asked.setData(0, LINE_ROLE, -1)
            if question.multiple_answers:
                asked.setToolTip(0, self.tr("Several answers may be ticked"))
            for answer in answers:
                item = QTreeWidgetItem(asked, [answer.description])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(0, CODE_ROLE, questionnaire.code)
                item.setData(0, LINE_ROLE, answer.line_no)
                checked = answer.line_no in ticked
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self._answer_items.append(item)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._filling or int(item.data(0, LINE_ROLE)) < 0:
            return
        question = item.parent()
        if item.checkState(0) == Qt.CheckState.Checked and question is not None and not question.data(0, MULTIPLE_ROLE):
            # One answer per question unless it takes several: ticking one unticks the others.
            self._filling = True
            for row in range(question.childCount()):
                other = question.child(row)
                if other is not None and other is not item:
                    other.setCheckState(0, Qt.CheckState.Unchecked)
            self._filling = False
        self.changed.emit()

    def answers_by_code(self) -> dict[str, set[int]]:
        """The ticked answer lines by questionnaire code (every questionnaire shown, ticked or not)."""
        found: dict[str, set[int]] = {code: set() for code in self._shown}
        for item in self._answer_items:
            if item.checkState(0) == Qt.CheckState.Checked:
                found[str(item.data(0, CODE_ROLE))].add(int(item.data(0, LINE_ROLE)))
        return found

    def answers(self) -> dict[str, list[int]]:
        """What to save: the answers shown, and none for questionnaires that stopped applying."""
        saved = {code: sorted(lines) for code, lines in self.answers_by_code().items()}
        return {**{code: [] for code in self._cleared}, **saved}

    def answer_summary(self) -> str:
        """The ticked answers as one line, for a glance."""
        return ", ".join(item.text(0) for item in self._answer_items if item.checkState(0) == Qt.CheckState.Checked)
