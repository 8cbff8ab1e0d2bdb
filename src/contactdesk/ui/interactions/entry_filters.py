"""The filter bar over the interaction log: contact, salesperson, template, group, dates, segment, canceled."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from contactdesk.crm.codes import list_codes
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.interaction_log import EntryFilter, template_choices
from contactdesk.crm.salespeople import list_salespeople
from contactdesk.ui import sizing
from contactdesk.ui.contacts.fields import CodeCombo

NO_DATE = QDate(1900, 1, 1)


class DateFilter(QDateEdit):
    """A date that may be left open: its lowest value reads as blank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        """The chosen date, or None when left open."""
        chosen = self.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def clear_value(self) -> None:
        """Leave the date open again."""
        self.setDate(NO_DATE)


class EntryFilterBar(QWidget):
    """Emits changed() (debounced for typing) whenever the filter the page shows should change."""

    changed = Signal()

    def __init__(self, postponed: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postponedFilters" if postponed else "interactionLogFilters")
        self.postponed = postponed
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.changed)
        self.text = self._line("filterText", self.tr("Description or contact name"))
        self.contact = self._line("filterContact", self.tr("Contact No."))
        self.segment = self._line("filterSegment", self.tr("Segment No."))
        self.salesperson = self._combo("filterSalesperson", self._salespeople(), self.tr("Salesperson"))
        self.template = self._combo("filterTemplate", self._templates(), self.tr("Interaction template"))
        self.group = self._combo("filterGroup", self._groups(), self.tr("Interaction group"))
        self.date_from = DateFilter(self)
        self.date_from.setObjectName("filterDateFrom")
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = DateFilter(self)
        self.date_to.setObjectName("filterDateTo")
        self.date_to.setAccessibleName(self.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _date: self.changed.emit())
        self.canceled = QComboBox(self)
        self.canceled.setObjectName("filterCanceled")
        self.canceled.setAccessibleName(self.tr("Canceled entries"))
        self.canceled.addItem(self.tr("Not canceled"), False)
        self.canceled.addItem(self.tr("Canceled only"), True)
        self.canceled.addItem(self.tr("All entries"), None)
        self.canceled.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setObjectName("filterClear")
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(lambda _checked=False: self.clear())
        # Three fields to a row (the search spans two): four and a column of buttons made the window too wide.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self._add(grid, 0, 0, self.tr("Search:"), self.text, span=3)
        self._add(grid, 0, 2, self.tr("Contact:"), self.contact)
        self._add(grid, 1, 0, self.tr("Salesperson:"), self.salesperson)
        self._add(grid, 1, 1, self.tr("Template:"), self.template)
        grid.addWidget(self.clear_button, 0, 6)
        if postponed:
            for widget in (self.date_from, self.date_to, self.group, self.segment, self.canceled):
                widget.hide()
        else:
            self._add(grid, 1, 2, self.tr("Group:"), self.group)
            self._add(grid, 2, 0, self.tr("From:"), self.date_from)
            self._add(grid, 2, 1, self.tr("To:"), self.date_to)
            self._add(grid, 2, 2, self.tr("Segment:"), self.segment)
            grid.addWidget(self.canceled, 1, 6)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

    def _add(self, grid: QGridLayout, row: int, column: int, label: str, widget: QWidget, span: int = 1) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        grid.addWidget(caption, row, column * 2)
        grid.addWidget(widget, row, column * 2 + 1, 1, span)
        if isinstance(widget, QComboBox):
            sizing.compact(widget, 10)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(lambda _text: self._debounce.start())
        edit.returnPressed.connect(self._now)
        return edit

    def _combo(self, name: str, items: list[tuple[str, str]], accessible: str) -> CodeCombo:
        combo = CodeCombo(items, parent=self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        return combo

    @staticmethod
    def _salespeople() -> list[tuple[str, str]]:
        try:
            return [(p.code, p.name) for p in list_salespeople()]
        except (DomainError, StoreError):
            return []

    @staticmethod
    def _templates() -> list[tuple[str, str]]:
        try:
            return template_choices()
        except (DomainError, StoreError):
            return []

    @staticmethod
    def _groups() -> list[tuple[str, str]]:
        try:
            return [(item.code, item.description) for item in list_codes("interaction_group")]
        except (DomainError, StoreError):
            return []

    def _now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def entry_filter(self) -> EntryFilter:
        """The filter as the service takes it."""
        return EntryFilter(
            postponed=self.postponed,
            contact_no=self.contact.text().strip(),
            text=self.text.text().strip(),
            salesperson_code=self.salesperson.code(),
            template_code=self.template.code(),
            group_code="" if self.postponed else self.group.code(),
            date_from=None if self.postponed else self.date_from.value(),
            date_to=None if self.postponed else self.date_to.value(),
            segment_no="" if self.postponed else self.segment.text().strip(),
            canceled=None if self.postponed else self.canceled.currentData(),
        )

    def default_filter(self) -> EntryFilter:
        """The filter after Clear filters."""
        return EntryFilter(postponed=self.postponed, canceled=None if self.postponed else False)

    def set_contact(self, contact_no: str) -> None:
        """Show one contact's entries."""
        self.contact.setText(contact_no)
        self._now()

    def clear(self) -> None:
        """Every filter back to blank (not canceled entries only)."""
        blockers = [self.blockSignals(True)]
        for edit in (self.text, self.contact, self.segment):
            edit.clear()
        for combo in (self.salesperson, self.template, self.group):
            combo.setCurrentIndex(0)
        self.date_from.clear_value()
        self.date_to.clear_value()
        self.canceled.setCurrentIndex(0)
        self.blockSignals(blockers[0])
        self._now()
