"""Counts that describe a database (for `contactdesk info` and the status bar)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from contactdesk.store.models import (
    Campaign,
    CampaignEntry,
    Contact,
    InteractionLogEntry,
    InteractionTemplate,
    LoggedSegment,
    Segment,
    SegmentLine,
)


@dataclass(frozen=True)
class DatabaseInfo:
    """How much the database holds."""

    contacts: int
    segments: int
    segment_lines: int
    logged_segments: int
    interaction_log_entries: int
    postponed_interactions: int
    interaction_templates: int
    campaigns: int
    campaign_entries: int

    def as_dict(self) -> dict[str, int]:
        """Plain dict for JSON."""
        return asdict(self)


def database_info() -> DatabaseInfo:
    """Count every kind of record the user works with."""
    entries = InteractionLogEntry.select()
    return DatabaseInfo(
        contacts=Contact.select().count(),
        segments=Segment.select().count(),
        segment_lines=SegmentLine.select().count(),
        logged_segments=LoggedSegment.select().count(),
        interaction_log_entries=entries.where(InteractionLogEntry.postponed == False).count(),  # noqa: E712
        postponed_interactions=entries.where(InteractionLogEntry.postponed == True).count(),  # noqa: E712
        interaction_templates=InteractionTemplate.select().count(),
        campaigns=Campaign.select().count(),
        campaign_entries=CampaignEntry.select().count(),
    )
