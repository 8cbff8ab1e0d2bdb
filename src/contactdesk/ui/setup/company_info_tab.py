"""Setup → Our company: the sender of every letter."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from contactdesk.crm import lookups
from contactdesk.crm.company_info import CompanyInfoData, get_company_info, save_company_info
from contactdesk.ui.contacts.fields import CodeCombo
from contactdesk.ui.country_names import with_country_names
from contactdesk.ui.setup.form_fields import refill_code_combo
from contactdesk.ui.setup.settings_tab import SettingsTab


class CompanyInfoTab(SettingsTab):
    """Name, address, communication, registration and bank details of our company."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "setupCompany",
            self.tr("Our company"),
            self.tr("Our own company's details: every letter shows them as the sender."),
            parent,
        )
        self.edits: dict[str, QLineEdit] = {}
        self.version = 0
        address = self.add_section(self.tr("Name and address"), 0, 0, 2)
        self._edit(address, "name", self.tr("Name"))
        self._edit(address, "name_2", self.tr("Name 2"))
        self._edit(address, "address", self.tr("Address"))
        self._edit(address, "address_2", self.tr("Address 2"))
        self._edit(address, "post_code", self.tr("Post code"))
        self._edit(address, "city", self.tr("City"))
        self._edit(address, "county", self.tr("County"))
        self.country = self.fields.add(address, "country_code", self.tr("Country/region"), CodeCombo([], parent=self))
        communication = self.add_section(self.tr("Communication"), 0, 1)
        self._edit(communication, "phone_no", self.tr("Phone"))
        self._edit(communication, "email", self.tr("E-mail"))
        self._edit(communication, "home_page", self.tr("Home page"))
        registration = self.add_section(self.tr("Registration and bank"), 1, 1)
        self._edit(registration, "vat_registration_no", self.tr("VAT registration no."))
        self._edit(registration, "registration_no", self.tr("Registration no."))
        self._edit(registration, "bank_name", self.tr("Bank name"))
        self._edit(registration, "bank_account_no", self.tr("Bank account no."))
        self._edit(registration, "iban", self.tr("IBAN"))
        self._edit(registration, "swift_code", self.tr("SWIFT code"))
        self.sections.setColumnStretch(0, 1)
        self.sections.setColumnStretch(1, 1)
        self.finish_fields()

    def _edit(self, form: QFormLayout, name: str, label: str) -> None:
        self.edits[name] = self.fields.add(form, name, label, QLineEdit(self))

    def load_choices(self) -> None:
        refill_code_combo(self.country, with_country_names(lookups.list_countries()))

    def load_values(self) -> None:
        data = get_company_info()
        self.version = data.version
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        self.country.set_code(data.country_code)

    def collect(self) -> CompanyInfoData:
        """The form as a record (the service validates it)."""
        names = [item.name for item in fields(CompanyInfoData) if item.name in self.edits]
        values: dict[str, Any] = {name: self.edits[name].text() for name in names}
        return CompanyInfoData(country_code=self.country.code(), version=self.version, **values)

    def submit(self) -> None:
        save_company_info(self.collect())
