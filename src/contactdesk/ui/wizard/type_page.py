"""Step 1 of Create Interaction: who, which interaction template, what; "More" holds the rest."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from contactdesk.crm import interactions, lookups
from contactdesk.crm.enums import CorrespondenceType, InformationFlow, InitiatedBy, WizardAction
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.interaction_log import template_choices
from contactdesk.crm.salespeople import list_salespeople
from contactdesk.ui import errors
from contactdesk.ui.contacts.fields import CodeCombo
from contactdesk.ui.setup import enum_texts
from contactdesk.ui.setup.enum_combo import EnumCombo
from contactdesk.ui.wizard.contact_field import ContactField
from contactdesk.ui.wizard.step import WizardStep


class TypePage(WizardStep):
    """Contact, template and description are required; choosing a template fills in its defaults."""

    def __init__(self, lock_contact: bool, lock_salesperson: bool) -> None:
        super().__init__("wizardTypePage")
        self.setTitle(self.tr("Type of interaction"))
        self.setSubTitle(self.tr("Choose the contact, the interaction template and a description."))
        self._lock_contact = lock_contact
        self._loading = False
        form = QFormLayout()
        self.contact = ContactField(self)
        self.contact.setReadOnly(lock_contact)
        self.contact.editingFinished.connect(self._contact_typed)
        form.addRow(self.tr("&Contact:"), self.contact)
        self.template = QComboBox(self)
        self.template.setObjectName("wizardTemplate")
        self.template.setAccessibleName(self.tr("Interaction template"))
        self.template.addItem("", "")
        for code, description in template_choices():
            self.template.addItem(f"{code} – {description}" if description else code, code)
        self.template.currentIndexChanged.connect(self._template_chosen)
        form.addRow(self.tr("Interaction &template:"), self.template)
        self.description = QLineEdit(self)
        self.description.setObjectName("wizardDescription")
        self.description.setMaxLength(100)
        self.description.setAccessibleName(self.tr("Description"))
        form.addRow(self.tr("&Description:"), self.description)
        self.body.addLayout(form)
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("wizardMore")
        self.more_button.setCheckable(True)
        self.more_button.setText(self.tr("More"))
        self.more_button.setAccessibleName(self.tr("More options"))
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setAutoRaise(True)
        self.more_button.toggled.connect(self._show_more)
        self.body.addWidget(self.more_button)
        self.more = self._more_section(lock_salesperson)
        self.more.hide()
        self.body.addWidget(self.more)
        self.finish_layout()

    def _more_section(self, lock_salesperson: bool) -> QWidget:
        box = QWidget(self)
        box.setObjectName("wizardMoreSection")
        form = QFormLayout(box)
        form.setContentsMargins(16, 0, 0, 0)
        self.salesperson = CodeCombo([(p.code, p.name) for p in list_salespeople(include_blocked=False)], parent=box)
        self.salesperson.setObjectName("wizardSalesperson")
        self.salesperson.setEnabled(not lock_salesperson)
        self.salesperson.setAccessibleName(self.tr("Salesperson"))
        form.addRow(self.tr("&Salesperson:"), self.salesperson)
        self.language = CodeCombo(lookups.list_languages(), parent=box)
        self.language.setObjectName("wizardLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        self.date = QDateEdit(box)
        self.date.setObjectName("wizardDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date.setAccessibleName(self.tr("Date"))
        form.addRow(self.tr("D&ate:"), self.date)
        self.time = QTimeEdit(box)
        self.time.setObjectName("wizardTime")
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        form.addRow(self.tr("T&ime:"), self.time)
        self.correspondence = EnumCombo(enum_texts.correspondence_types(), box)
        self.correspondence.setObjectName("wizardCorrespondenceType")
        self.correspondence.setAccessibleName(self.tr("Correspondence type"))
        form.addRow(self.tr("Correspondence t&ype:"), self.correspondence)
        self.information_flow = EnumCombo(enum_texts.information_flows(), box)
        self.information_flow.setObjectName("wizardInformationFlow")
        self.information_flow.setAccessibleName(self.tr("Information flow"))
        form.addRow(self.tr("Information &flow:"), self.information_flow)
        self.initiated_by = EnumCombo(enum_texts.initiators(), box)
        self.initiated_by.setObjectName("wizardInitiatedBy")
        self.initiated_by.setAccessibleName(self.tr("Initiated by"))
        form.addRow(self.tr("I&nitiated by:"), self.initiated_by)
        return box

    def _show_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def initializePage(self) -> None:
        self.load()

    def load(self) -> None:
        """Show the request's values."""
        request = self.request
        self._loading = True
        self.contact.set_contact(request.contact_no, request.contact_name)
        self.template.setCurrentIndex(max(0, self.template.findData(request.template_code)))
        self.description.setText(request.description)
        self.salesperson.set_code(request.salesperson_code)
        self.language.set_code(request.language_code)
        day = request.date or date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        if request.time is not None:
            self.time.setTime(QTime(request.time.hour, request.time.minute))
        self.correspondence.set_value(int(request.correspondence_type))
        self.information_flow.set_value(int(request.information_flow))
        self.initiated_by.set_value(int(request.initiated_by))
        self._loading = False

    def collect(self) -> None:
        request = self.request
        if not self._lock_contact:
            no = self.contact.resolve()
            if no != request.contact_no:
                request.contact_no, request.contact_name = no, ""
        request.template_code = str(self.template.currentData() or "")
        request.description = self.description.text().strip()
        request.salesperson_code = self.salesperson.code()
        request.language_code = self.language.code()
        request.date = self.date.date().toPython()  # type: ignore[assignment]
        request.time = self.time.time().toPython()  # type: ignore[assignment]
        request.correspondence_type = CorrespondenceType(self.correspondence.value())
        request.information_flow = InformationFlow(self.information_flow.value())
        request.initiated_by = InitiatedBy(self.initiated_by.value())

    def _contact_typed(self) -> None:
        if self._loading or self._lock_contact:
            return
        no = self.contact.resolve()
        if not no or no == self.request.contact_no:
            return
        try:
            self.collect()
            self.owner.request = interactions.set_contact(self.request, no)
        except (DomainError, StoreError) as problem:
            self.show_error(errors.describe(problem))
            return
        self.clear_error()
        self.load()

    def _template_chosen(self) -> None:
        if self._loading:
            return
        code = str(self.template.currentData() or "")
        self.collect()
        if code:
            try:
                self.owner.request = interactions.apply_template(self.request, code)
            except (DomainError, StoreError) as problem:
                self.show_error(errors.describe(problem))
                return
        else:
            self.owner.request = replace(self.request, template_code="", wizard_action=WizardAction.BLANK)
        self.clear_error()
        self.load()

    def validatePage(self) -> bool:
        """Spec 2.11: a contact, a template and a description before Next; a blocked contact never."""
        self.collect()
        request = self.request
        if not request.contact_no:
            self.show_error(self.tr("Select a contact to interact with: type its number or part of its name."))
            return False
        if not request.template_code:
            self.show_error(self.tr("The interaction template is mandatory. Choose one from the list."))
            return False
        if not request.description:
            self.show_error(self.tr("The description is mandatory. Type what this interaction is about."))
            return False
        try:
            interactions.check_contact(request.contact_no)
            if not request.contact_name:
                self.owner.request = interactions.set_contact(request, request.contact_no)
        except (DomainError, StoreError) as problem:
            self.show_error(errors.describe(problem))
            return False
        self.clear_error()
        return True

    def nextId(self) -> int:
        """No wizard action on the template: nothing to do with a document, so step 2 is skipped."""
        return self.owner.next_after_type()
