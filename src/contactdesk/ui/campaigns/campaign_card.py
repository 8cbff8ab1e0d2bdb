"""The campaign card: number, description, dates, salesperson, status, activated; statistics; what belongs to it."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from contactdesk.crm import campaigns
from contactdesk.crm.campaign_data import CampaignData
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.salespeople import list_salespeople
from contactdesk.ui import errors, messages
from contactdesk.ui.campaigns.activation import toggle_activation
from contactdesk.ui.campaigns.campaign_details import CampaignDetails
from contactdesk.ui.campaigns.texts import CampaignTexts
from contactdesk.ui.contacts.fields import CodeCombo
from contactdesk.ui.dates import qdate
from contactdesk.ui.interactions.entry_filters import NO_DATE, DateFilter
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.form_dialog import FormDialog


class CampaignCard(FormDialog):
    """Edits one campaign (no == "": a new one, numbered on Save); the tabs below show what belongs to it."""

    def __init__(self, no: str = "", parent: QWidget | None = None) -> None:
        title = fill(self.tr("Campaign %1"), no) if no else self.tr("New campaign")
        super().__init__("campaignCard", title, parent)
        self.texts = CampaignTexts(self)
        self.no = no
        self.activated = False
        general = self.add_section(self.tr("General"), 0, 0)
        self.number = self.fields.add(general, "no", self.tr("No."), QLineEdit(self))
        self.number.setReadOnly(True)
        self.number.setPlaceholderText(self.tr("Given on Save"))
        self.description = self.fields.add(general, "description", self.tr("Description"), QLineEdit(self))
        self.starting_date = self.fields.add(general, "starting_date", self.tr("Starting date"), DateFilter(self))
        self.ending_date = self.fields.add(general, "ending_date", self.tr("Ending date"), DateFilter(self))
        people = [(person.code, person.name) for person in list_salespeople(include_blocked=False)]
        self.salesperson = self.fields.add(
            general, "salesperson_code", self.tr("Salesperson"), CodeCombo(people, parent=self)
        )
        self.status = self.fields.add(general, "status_code", self.tr("Status"), QLineEdit(self))
        self.status.setMaxLength(10)
        figures = self.add_section(self.tr("Statistics"), 0, 1)
        self.active_label = QLabel(self)
        self.active_label.setObjectName("campaignActivated")
        self.activate_button = QPushButton(self)
        self.activate_button.setObjectName("campaignCardActivate")
        self.activate_button.clicked.connect(self.toggle_activated)
        row = QHBoxLayout()
        row.addWidget(self.active_label, 1)
        row.addWidget(self.activate_button)
        figures.addRow(row)
        self.statistics = QLabel(self)
        self.statistics.setObjectName("campaignStatistics")
        self.statistics.setWordWrap(True)
        self.statistics.setToolTip(self.tr("Canceled and postponed interactions do not count."))
        figures.addRow(self.statistics)
        self.targets = QLabel(self)
        self.targets.setObjectName("campaignTargets")
        self.targets.setWordWrap(True)
        figures.addRow(self.targets)
        self.interaction_button = QPushButton(self.tr("Create &interaction…"), self)
        self.interaction_button.setObjectName("campaignCardInteraction")
        self.interaction_button.clicked.connect(self.create_interaction)
        figures.addRow(self.interaction_button)
        self.details = CampaignDetails(self.texts, self)
        self.details.changed_callbacks.append(self.show_figures)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        # Below the fields, taking the height the form's own stretch would: the lists are what grows.
        layout.insertWidget(layout.indexOf(self.stamp) + 1, self.details, 1)
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is not None and item.spacerItem() is not None:
                layout.setStretch(index, 0)
        self.details.setMinimumHeight(220)
        self.widen(820)
        self.resize(860, 640)
        self.reload_all()

    def reload_all(self) -> None:
        """Show the campaign as saved now (or the empty form of a new one)."""
        if self.no:
            try:
                self.show_record(campaigns.get_campaign(self.no))
            except (DomainError, StoreError) as problem:
                errors.show_error(self, problem)
        for widget in (self.details, self.activate_button, self.interaction_button):
            widget.setEnabled(bool(self.no))
        self.details.show_campaign(self.no)
        self.show_figures()

    def fetch_record(self) -> CampaignData | None:
        return campaigns.get_campaign(self.no) if self.no else None

    def load_record(self, data: CampaignData) -> None:
        self.number.setText(data.no)
        self.description.setText(data.description)
        self.starting_date.setDate(qdate(data.starting_date) if data.starting_date else NO_DATE)
        self.ending_date.setDate(qdate(data.ending_date) if data.ending_date else NO_DATE)
        self.salesperson.set_code(data.salesperson_code)
        self.status.setText(data.status_code)
        self.activated = data.activated

    def show_figures(self) -> None:
        """Activated or not, and the statistics as they are now."""
        figures = campaigns.statistics([self.no]).get(self.no) if self.no else None
        if figures is not None:
            self.activated = campaigns.get_campaign(self.no).activated
        self.active_label.setText(self.tr("Activated") if self.activated else self.tr("Not activated"))
        self.activate_button.setText(self.tr("De&activate") if self.activated else self.tr("&Activate"))
        if figures is None:
            self.statistics.setText(self.tr("Save the campaign first; its statistics appear here."))
            self.targets.setText("")
            return
        self.statistics.setText(self.texts.statistics(figures))
        self.targets.setText(self.texts.targets(figures))

    def collect(self) -> CampaignData:
        """The form as a record (the service validates it)."""
        return CampaignData(
            no=self.no,
            description=self.description.text(),
            starting_date=self.starting_date.value(),
            ending_date=self.ending_date.value(),
            salesperson_code=self.salesperson.code(),
            status_code=self.status.text(),
            version=self.version,
        )

    def submit(self) -> str:
        data = self.collect()
        saved = campaigns.update_campaign(data) if self.no else campaigns.create_campaign(data)
        return saved.no

    def toggle_activated(self) -> None:
        """Activate (targets' companies join the target group) or deactivate, then say what happened."""
        title = self.windowTitle()
        said = toggle_activation(self, self.texts, title, self.no, self.activated)
        if said is None:
            return
        # Activating moved the version on: the form takes it, keeping what the user typed.
        self.version = campaigns.get_campaign(self.no).version
        self.details.show_campaign(self.no)
        self.show_figures()
        messages.information(self, title, said)

    def create_interaction(self) -> None:
        """The Create Interaction wizard with this campaign chosen (and locked)."""
        from contactdesk.ui.wizard.interaction_wizard import start_interaction_wizard

        wizard = start_interaction_wizard(self, campaign_no=self.no)
        if wizard is not None:
            wizard.interaction_logged.connect(lambda *_args: self.details.changed())
