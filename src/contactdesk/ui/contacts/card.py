"""The contact card: create or edit a company or person, with inline validation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import contacts as contact_service
from contactdesk.crm import lookups, validation
from contactdesk.crm.card_save import save_card
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.enums import ContactType, CorrespondenceType
from contactdesk.crm.errors import ConcurrentEditError, DomainError, StoreError, ValidationErrors
from contactdesk.crm.salespeople import list_salespeople
from contactdesk.ui import errors, sizing, theme
from contactdesk.ui.conflict import ConflictBar, show_own_values, snapshot, stamp_label, stamp_text
from contactdesk.ui.contacts.card_classification import CardClassification
from contactdesk.ui.contacts.company_picker import CompanyPicker
from contactdesk.ui.contacts.fields import CodeCombo, FieldWithError
from contactdesk.ui.country_names import with_country_names
from contactdesk.ui.placeholders import fill

TEXT_FIELDS = [
    "name",
    "name_2",
    "first_name",
    "middle_name",
    "surname",
    "job_title",
    "address",
    "address_2",
    "post_code",
    "city",
    "county",
    "phone_no",
    "mobile_phone_no",
    "email",
    "email_2",
    "home_page",
    "vat_registration_no",
]


class ContactCard(QDialog):
    """Create (no given) or edit a contact; Save runs one service call."""

    def __init__(self, parent: QWidget | None = None, no: str = "", company_no: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("contactCard")
        self._data = contact_service.get_contact(no) if no else contact_service.new_contact_data(company_no)
        self.saved_no = ""
        self.setWindowTitle(fill(self.tr("Contact %1"), no) if no else self.tr("New contact"))
        self.edits: dict[str, QLineEdit] = {}
        self.fields: dict[str, FieldWithError] = {}
        self.tabs = tabs = QTabWidget(self)
        tabs.setUsesScrollButtons(False)  # every tab in sight: the card widens to its tab names (Norwegian's are long)
        tabs.addTab(sizing.scrolled(self._general_tab()), self.tr("General"))
        tabs.addTab(sizing.scrolled(self._communication_tab()), self.tr("Communication"))
        tabs.addTab(sizing.scrolled(self._segmentation_tab()), self.tr("Segmentation"))
        tabs.addTab(self.classification.profiles, self.tr("Profiles"))
        if no:
            # Imported here: the tab pulls in the wizard, which a new contact's card does not need.
            from contactdesk.ui.interactions.contact_interactions import ContactInteractionsTab

            self.interactions = ContactInteractionsTab(self._data.no, self)
            tabs.addTab(self.interactions, self.tr("Interactions"))
            from contactdesk.ui.contacts.alt_address_tab import AltAddressTab

            self.alt_addresses = AltAddressTab(self._data.no, self)
            tabs.addTab(self.alt_addresses, self.tr("Alternative addresses"))
        self.summary = QLabel(self)
        self.summary.setObjectName("contactCardSummary")
        self.summary.setStyleSheet(theme.text_style(theme.Role.ERROR))
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.conflict = ConflictBar("contactCard", self)
        self.conflict.reload_requested.connect(self.reload)
        self.stamp = stamp_label("contactCardStamp", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("contactCardButtons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addStrut(560)  # a width the layout's own minimum adds to
        layout.addWidget(tabs)
        layout.addWidget(self.stamp)
        layout.addWidget(self.conflict)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._load(self._data)
        self._type_changed()
        for field in self.fields.values():
            field.error_cleared.connect(self._error_cleared)

    def _edit(self, name: str, label: str, form: QFormLayout) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"contact_{name}")
        edit.setAccessibleName(label)
        field = FieldWithError(edit, self)
        self.edits[name] = edit
        self.fields[name] = field
        form.addRow(label, field)
        return edit

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.type_combo = QComboBox(page)
        self.type_combo.setObjectName("contact_type")
        self.type_combo.addItem(self.tr("Person"), int(ContactType.PERSON))
        self.type_combo.addItem(self.tr("Company"), int(ContactType.COMPANY))
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.fields["type"] = FieldWithError(self.type_combo, self)
        form.addRow(self.tr("Type"), self.fields["type"])
        self.no_label = QLabel(self._data.no or self.tr("(assigned when saved)"), page)
        self.no_label.setObjectName("contact_no")
        form.addRow(self.tr("No."), self.no_label)
        self.company = CompanyPicker(page)
        self.company.editingFinished.connect(self._type_changed)
        self.fields["company_no"] = FieldWithError(self.company, self)
        self.company_label = QLabel(self.tr("Company"), page)
        form.addRow(self.company_label, self.fields["company_no"])
        self._edit("first_name", self.tr("First name"), form)
        self._edit("middle_name", self.tr("Middle name"), form)
        self._edit("surname", self.tr("Surname"), form)
        self._edit("name", self.tr("Name"), form)
        self._edit("name_2", self.tr("Name 2"), form)
        self._edit("job_title", self.tr("Job title"), form)
        self._edit("address", self.tr("Address"), form)
        self._edit("address_2", self.tr("Address 2"), form)
        self._edit("post_code", self.tr("Post code"), form)
        self._edit("city", self.tr("City"), form)
        self._edit("county", self.tr("County"), form)
        self.country = CodeCombo(with_country_names(lookups.list_countries()), parent=page)
        self.country.setObjectName("contact_country_code")
        self.fields["country_code"] = FieldWithError(self.country, self)
        form.addRow(self.tr("Country/region"), self.fields["country_code"])
        for name in ("first_name", "middle_name", "surname"):
            self.edits[name].textEdited.connect(self._suggest_name)
        return page

    def _communication_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self._edit("phone_no", self.tr("Phone"), form)
        self._edit("mobile_phone_no", self.tr("Mobile phone"), form)
        self._edit("email", self.tr("E-mail"), form).editingFinished.connect(lambda: self._check_email("email"))
        self._edit("email_2", self.tr("E-mail 2"), form).editingFinished.connect(lambda: self._check_email("email_2"))
        self._edit("home_page", self.tr("Home page"), form)
        self._edit("vat_registration_no", self.tr("VAT registration no."), form)
        self.correspondence = QComboBox(page)
        self.correspondence.setObjectName("contact_correspondence_type")
        for value, text in (
            (CorrespondenceType.BLANK, ""),
            (CorrespondenceType.HARD_COPY, self.tr("Hard copy")),
            (CorrespondenceType.EMAIL, self.tr("E-mail")),
        ):
            self.correspondence.addItem(text, int(value))
        self.fields["correspondence_type"] = FieldWithError(self.correspondence, self)
        form.addRow(self.tr("Correspondence type"), self.fields["correspondence_type"])
        self.language = CodeCombo(lookups.list_languages(), parent=page)
        self.language.setObjectName("contact_language_code")
        self.fields["language_code"] = FieldWithError(self.language, self)
        form.addRow(self.tr("Language"), self.fields["language_code"])
        return page

    def _segmentation_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        people = [(p.code, p.name) for p in list_salespeople(include_blocked=False)]
        self.salesperson = CodeCombo(people, parent=page)
        self.salesperson.setObjectName("contact_salesperson_code")
        self.fields["salesperson_code"] = FieldWithError(self.salesperson, self)
        form.addRow(self.tr("Salesperson"), self.fields["salesperson_code"])
        self.exclude = QCheckBox(self.tr("Exclude from segments"), page)
        self.exclude.setObjectName("contact_exclude_from_segment")
        self.fields["exclude_from_segment"] = FieldWithError(self.exclude, self)
        form.addRow("", self.fields["exclude_from_segment"])
        self.blocked = QCheckBox(self.tr("Privacy blocked (no interactions)"), page)
        self.blocked.setObjectName("contact_privacy_blocked")
        self.fields["privacy_blocked"] = FieldWithError(self.blocked, self)
        form.addRow("", self.fields["privacy_blocked"])
        self.classification = CardClassification(page)
        form.addRow(self.classification.panel)
        form.addRow(self.classification.summary)
        return page

    def _load(self, data: ContactData) -> None:
        self.stamp.setText(stamp_text(data.created_by, data.changed_by, data.changed_at))
        self.stamp.setVisible(bool(self.stamp.text()))
        self.type_combo.setCurrentIndex(self.type_combo.findData(int(data.type)))
        for name in TEXT_FIELDS:
            self.edits[name].setText(getattr(data, name))
        self.company.set_company(data.company_no, data.company_name)
        self.classification.load(data)
        self.country.set_code(data.country_code)
        self.language.set_code(data.language_code)
        self.salesperson.set_code(data.salesperson_code)
        self.correspondence.setCurrentIndex(max(0, self.correspondence.findData(int(data.correspondence_type))))
        self.exclude.setChecked(data.exclude_from_segment)
        self.blocked.setChecked(data.privacy_blocked)
        self._name_was_suggested = data.type == ContactType.PERSON and (
            not data.name or data.name == " ".join(p for p in (data.first_name, data.middle_name, data.surname) if p)
        )

    def _is_person(self) -> bool:
        return self.type_combo.currentData() == int(ContactType.PERSON)

    def _type_changed(self) -> None:
        person = self._is_person()
        for name in ("first_name", "middle_name", "surname", "job_title"):
            self.fields[name].setVisible(person)
            label = self.fields[name].parentWidget().layout().labelForField(self.fields[name])  # type: ignore[union-attr]
            if label is not None:
                label.setVisible(person)
        self.fields["company_no"].setVisible(person)
        self.company_label.setVisible(person)
        self.classification.follow_type(int(self.type_combo.currentData()), self.company.company_no() if person else "")

    def _suggest_name(self) -> None:
        if self._name_was_suggested:
            parts = (self.edits[n].text().strip() for n in ("first_name", "middle_name", "surname"))
            self.edits["name"].setText(" ".join(p for p in parts if p))

    def _check_email(self, name: str) -> None:
        problem = validation.email(name, self.edits[name].text().strip())
        self.fields[name].set_error(errors.describe_validation(problem) if problem else "")

    def collect(self) -> ContactData:
        """The form as a record (the service validates it)."""
        data = ContactData(type=int(self.type_combo.currentData()), no=self._data.no, version=self._data.version)
        for name in TEXT_FIELDS:
            setattr(data, name, self.edits[name].text())
        data.company_no = self.company.company_no() if self._is_person() else ""
        data.country_code = self.country.code()
        data.language_code = self.language.code()
        data.salesperson_code = self.salesperson.code()
        data.correspondence_type = int(self.correspondence.currentData())
        data.exclude_from_segment = self.exclude.isChecked()
        data.privacy_blocked = self.blocked.isChecked()
        data.territory_code = self._data.territory_code
        data.salutation_code = self._data.salutation_code
        if not data.no and data.company_no:
            # Untouched defaults go back blank, so that the service gives a person its company's values first.
            for name in ("salesperson_code", "country_code", "language_code", "correspondence_type"):
                if getattr(data, name) == getattr(self._data, name):
                    setattr(data, name, type(getattr(data, name))())
        return data

    def show_errors(self, problems: ValidationErrors) -> None:
        """Mark every refused field and say so under it."""
        for shown in self.fields.values():
            shown.set_error("")
        first: FieldWithError | None = None
        for problem in problems.errors:
            field = self.fields.get(problem.field)
            if field is not None:
                field.set_error(errors.describe_validation(problem))
                first = first or field
        self.summary.setText(self.tr("Some fields need attention; nothing was saved yet."))
        self.summary.show()
        if first is not None:
            for index in range(self.tabs.count()):
                tab = self.tabs.widget(index)
                if tab is not None and tab.isAncestorOf(first):
                    self.tabs.setCurrentIndex(index)
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _error_cleared(self) -> None:
        # The "fields need attention" line goes once the last marked field has been changed.
        if not any(field.has_error() for field in self.fields.values()):
            self.summary.hide()

    def save(self) -> None:
        """Create or update through the service; stay open on a refusal."""
        data = self.collect()
        try:
            # Codes and answers are saved with the fields, in one transaction: Cancel leaves all of them unsaved.
            self.saved_no = save_card(self._data.no, data, self.classification.codes(), self.classification.answers())
        except ValidationErrors as problems:
            self.show_errors(problems)
            return
        except ConcurrentEditError as problem:
            # Stay open with everything typed: the user chooses Reload and sees both versions.
            self.conflict.show_conflict(problem)
            return
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            return
        self.accept()

    def reload(self) -> None:
        """Show the newer saved contact, with a "Your change" hint wherever the user had typed something else."""
        mine = snapshot(self.fields)
        try:
            fresh = contact_service.get_contact(self._data.no)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            return
        self._data = fresh
        self._load(fresh)
        self._type_changed()
        self.conflict.hide()
        show_own_values(self.fields, mine)
