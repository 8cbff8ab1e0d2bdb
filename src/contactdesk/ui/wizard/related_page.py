"""Step 3 of Create Interaction: the campaign and opportunity this interaction belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit

from contactdesk.crm import lookups
from contactdesk.ui.contacts.fields import CodeCombo
from contactdesk.ui.wizard.step import WizardStep


class RelatedPage(WizardStep):
    """Campaign (locked when the wizard was started for one), target/response flags, opportunity text."""

    def __init__(self, lock_campaign: bool) -> None:
        super().__init__("wizardRelatedPage")
        self.setTitle(self.tr("Related to"))
        self.setSubTitle(self.tr("Link the interaction to a campaign or an opportunity, if it belongs to one."))
        form = QFormLayout()
        self.campaign = CodeCombo(lookups.list_campaigns(), parent=self)
        self.campaign.setObjectName("wizardCampaign")
        self.campaign.setEnabled(not lock_campaign)
        self.campaign.currentIndexChanged.connect(lambda _index: self._campaign_changed())
        self.campaign.setAccessibleName(self.tr("Campaign"))
        form.addRow(self.tr("&Campaign:"), self.campaign)
        self.target = QCheckBox(self.tr("The contact is a campaign &target"), self)
        self.target.setObjectName("wizardCampaignTarget")
        self.target.setAccessibleName(self.tr("Campaign target"))
        form.addRow("", self.target)
        self.response = QCheckBox(self.tr("The interaction is a campaign &response"), self)
        self.response.setObjectName("wizardCampaignResponse")
        self.response.setAccessibleName(self.tr("Campaign response"))
        form.addRow("", self.response)
        self.opportunity = QLineEdit(self)
        self.opportunity.setObjectName("wizardOpportunity")
        self.opportunity.setMaxLength(100)
        self.opportunity.setPlaceholderText(self.tr("Describe the opportunity, if there is one"))
        self.opportunity.setAccessibleName(self.tr("Opportunity"))
        form.addRow(self.tr("&Opportunity:"), self.opportunity)
        self.body.addLayout(form)
        self.finish_layout()

    def _campaign_changed(self) -> None:
        has_campaign = bool(self.campaign.code())
        self.target.setEnabled(has_campaign)
        self.response.setEnabled(has_campaign)

    def initializePage(self) -> None:
        request = self.request
        self.campaign.set_code(request.campaign_no)
        self.target.setChecked(request.campaign_target)
        self.response.setChecked(request.campaign_response)
        self.opportunity.setText(request.opportunity_text)
        self._campaign_changed()

    def collect(self) -> None:
        request = self.request
        request.campaign_no = self.campaign.code()
        request.campaign_target = bool(request.campaign_no) and self.target.isChecked()
        request.campaign_response = bool(request.campaign_no) and self.response.isChecked()
        request.opportunity_text = self.opportunity.text().strip()

    def validatePage(self) -> bool:
        self.collect()
        return True
