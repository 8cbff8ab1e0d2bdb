"""Create or change one alternative address of a contact: code, address, phone, e-mail and when it is valid."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit, QWidget

from contactdesk.crm import lookups
from contactdesk.crm.alt_addresses import AltAddressData, save_alt_address
from contactdesk.ui.contacts.fields import CodeCombo
from contactdesk.ui.country_names import with_country_names
from contactdesk.ui.interactions.entry_filters import DateFilter
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.form_dialog import FormDialog


class AltAddressDialog(FormDialog):
    """One service call on Save; a refused field is marked and the dialog stays open."""

    def __init__(self, contact_no: str, data: AltAddressData | None = None, parent: QWidget | None = None) -> None:
        super().__init__("altAddressDialog", "", parent)
        title = fill(self.tr("Alternative address %1"), data.code) if data else self.tr("New alternative address")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.contact_no = contact_no
        self.original_code = data.code if data else None
        add = self.fields.add
        address = self.add_section(self.tr("Address"), 0, 0)
        self.code = add(address, "code", self.tr("&Code"), QLineEdit(self))
        self.company_name = add(address, "company_name", self.tr("Company &name"), QLineEdit(self))
        self.address = add(address, "address", self.tr("&Address"), QLineEdit(self))
        self.address_2 = add(address, "address_2", self.tr("Address &2"), QLineEdit(self))
        self.post_code = add(address, "post_code", self.tr("&Post code"), QLineEdit(self))
        self.city = add(address, "city", self.tr("C&ity"), QLineEdit(self))
        countries = with_country_names(lookups.list_countries())
        self.country = add(address, "country_code", self.tr("Co&untry/region"), CodeCombo(countries, parent=self))
        reach = self.add_section(self.tr("Communication and dates"), 0, 1)
        self.phone_no = add(reach, "phone_no", self.tr("P&hone"), QLineEdit(self))
        self.email = add(reach, "email", self.tr("&E-mail"), QLineEdit(self))
        self.valid_from = add(reach, "valid_from", self.tr("Valid &from"), DateFilter(self))
        self.valid_to = add(reach, "valid_to", self.tr("Valid &to"), DateFilter(self))
        self.valid_from.setToolTip(
            self.tr("Segment lines dated from this day on use this address. Without it, no line uses it by itself.")
        )
        self.valid_to.setToolTip(self.tr("The last day the address is used. Leave it open for no end."))
        self.widen(720)  # an e-mail address and a phone number show whole beside the address
        if data is not None:
            self.show_record(data)

    def load_record(self, data: AltAddressData) -> None:
        for name in ("code", "company_name", "address", "address_2", "post_code", "city", "phone_no", "email"):
            edit = getattr(self, name)
            assert isinstance(edit, QLineEdit)
            edit.setText(getattr(data, name))
        self.country.set_code(data.country_code)
        for edit, day in ((self.valid_from, data.valid_from), (self.valid_to, data.valid_to)):
            if day is None:
                edit.clear_value()
            else:
                edit.setDate(QDate(day.year, day.month, day.day))

    def collect(self) -> AltAddressData:
        """The form as a record (the service validates it)."""
        return AltAddressData(
            code=self.code.text(),
            company_name=self.company_name.text(),
            address=self.address.text(),
            address_2=self.address_2.text(),
            post_code=self.post_code.text(),
            city=self.city.text(),
            country_code=self.country.code(),
            phone_no=self.phone_no.text(),
            email=self.email.text(),
            valid_from=self.valid_from.value(),
            valid_to=self.valid_to.value(),
        )

    def submit(self) -> str:
        return save_alt_address(self.contact_no, self.collect(), self.original_code).code
