"""Every user-facing sentence about campaigns (plural forms need self.tr, so they live in one QObject)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from contactdesk.crm.campaign_data import CampaignStatistics
from contactdesk.crm.errors import CampaignEntryStateError
from contactdesk.ui.formatting import amount
from contactdesk.ui.placeholders import fill


class CampaignTexts(QObject):
    """Counts, questions and answers of the Campaigns page and the campaign card."""

    def campaigns(self, count: int) -> str:
        """The status bar's count."""
        return self.tr("%n campaign(s)", "", count)

    def statistics(self, figures: CampaignStatistics) -> str:
        """The statistics line: interactions, cost and duration, without canceled or postponed entries."""
        return fill(
            self.tr("%1 · cost %2 · %3 min"),
            self.tr("%n interaction(s)", "", figures.interactions),
            amount(figures.cost),
            figures.duration,
        )

    def targets(self, figures: CampaignStatistics) -> str:
        """Targets contacted, responses and the target group's size."""
        return fill(
            self.tr("%1 · %2 · %3"),
            self.tr("%n target contact(s) reached", "", figures.targets_contacted),
            self.tr("%n response(s)", "", figures.contacts_responded),
            self.tr("%n company(ies) in the target group", "", figures.target_companies),
        )

    def empty_targets(self, activated: bool) -> tuple[str, str]:
        """Title and sentence of an empty target group, which depend on whether the campaign is activated."""
        if activated:
            return (
                self.tr("No targets yet"),
                self.tr(
                    "Mark the segment lines of this campaign as campaign target, or log an interaction as a "
                    "campaign target: the contact's company appears here, once."
                ),
            )
        return (
            self.tr("Not activated"),
            self.tr(
                "Activate the campaign to fill its target group: the company of every segment line and logged "
                "interaction marked as campaign target, once per company."
            ),
        )

    def activated(self, no: str, companies: int) -> str:
        """Said after activating (the reference's own words first)."""
        return (
            fill(self.tr("Campaign %1 is now activated."), no)
            + " "
            + self.tr("%n company(ies) are in its target group.", "", companies)
        )

    def deactivate_question(self, no: str) -> str:
        """Asked before deactivating."""
        return fill(self.tr("Deactivate campaign %1? Its target group is emptied."), no)

    def deactivated(self, no: str, companies: int) -> str:
        """Said after deactivating."""
        return (
            fill(self.tr("Campaign %1 is no longer activated."), no)
            + " "
            + self.tr("%n company(ies) left its target group.", "", companies)
        )

    def delete_question(self, no: str, description: str) -> str:
        """Asked before deleting a campaign."""
        return fill(self.tr("Delete campaign %1 “%2”?"), no, description)

    def cancel_question(self, count: int, canceled: bool) -> str:
        """Asked before canceling (or restoring) campaign entries."""
        if canceled:
            return self.tr("Restore %n campaign entry(ies) and their interaction log entries?", "", count)
        return self.tr(
            "Cancel %n campaign entry(ies)? Their interaction log entries are canceled too and no longer count.",
            "",
            count,
        )

    def delete_entries_question(self, count: int) -> str:
        """Asked before "Delete campaign entries"."""
        return self.tr(
            "Delete %n canceled campaign entry(ies) and their interaction log entries? This cannot be undone.",
            "",
            count,
        )

    def entries_deleted(self, count: int) -> str:
        """Said after deleting campaign entries."""
        return self.tr("%n campaign entry(ies) deleted.", "", count)

    def describe(self, error: CampaignEntryStateError) -> str:
        """One sentence for a refused campaign entry action."""
        if error.problem == "logged_segment_canceled":
            return fill(
                self.tr(
                    "Campaign entry %1 belongs to logged segment %2, which is canceled. "
                    "Restore the logged segment instead."
                ),
                error.entry_no,
                error.key,
            )
        return fill(
            self.tr("Campaign entry %1 is not canceled. Only canceled entries can be deleted; cancel it first."),
            error.entry_no,
        )
