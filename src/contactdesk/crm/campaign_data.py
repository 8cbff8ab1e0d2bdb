"""What the campaign services hand around: a campaign, a row of the list, an entry, the statistics."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class CampaignData:
    """One campaign as the card edits it; activated is changed only by activate/deactivate."""

    no: str = ""
    description: str = ""
    starting_date: date | None = None
    ending_date: date | None = None
    salesperson_code: str = ""
    status_code: str = ""
    activated: bool = False
    # The version the user started from (0: not checked) and who/when of the last change, read-only.
    version: int = field(default=0, compare=False)
    created_by: str = field(default="", compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)

    def as_dict(self) -> dict[str, object]:
        """Plain values for JSON (the command line's keys)."""
        return {
            "no": self.no,
            "description": self.description,
            "starting_date": self.starting_date.isoformat() if self.starting_date else None,
            "ending_date": self.ending_date.isoformat() if self.ending_date else None,
            "salesperson": self.salesperson_code,
            "status": self.status_code,
            "activated": self.activated,
        }


@dataclass(frozen=True)
class CampaignStatistics:
    """A campaign's FlowFields (spec §1.17), counting entries neither canceled nor postponed."""

    interactions: int = 0
    cost: Decimal = Decimal("0.00")
    duration: int = 0
    targets_contacted: int = 0
    contacts_responded: int = 0
    target_companies: int = 0


@dataclass(frozen=True)
class CampaignRow:
    """One line of the Campaigns list."""

    campaign: CampaignData
    entries: int
    statistics: CampaignStatistics

    @property
    def no(self) -> str:
        """The campaign's number (lists select by it)."""
        return self.campaign.no

    def as_dict(self) -> dict[str, object]:
        """The campaign and its counts, for `campaign list --json`."""
        return {
            **self.campaign.as_dict(),
            "campaign_entries": self.entries,
            "interactions": self.statistics.interactions,
            "cost": str(self.statistics.cost),
            "duration": self.statistics.duration,
            "target_companies": self.statistics.target_companies,
        }


@dataclass(frozen=True)
class CampaignEntryRow:
    """One campaign entry: a logged segment's or a single interaction's link to the campaign."""

    entry_no: int
    campaign_no: str
    segment_no: str
    logged_segment_no: str
    description: str
    date: date | None
    user_id: str
    canceled: bool
    interactions: int


@dataclass(frozen=True)
class CampaignSegment:
    """A segment that belongs to a campaign: still being prepared, or logged (then logged_no is set)."""

    segment_no: str
    description: str
    date: date | None
    logged_no: str = ""
    canceled: bool = False
