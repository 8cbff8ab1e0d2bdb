"""Setup → Codes: interaction groups, the contact classification codes and the profile questionnaires, one list each."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from contactdesk.crm.codes import KINDS
from contactdesk.ui.setup.code_table_tab import CodeTableTab
from contactdesk.ui.setup.list_tab import ListTab
from contactdesk.ui.setup.questionnaires_tab import QuestionnairesTab
from contactdesk.ui.setup.setup_tab import SetupTab


class CodesTab(SetupTab):
    """A list of code kinds on the left, the chosen kind's table on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupCodes")
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("setupCodeKinds")
        self.kinds.setAccessibleName(self.tr("Code tables"))
        self.kinds.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.tables: dict[str, CodeTableTab] = {kind: CodeTableTab(kind, self) for kind in KINDS}
        # Questionnaires sit with the other classification tables: the Setup page has no room for another tab.
        self.questionnaires = QuestionnairesTab(self)
        self.pages: list[ListTab] = [*self.tables.values(), self.questionnaires]  # type: ignore[type-arg]
        for table in self.pages:
            table.body.setContentsMargins(0, 0, 0, 0)
            table.status_changed.connect(self._table_status)
            self.stack.addWidget(table)
            self.kinds.addItem(table.title())
        self.kinds.setFixedWidth(self.kinds.sizeHintForColumn(0) + 32)
        self.kinds.currentRowChanged.connect(self.show_kind_at)
        layout = QHBoxLayout(self)
        layout.addWidget(self.kinds)
        layout.addWidget(self.stack, 1)
        self.kinds.setCurrentRow(0)

    def title(self) -> str:
        return self.tr("Codes")

    def current_table(self) -> ListTab:  # type: ignore[type-arg]
        """The table on screen."""
        widget = self.stack.currentWidget()
        assert isinstance(widget, ListTab)
        return widget

    def show_kind(self, kind: str) -> CodeTableTab:
        """Show the table of one kind (and refresh it)."""
        self.kinds.setCurrentRow(list(KINDS).index(kind))
        return self.tables[kind]

    def show_kind_at(self, row: int) -> None:
        """Switch to the kind in a row of the list."""
        if not 0 <= row < len(self.pages):
            return
        table = self.pages[row]
        if self.stack.currentWidget() is not table:
            self.stack.setCurrentWidget(table)
            table.refresh()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for table in self.pages:
            table.set_read_only(read_only)

    def refresh(self) -> None:
        self.current_table().refresh()

    def status_text(self) -> str:
        return self.current_table().status_text()

    def _table_status(self, text: str) -> None:
        if self.sender() is self.current_table():
            self.status_changed.emit(text)
