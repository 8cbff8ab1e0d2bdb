"""Create or edit an interaction template: every default a segment line or an entry takes from it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from contactdesk.crm import lookups
from contactdesk.crm.codes import list_codes
from contactdesk.crm.enums import CorrespondenceType, InformationFlow, InitiatedBy, WizardAction
from contactdesk.crm.templates import TemplateData, get_template, save_template
from contactdesk.ui.contacts.fields import CodeCombo
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup import enum_texts
from contactdesk.ui.setup.enum_combo import EnumCombo
from contactdesk.ui.setup.form_dialog import FormDialog

MAX_COST = 9_999_999_999.99


class TemplateDialog(FormDialog):
    """General, interaction, correspondence and campaign sections."""

    def __init__(self, data: TemplateData | None = None, parent: QWidget | None = None) -> None:
        title = fill(self.tr("Interaction template %1"), data.code) if data else self.tr("New interaction template")
        super().__init__("templateDialog", title, parent)
        self.widen(760)
        self.original_code = data.code if data else None
        self._general()
        self._interaction()
        self._correspondence()
        self._campaign()
        self.show_record(data or TemplateData(code=""))

    def _general(self) -> None:
        form = self.add_section(self.tr("General"), 0, 0)
        add = self.fields.add
        self.code = add(form, "code", self.tr("Code"), QLineEdit(self))
        self.description = add(form, "description", self.tr("Description"), QLineEdit(self))
        groups = [(item.code, item.description) for item in list_codes("interaction_group")]
        self.group = add(form, "interaction_group_code", self.tr("Interaction group"), CodeCombo(groups, parent=self))
        self.language = add(
            form, "language_code_default", self.tr("Default language"), CodeCombo(lookups.list_languages(), parent=self)
        )
        self.language.setToolTip(self.tr("The language of the letter when the contact's language has no version"))
        self.wizard_action = add(
            form, "wizard_action", self.tr("Wizard action"), EnumCombo(enum_texts.wizard_actions(), self)
        )
        self.wizard_action.setToolTip(self.tr("What the Create Interaction wizard does with the Word document"))

    def _interaction(self) -> None:
        form = self.add_section(self.tr("Interaction"), 0, 1)
        add = self.fields.add
        self.unit_cost = add(form, "unit_cost", self.tr("Unit cost"), QDoubleSpinBox(self))
        self.unit_cost.setRange(0, MAX_COST)
        self.unit_cost.setDecimals(2)
        self.unit_cost.setGroupSeparatorShown(True)
        self.unit_cost.setMinimumWidth(140)
        self.unit_duration = add(form, "unit_duration", self.tr("Unit duration (min)"), QSpinBox(self))
        self.unit_duration.setRange(0, 1_000_000)
        self.information_flow = add(
            form, "information_flow", self.tr("Information flow"), EnumCombo(enum_texts.information_flows(), self)
        )
        self.initiated_by = add(form, "initiated_by", self.tr("Initiated by"), EnumCombo(enum_texts.initiators(), self))

    def _correspondence(self) -> None:
        form = self.add_section(self.tr("Correspondence"), 1, 0)
        self.correspondence = self.fields.add(
            form,
            "correspondence_type_default",
            self.tr("Correspondence type"),
            EnumCombo(enum_texts.correspondence_types(), self),
        )
        self.ignore_contact = self.fields.add_check(
            form, "ignore_contact_corres_type", self.tr("Ignore the contact's correspondence type")
        )
        self.ignore_contact.setToolTip(
            self.tr("Always use this template's correspondence type, whatever the contact prefers")
        )

    def _campaign(self) -> None:
        form = self.add_section(self.tr("Campaign"), 1, 1)
        self.campaign = self.fields.add(
            form, "campaign_no", self.tr("Campaign"), CodeCombo(lookups.list_campaigns(), parent=self)
        )
        self.campaign_target = self.fields.add_check(form, "campaign_target", self.tr("Campaign target"))
        self.campaign_response = self.fields.add_check(form, "campaign_response", self.tr("Campaign response"))
        self.campaign.currentIndexChanged.connect(self._campaign_changed)

    def _campaign_changed(self) -> None:
        has_campaign = bool(self.campaign.code())
        self.campaign_target.setEnabled(has_campaign)
        self.campaign_response.setEnabled(has_campaign)

    def fetch_record(self) -> TemplateData | None:
        return get_template(self.original_code) if self.original_code else None

    def load_record(self, data: TemplateData) -> None:
        self.code.setText(data.code)
        self.description.setText(data.description)
        self.group.set_code(data.interaction_group_code)
        self.language.set_code(data.language_code_default)
        self.wizard_action.set_value(int(data.wizard_action))
        self.unit_cost.setValue(float(data.unit_cost))
        self.unit_duration.setValue(int(data.unit_duration))
        self.information_flow.set_value(int(data.information_flow))
        self.initiated_by.set_value(int(data.initiated_by))
        self.correspondence.set_value(int(data.correspondence_type_default))
        self.ignore_contact.setChecked(data.ignore_contact_corres_type)
        self.campaign.set_code(data.campaign_no)
        self.campaign_target.setChecked(data.campaign_target)
        self.campaign_response.setChecked(data.campaign_response)
        self._campaign_changed()

    def collect(self) -> TemplateData:
        """The form as a record (the service validates it)."""
        has_campaign = bool(self.campaign.code())
        return TemplateData(
            code=self.code.text(),
            interaction_group_code=self.group.code(),
            description=self.description.text(),
            unit_cost=Decimal(f"{self.unit_cost.value():.2f}"),
            unit_duration=self.unit_duration.value(),
            information_flow=InformationFlow(self.information_flow.value()),
            initiated_by=InitiatedBy(self.initiated_by.value()),
            campaign_no=self.campaign.code(),
            campaign_target=has_campaign and self.campaign_target.isChecked(),
            campaign_response=has_campaign and self.campaign_response.isChecked(),
            correspondence_type_default=CorrespondenceType(self.correspondence.value()),
            ignore_contact_corres_type=self.ignore_contact.isChecked(),
            language_code_default=self.language.code(),
            wizard_action=WizardAction(self.wizard_action.value()),
            version=self.version,
        )

    def submit(self) -> str:
        return save_template(self.collect(), self.original_code).code
