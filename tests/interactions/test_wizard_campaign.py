"""An interaction created in the wizard with a campaign writes its campaign entry (issue 12 §2)."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from contactdesk.crm import campaign_entries, campaign_targets, campaigns
from contactdesk.crm.campaign_data import CampaignData
from contactdesk.store.models import InteractionLogEntry
from contactdesk.ui.wizard.interaction_wizard import RELATED_PAGE, RESULT_PAGE, start_interaction_wizard


def test_the_wizard_links_its_interaction_to_the_campaign_chosen(qtbot, scenario) -> None:  # type: ignore[no-untyped-def]
    no = campaigns.create_campaign(CampaignData(description="Phone round")).no
    campaign_targets.activate(no)
    wizard = start_interaction_wizard(None, show=False, contact_no=scenario["P4"])
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.type_page.template
    combo.setCurrentIndex(combo.findData("TPHONE"))
    wizard.next()
    assert wizard.currentId() == RELATED_PAGE and not wizard.related_page.target.isEnabled()
    wizard.related_page.campaign.set_code(no)
    assert wizard.related_page.target.isEnabled()
    wizard.related_page.target.setChecked(True)
    wizard.next()
    assert wizard.currentId() == RESULT_PAGE
    with qtbot.waitSignal(wizard.interaction_logged):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    entry = InteractionLogEntry.get(InteractionLogEntry.entry_no == wizard.logged_entry.entry_no)
    (campaign_entry,) = campaign_entries.list_entries(no)
    assert (entry.campaign_id, entry.campaign_entry_no) == (no, campaign_entry.entry_no)
    assert (campaign_entry.description, campaign_entry.interactions) == ("Phone call", 1)
    # P4 stands alone: it is its own "company" in the target group.
    assert [contact for contact, _name in campaign_targets.target_companies(no)] == [scenario["P4"]]
