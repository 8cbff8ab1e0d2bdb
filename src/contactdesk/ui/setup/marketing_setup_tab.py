"""Setup → Marketing setup: number series and the defaults new contacts get."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from contactdesk.crm import lookups
from contactdesk.crm.enums import CorrespondenceType
from contactdesk.crm.marketing_setup import MarketingSetupData, get_marketing_setup, save_marketing_setup
from contactdesk.crm.number_series import list_series
from contactdesk.crm.salespeople import list_salespeople
from contactdesk.crm.templates import list_templates
from contactdesk.ui.contacts.fields import CodeCombo
from contactdesk.ui.country_names import with_country_names
from contactdesk.ui.setup import enum_texts
from contactdesk.ui.setup.enum_combo import EnumCombo
from contactdesk.ui.setup.form_fields import refill_code_combo
from contactdesk.ui.setup.settings_tab import SettingsTab

SERIES_FIELDS = ("contact_nos", "segment_nos", "logged_segment_nos", "campaign_nos")
INHERIT_FIELDS = (
    "inherit_salesperson",
    "inherit_territory",
    "inherit_country",
    "inherit_language",
    "inherit_address",
    "inherit_communication",
)


class MarketingSetupTab(SettingsTab):
    """The one Marketing setup record, edited in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "setupMarketing",
            self.tr("Marketing setup"),
            self.tr(
                "Which number series new contacts and segments take their numbers from, and what a new contact "
                "gets when you leave a field empty."
            ),
            parent,
        )
        self._stored = MarketingSetupData()
        add = self.fields.add
        numbering = self.add_section(self.tr("Numbering"), 0, 0)
        series_labels = (
            self.tr("Contact nos."),
            self.tr("Segment nos."),
            self.tr("Logged segment nos."),
            self.tr("Campaign nos."),
        )
        self.series = {
            name: add(numbering, name, label, CodeCombo([], parent=self))
            for name, label in zip(SERIES_FIELDS, series_labels, strict=True)
        }
        defaults = self.add_section(self.tr("Defaults for new contacts"), 1, 0)
        self.salesperson = add(defaults, "default_salesperson_code", self.tr("Salesperson"), CodeCombo([], parent=self))
        self.country = add(defaults, "default_country_code", self.tr("Country/region"), CodeCombo([], parent=self))
        self.language = add(defaults, "default_language_code", self.tr("Language"), CodeCombo([], parent=self))
        self.correspondence = add(
            defaults,
            "default_correspondence_type",
            self.tr("Correspondence type"),
            EnumCombo(enum_texts.correspondence_types(), self),
        )
        self.company_salutation = add(
            defaults, "default_company_salutation", self.tr("Company salutation"), CodeCombo([], parent=self)
        )
        self.person_salutation = add(
            defaults, "default_person_salutation", self.tr("Person salutation"), CodeCombo([], parent=self)
        )
        interactions = self.add_section(self.tr("Interactions"), 2, 0)
        self.cover_sheet = add(
            interactions, "cover_sheet_template_code", self.tr("Cover sheet template"), CodeCombo([], parent=self)
        )
        self.cover_sheet.setToolTip(self.tr("The template of the entries logged when cover sheets are printed"))
        inherit = self.add_section(self.tr("A new person takes from their company"), 0, 1, 2)
        inherit_texts = (
            self.tr("Salesperson"),
            self.tr("Territory"),
            self.tr("Country/region"),
            self.tr("Language"),
            self.tr("Address"),
            self.tr("Communication (phone, e-mail, home page)"),
        )
        self.inherit = {
            name: self.fields.add_check(inherit, name, text)
            for name, text in zip(INHERIT_FIELDS, inherit_texts, strict=True)
        }
        self.sections.setColumnStretch(0, 3)
        self.sections.setColumnStretch(1, 2)
        self.finish_fields()

    def load_choices(self) -> None:
        series = [(item.code, item.description) for item in list_series()]
        for combo in self.series.values():
            refill_code_combo(combo, series)
        refill_code_combo(self.salesperson, [(p.code, p.name) for p in list_salespeople(include_blocked=False)])
        refill_code_combo(self.country, with_country_names(lookups.list_countries()))
        refill_code_combo(self.language, lookups.list_languages())
        salutations = lookups.list_salutations()
        refill_code_combo(self.company_salutation, salutations)
        refill_code_combo(self.person_salutation, salutations)
        refill_code_combo(self.cover_sheet, [(t.code, t.description) for t in list_templates()])

    def load_values(self) -> None:
        data = get_marketing_setup()
        self._stored = data
        for name, combo in self.series.items():
            combo.set_code(getattr(data, name))
        self.salesperson.set_code(data.default_salesperson_code)
        self.country.set_code(data.default_country_code)
        self.language.set_code(data.default_language_code)
        self.correspondence.set_value(int(data.default_correspondence_type))
        self.company_salutation.set_code(data.default_company_salutation)
        self.person_salutation.set_code(data.default_person_salutation)
        self.cover_sheet.set_code(data.cover_sheet_template_code)
        for name, box in self.inherit.items():
            box.setChecked(bool(getattr(data, name)))

    def collect(self) -> MarketingSetupData:
        """The form as a record; settings the form does not show keep their stored value."""
        values: dict[str, object] = {name: combo.code() for name, combo in self.series.items()}
        values.update({name: box.isChecked() for name, box in self.inherit.items()})
        return replace(
            self._stored,
            default_salesperson_code=self.salesperson.code(),
            default_country_code=self.country.code(),
            default_language_code=self.language.code(),
            default_correspondence_type=CorrespondenceType(self.correspondence.value()),
            default_company_salutation=self.company_salutation.code(),
            default_person_salutation=self.person_salutation.code(),
            cover_sheet_template_code=self.cover_sheet.code(),
            **values,  # type: ignore[arg-type]
        )

    def submit(self) -> None:
        self._stored = save_marketing_setup(self.collect())
