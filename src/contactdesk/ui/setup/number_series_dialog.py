"""Create or edit a number series (CT000001, SEG00001, …)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from contactdesk.crm.number_series import NumberSeriesData, get_series, save_series
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.form_dialog import FormDialog


class NumberSeriesDialog(FormDialog):
    """Code, description, how numbers look, where the series stands, and a live preview."""

    def __init__(self, data: NumberSeriesData | None = None, parent: QWidget | None = None) -> None:
        title = fill(self.tr("Number series %1"), data.code) if data else self.tr("New number series")
        super().__init__("numberSeriesDialog", title, parent)
        self.original_code = data.code if data else None
        add = self.fields.add
        form = self.add_section()
        self.code = add(form, "code", self.tr("Code"), QLineEdit(self))
        self.description = add(form, "description", self.tr("Description"), QLineEdit(self))
        self.prefix = add(form, "prefix", self.tr("Prefix"), QLineEdit(self))
        self.prefix.setMaximumWidth(200)
        self.digits = add(form, "width", self.tr("Digits"), QSpinBox(self))
        self.digits.setRange(1, 15)
        self.digits.setMaximumWidth(100)
        self.starting = add(form, "starting_number", self.tr("Starting number"), self._number_edit())
        self.last = add(form, "last_number", self.tr("Last number used"), self._number_edit())
        self.last.setToolTip(self.tr("0 when no number was handed out yet"))
        self.increment = add(form, "increment_by", self.tr("Increment"), QSpinBox(self))
        self.increment.setRange(1, 1_000_000)
        self.increment.setMaximumWidth(160)
        self.manual = self.fields.add_check(form, "manual_nos", self.tr("Numbers may also be typed by hand"))
        self.preview = QLabel(self)
        self.preview.setObjectName("numberSeriesDialogPreview")
        form.addRow(self.tr("Preview"), self.preview)
        self.show_record(data or NumberSeriesData(code=""))
        for edit in (self.prefix, self.starting, self.last):
            edit.textChanged.connect(self._update_preview)
        self.digits.valueChanged.connect(self._update_preview)
        self.increment.valueChanged.connect(self._update_preview)
        self._update_preview()

    def _number_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,15}"), edit))
        edit.setMaximumWidth(200)
        return edit

    def fetch_record(self) -> NumberSeriesData | None:
        return get_series(self.original_code) if self.original_code else None

    def load_record(self, data: NumberSeriesData) -> None:
        self.code.setText(data.code)
        self.description.setText(data.description)
        self.prefix.setText(data.prefix)
        self.digits.setValue(data.width)
        self.starting.setText(str(data.starting_number))
        self.last.setText(str(data.last_number))
        self.increment.setValue(data.increment_by)
        self.manual.setChecked(data.manual_nos)

    def collect(self) -> NumberSeriesData:
        """The form as a record (the service validates it)."""
        return NumberSeriesData(
            code=self.code.text(),
            description=self.description.text(),
            prefix=self.prefix.text(),
            width=self.digits.value(),
            starting_number=int(self.starting.text() or 0),
            last_number=int(self.last.text() or 0),
            increment_by=self.increment.value(),
            manual_nos=self.manual.isChecked(),
            version=self.version,
        )

    def _update_preview(self) -> None:
        data = self.collect()
        last = data.last_no_used
        text = fill(self.tr("Starting no. %1"), data.starting_no)
        if last:
            text += " · " + fill(self.tr("Last no. used %1"), last)
        else:
            text += " · " + self.tr("no number used yet")
        self.preview.setText(text)

    def submit(self) -> str:
        return save_series(self.collect(), self.original_code).code
