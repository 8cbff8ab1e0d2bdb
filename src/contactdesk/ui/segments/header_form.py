"""The Segment header form: every field saves on its own (as the reference does), through the worksheet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from contactdesk.crm import lookups
from contactdesk.crm.salespeople import list_salespeople
from contactdesk.crm.segment_data import SegmentHeader
from contactdesk.crm.templates import list_templates
from contactdesk.ui import sizing
from contactdesk.ui.conflict import ConflictBar, stamp_label, stamp_text
from contactdesk.ui.contacts.fields import CodeCombo, FieldWithError
from contactdesk.ui.formatting import amount, number
from contactdesk.ui.setup import enum_texts
from contactdesk.ui.setup.enum_combo import EnumCombo


class SegmentHeaderForm(QWidget):
    """Shows a SegmentHeader; emits changed(field, value) when the user finishes editing a field."""

    changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentHeader")
        self._loading = False
        self.header: SegmentHeader | None = None
        self.widgets: dict[str, QWidget] = {}
        self.fields: dict[str, FieldWithError] = {}
        self.conflict = ConflictBar("segmentHeader", self)
        self.stamp = stamp_label("segmentHeaderStamp", self)
        general = QGroupBox(self.tr("Segment header"), self)
        interaction = QGroupBox(self.tr("Interaction"), self)
        totals = QGroupBox(self.tr("Totals"), self)
        left, right, sums = QFormLayout(general), QFormLayout(interaction), QFormLayout(totals)
        self.no = QLabel(self)
        self.no.setObjectName("segment_no")
        left.addRow(self.tr("No."), self.no)
        self.description = self._add(left, "description", self.tr("Description"), QLineEdit(self))
        self.description.setMaxLength(100)
        self.description.editingFinished.connect(lambda: self._emit("description", self.description.text()))
        people = [(p.code, p.name) for p in list_salespeople(include_blocked=False)]
        self.salesperson = self._add(left, "salesperson_code", self.tr("Salesperson"), CodeCombo(people, parent=self))
        self.salesperson.activated.connect(lambda _i: self._emit("salesperson_code", self.salesperson.code()))
        self.date = self._add(left, "date", self.tr("Date"), QDateEdit(self))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        # Saved when typing is finished or a day is picked, not on every keystroke (each save may ask a question).
        self.date.editingFinished.connect(self._date_done)
        self.date.calendarWidget().clicked.connect(lambda _day: QTimer.singleShot(0, self._date_done))
        templates = [(t.code, t.description) for t in list_templates()]
        self.template = self._add(
            left, "template_code", self.tr("Interaction template"), CodeCombo(templates, parent=self)
        )
        sizing.compact(self.template, 16)
        self.template.activated.connect(lambda _i: self._emit("template_code", self.template.code()))
        self.language = self._add(left, "language_code", self.tr("Language (default)"), QComboBox(self))
        self.language.activated.connect(lambda _i: self._emit("language_code", self.language.currentData()))
        self.subject = self._add(left, "subject", self.tr("Subject (default)"), QLineEdit(self))
        self.subject.setMaxLength(100)
        self.subject.editingFinished.connect(lambda: self._emit("subject", self.subject.text()))
        # The check box has a row of its own: beside the combo it made the header wider than a small screen.
        self.correspondence = EnumCombo(enum_texts.correspondence_types(), self)
        self.correspondence.setObjectName("segment_correspondence_type")
        self.correspondence.setAccessibleName(self.tr("Correspondence type (default)"))
        self.correspondence.activated.connect(lambda _i: self._emit("correspondence_type", self.correspondence.value()))
        self.ignore = QCheckBox(self.tr("Ignore the contact's correspondence type"), self)
        self.ignore.setObjectName("segment_ignore_contact_corres_type")
        self.ignore.clicked.connect(lambda checked: self._emit("ignore_contact_corres_type", checked))
        left.addRow(self.tr("Correspondence type (default)"), self.correspondence)
        left.addRow("", self.ignore)
        self.widgets["correspondence_type"] = self.correspondence
        self.widgets["ignore_contact_corres_type"] = self.ignore
        self.campaign = self._add(
            right, "campaign_no", self.tr("Campaign"), CodeCombo(lookups.list_campaigns(), parent=self)
        )
        sizing.compact(self.campaign, 16)
        self.campaign.activated.connect(lambda _i: self._emit("campaign_no", self.campaign.code()))
        self.target = self._check(right, "campaign_target", self.tr("Contacts are campaign targets"))
        self.response = self._check(right, "campaign_response", self.tr("Interaction is a campaign response"))
        self.flow = self._add(
            right, "information_flow", self.tr("Information flow"), EnumCombo(enum_texts.information_flows(), self)
        )
        self.flow.activated.connect(lambda _i: self._emit("information_flow", self.flow.value()))
        self.initiated = self._add(
            right, "initiated_by", self.tr("Initiated by"), EnumCombo(enum_texts.initiators(), self)
        )
        self.initiated.activated.connect(lambda _i: self._emit("initiated_by", self.initiated.value()))
        self.cost = self._add(right, "unit_cost", self.tr("Unit cost"), QDoubleSpinBox(self))
        self.cost.setRange(0, 9_999_999_999.99)
        self.cost.setDecimals(2)
        self.cost.editingFinished.connect(lambda: self._emit("unit_cost", f"{self.cost.value():.2f}"))
        self.duration = self._add(right, "unit_duration", self.tr("Unit duration (min)"), QSpinBox(self))
        self.duration.setRange(0, 1_000_000)
        self.duration.editingFinished.connect(lambda: self._emit("unit_duration", self.duration.value()))
        self.lines = self._total(sums, "segment_lines", self.tr("No. of lines"))
        self.criteria_actions = self._total(sums, "segment_criteria_actions", self.tr("No. of criteria actions"))
        self.total_cost = self._total(sums, "segment_total_cost", self.tr("Cost"))
        self.total_duration = self._total(sums, "segment_total_duration", self.tr("Duration (min)"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.conflict, 0, 0, 1, 3)
        # Totals under the interaction settings: three boxes side by side needed more than 1024 pixels.
        grid.addWidget(general, 1, 0, 2, 1)
        grid.addWidget(interaction, 1, 1)
        grid.addWidget(totals, 2, 1)
        grid.addWidget(self.stamp, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def _date_done(self) -> None:
        if self.header is not None and self.date.date().toPython() != self.header.date:
            self._emit("date", self.date.date().toPython())

    def _add(self, form: QFormLayout, name: str, label: str, editor: Any) -> Any:
        editor.setObjectName(f"segment_{name}")
        editor.setAccessibleName(label)
        # Wrapped so that after a Reload the user's own value can be shown under the newer one.
        self.fields[name] = FieldWithError(editor, self)
        form.addRow(label, self.fields[name])
        self.widgets[name] = editor
        return editor

    def _check(self, form: QFormLayout, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(f"segment_{name}")
        box.clicked.connect(lambda checked: self._emit(name, checked))
        self.fields[name] = FieldWithError(box, self)
        form.addRow("", self.fields[name])
        self.widgets[name] = box
        return box

    def _total(self, form: QFormLayout, name: str, label: str) -> QLabel:
        value = QLabel(self)
        value.setObjectName(name)
        value.setAccessibleName(label)
        form.addRow(label, value)
        return value

    def _emit(self, field: str, value: object) -> None:
        """Report a user's edit (never one made by load())."""
        if self._loading or self.header is None:
            return
        self.changed.emit(field, value)

    def load(self, header: SegmentHeader) -> None:
        """Show a header (without emitting changes)."""
        self._loading = True
        try:
            self.header = header
            self.no.setText(header.no)
            self.description.setText(header.description)
            self.salesperson.set_code(header.salesperson_code)
            day = header.date
            self.date.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
            self.template.set_code(header.template_code)
            self.language.clear()
            for code in header.languages:
                self.language.addItem(code or self.tr("(no language)"), code)
            self.language.setCurrentIndex(max(0, self.language.findData(header.language_code)))
            self.language.setEnabled(bool(header.template_code) and len(header.languages) > 1)
            self.subject.setText(header.subject)
            self.subject.setEnabled(header.language_code in header.languages)
            self.correspondence.set_value(int(header.correspondence_type))
            self.correspondence.setEnabled(header.ignore_contact_corres_type)
            self.ignore.setChecked(header.ignore_contact_corres_type)
            self.campaign.set_code(header.campaign_no)
            for box, value in ((self.target, header.campaign_target), (self.response, header.campaign_response)):
                box.setChecked(value)
                box.setEnabled(bool(header.campaign_no))
            self.flow.set_value(int(header.information_flow))
            self.initiated.set_value(int(header.initiated_by))
            self.cost.setValue(float(header.unit_cost))
            self.duration.setValue(header.unit_duration)
            self.lines.setText(number(header.lines))
            self.criteria_actions.setText(number(header.criteria_actions))
            self.total_cost.setText(amount(header.total_cost))
            self.total_duration.setText(number(header.total_duration))
            self.stamp.setText(stamp_text(header.created_by, header.changed_by, header.changed_at))
        finally:
            self._loading = False
