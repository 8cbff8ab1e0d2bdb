"""Setup → Field laptops (office databases): the laptops checked out of this office, how long the office keeps
its changes for them, and retiring a lost or stolen one. Staff see it all; only administrators change it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.field import devices
from contactdesk.crm.field.devices import FieldLaptop
from contactdesk.crm.field.status import is_field_copy
from contactdesk.ui import errors, messages, roles
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.field_laptop_columns import laptop_columns
from contactdesk.ui.models.column_model import ColumnTableModel
from contactdesk.ui.pages.list_page import SortProxy, current_row, list_table, load_rows
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.setup_tab import SetupTab


class FieldLaptopsTab(SetupTab):
    """The office's field laptops, the retention in days, and Retire laptop…."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupFieldLaptops")
        intro = QLabel(
            self.tr(
                "The laptops checked out of this office database to work offline. A laptop that has not "
                "synchronised for longer than the office keeps its changes must be checked out again."
            ),
            self,
        )
        intro.setObjectName("setupFieldLaptopsIntro")
        intro.setWordWrap(True)
        self.model: ColumnTableModel[FieldLaptop] = ColumnTableModel(laptop_columns(), self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = list_table("setupFieldLaptopsTable", self.tr("Field laptops"), self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.stack = EmptyState(self.table, self.model, "setupFieldLaptopsEmpty", self)
        self.stack.set_empty(
            "",
            self.tr(
                "No laptop is checked out of this database. A laptop is checked out with "
                "contactdesk field checkout (see Working in the field in the README)."
            ),
        )
        self.days = QSpinBox(self)
        self.days.setObjectName("setupFieldLaptopsDays")
        self.days.setRange(devices.MIN_DAYS, devices.MAX_DAYS)
        self.days.setSuffix(self.tr(" days"))
        days_label = QLabel(self.tr("&Keep the office's changes for:"), self)
        days_label.setBuddy(self.days)
        self.days.setAccessibleName(self.tr("Days the office keeps its changes for field laptops"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("setupFieldLaptopsSave")
        self.save_button.setAccessibleName(self.tr("Save how long the office keeps its changes"))
        self.save_button.clicked.connect(lambda _checked=False: self.save_retention())
        self.retire_button = QPushButton(self.tr("&Retire laptop…"), self)
        self.retire_button.setObjectName("setupFieldLaptopsRetire")
        self.retire_button.setAccessibleName(self.tr("Retire the selected field laptop"))
        self.retire_button.clicked.connect(lambda _checked=False: self.retire())
        retention = QHBoxLayout()
        retention.addWidget(days_label)
        retention.addWidget(self.days)
        retention.addWidget(self.save_button)
        retention.addStretch(1)
        retention.addWidget(self.retire_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(retention)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Field laptops")

    @staticmethod
    def applies() -> bool:
        """Only an office holds field laptops: a laptop's own copy does not show the tab."""
        try:
            return not is_field_copy()
        except (DomainError, StoreError):
            return False

    def refresh(self) -> None:
        """Re-read the laptops and the retention, keeping the selected laptop selected."""
        chosen = self.current_laptop()
        load_rows(self, self.table, self.model, devices.laptops)
        try:
            self.days.setValue(devices.retention().retention_days)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
        if chosen is not None:
            self._select(chosen.device)
        self._update_buttons()
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        return self.tr("%n field laptop(s)", "", self.model.rowCount())

    def current_laptop(self) -> FieldLaptop | None:
        """The selected laptop."""
        row = current_row(self.table)
        return row if isinstance(row, FieldLaptop) else None

    def _select(self, device: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.current_laptop_at(row) == device:
                self.table.setCurrentIndex(index)
                self.table.selectRow(row)
                return

    def current_laptop_at(self, row: int) -> int:
        """The device number shown in a row of the table (as sorted)."""
        laptop = self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
        return laptop.device if laptop is not None else 0

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        roles.explain_lock((self.days, self.save_button, self.retire_button), read_only, roles.setup_tip())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.days.setEnabled(not self.read_only)
        self.save_button.setEnabled(not self.read_only)
        self.retire_button.setEnabled(not self.read_only and self.current_laptop() is not None)

    def save_retention(self) -> None:
        """Save the retention in days (administrators); a refusal is said in a sentence."""
        if self.read_only:
            return
        try:
            devices.set_retention(self.days.value())
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, self.tr("Field laptops"))
        self.refresh()

    def retire(self) -> None:
        """After confirmation, remove the selected laptop's registration so it can no longer sync."""
        laptop = self.current_laptop()
        if laptop is None or self.read_only:
            return
        title = self.tr("Retire laptop")
        question = fill(
            self.tr(
                "Retire laptop %1 (%2 on %3)? Its registration and its blocks of numbers are removed from the "
                "office, so it can no longer synchronise; numbers it already used stay used. Changes it has not "
                "sent yet never reach the office. Do this for a lost or stolen laptop."
            ),
            str(laptop.device),
            laptop.login,
            laptop.host or "?",
        )
        if not messages.confirm(self, title, question):
            return
        try:
            devices.retire(laptop.device)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, title)
        self.refresh()
