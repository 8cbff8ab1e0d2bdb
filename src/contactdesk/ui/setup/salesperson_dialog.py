"""Create or edit a salesperson."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QWidget

from contactdesk.crm import validation
from contactdesk.crm.salespeople import SalespersonData, get_salesperson, save_salesperson
from contactdesk.ui import errors
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.form_dialog import FormDialog


class SalespersonDialog(FormDialog):
    """Code, name, contact details, commission and the two blocks."""

    def __init__(self, data: SalespersonData | None = None, parent: QWidget | None = None) -> None:
        title = fill(self.tr("Salesperson %1"), data.code) if data else self.tr("New salesperson")
        super().__init__("salespersonDialog", title, parent)
        self.original_code = data.code if data else None
        form = self.add_section()
        self.code = self.fields.add(form, "code", self.tr("Code"), QLineEdit(self))
        self.name = self.fields.add(form, "name", self.tr("Name"), QLineEdit(self))
        self.job_title = self.fields.add(form, "job_title", self.tr("Job title"), QLineEdit(self))
        self.email = self.fields.add(form, "email", self.tr("E-mail"), QLineEdit(self))
        self.email.editingFinished.connect(self._check_email)
        self.phone = self.fields.add(form, "phone_no", self.tr("Phone"), QLineEdit(self))
        self.commission = self.fields.add(form, "commission_pct", self.tr("Commission %"), QDoubleSpinBox(self))
        self.commission.setRange(0, 100)
        self.commission.setDecimals(2)
        self.commission.setSuffix(" %")
        self.commission.setMaximumWidth(160)
        self.blocked = self.fields.add_check(form, "blocked", self.tr("Blocked (not offered for new segments)"))
        self.privacy = self.fields.add_check(
            form, "privacy_blocked", self.tr("Privacy blocked (no interactions with this salesperson)")
        )
        if data is not None:
            self.show_record(data)

    def fetch_record(self) -> SalespersonData | None:
        return get_salesperson(self.original_code) if self.original_code else None

    def load_record(self, data: SalespersonData) -> None:
        self.code.setText(data.code)
        self.name.setText(data.name)
        self.job_title.setText(data.job_title)
        self.email.setText(data.email)
        self.phone.setText(data.phone_no)
        self.commission.setValue(float(data.commission_pct))
        self.blocked.setChecked(data.blocked)
        self.privacy.setChecked(data.privacy_blocked)

    def _check_email(self) -> None:
        problem = validation.email("email", self.email.text().strip())
        self.fields.fields["email"].set_error(errors.describe_validation(problem) if problem else "")

    def collect(self) -> SalespersonData:
        """The form as a record (the service validates it)."""
        return SalespersonData(
            code=self.code.text(),
            name=self.name.text(),
            email=self.email.text(),
            phone_no=self.phone.text(),
            job_title=self.job_title.text(),
            commission_pct=Decimal(f"{self.commission.value():.2f}"),
            blocked=self.blocked.isChecked(),
            privacy_blocked=self.privacy.isChecked(),
            version=self.version,
        )

    def submit(self) -> str:
        return save_salesperson(self.collect(), self.original_code).code
