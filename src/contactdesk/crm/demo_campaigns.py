"""Sample campaigns: a finished one over the old logged segment, and a running one with a segment attached.

"Nieuwjaarskaart" is the campaign of the sample history's logged segment (its entries and one campaign
entry); "Voorjaarsseminar" is activated, owns the Dutch retail segment with every line a campaign target
(so its target group is filled) and has a few phone calls logged with it. Everything goes through the
campaign, segment and interaction services, except linking the history's entries, which are sample
rows themselves.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from contactdesk.crm.campaign_data import CampaignData
from contactdesk.store.enums import Evaluation
from contactdesk.store.models import CampaignEntry, LoggedSegment
from contactdesk.store.models import InteractionLogEntry as E

# (days before today, evaluation, responded) of the phone calls logged with the running campaign.
CALLS = [(12, Evaluation.POSITIVE, True), (9, Evaluation.NEUTRAL, False), (4, Evaluation.VERY_POSITIVE, True)]


def _new_year(logged: LoggedSegment) -> str:
    """The finished campaign of the history's logged segment: its entries become campaign targets."""
    from contactdesk.crm import campaigns

    day = logged.creation_date if isinstance(logged.creation_date, date) else date.fromisoformat(logged.creation_date)
    no = campaigns.create_campaign(
        CampaignData(
            description="Nieuwjaarskaart / New year card",
            starting_date=day - timedelta(days=21),
            ending_date=day + timedelta(days=31),
            salesperson_code="PB",
            status_code="DONE",
        )
    ).no
    entry = CampaignEntry.create(
        campaign=no,
        segment_no=str(logged.segment_no),
        register_no=int(logged.id),
        description=str(logged.description),
        date=day,
        user_id=str(logged.user_id),
    )
    E.update(campaign=no, campaign_entry_no=int(entry.id), campaign_target=True).where(
        E.logged_segment == int(logged.id)
    ).execute()
    return no


def _seminar(segment_no: str | None, today: date) -> str:
    """The running campaign: activated, the retail segment attached as its targets, three calls logged."""
    from contactdesk.crm import campaign_targets, campaigns, interactions, segment_lines, segments

    no = campaigns.create_campaign(
        CampaignData(
            description="Voorjaarsseminar / Spring seminar",
            starting_date=today - timedelta(days=21),
            ending_date=today + timedelta(days=30),
            salesperson_code="JV",
            status_code="RUNNING",
        )
    ).no
    campaign_targets.activate(no)
    if segment_no is None:
        return no
    # The lines follow the header (spec §2.2), and their companies join the target group (§2.1 step 6).
    segments.update_header(segment_no, {"campaign_no": no, "campaign_target": True})
    lines = segment_lines.list_lines(segment_no, limit=len(CALLS))
    for line, (days, evaluation, responded) in zip(lines, CALLS, strict=False):
        request = interactions.new_request(line.contact_no, template_code="PHONE", campaign_no=no)
        request.date, request.time = today - timedelta(days=days), time(10, 30)
        request.salesperson_code = "JV"
        request.description = "Seminar nabellen / Seminar call"
        request.evaluation, request.campaign_target, request.campaign_response = evaluation, True, responded
        interactions.log_interaction(request)
    return no


def build_campaigns(today: date, logged_id: int | None, segment_no: str | None) -> list[str]:
    """Both sample campaigns (inside the demo's transaction); returns their numbers."""
    made = []
    logged = LoggedSegment.get_or_none(LoggedSegment.id == logged_id) if logged_id is not None else None
    # An empty sample logs nothing worth a campaign.
    if logged is not None and E.select().where(E.logged_segment == int(logged.id)).exists():
        made.append(_new_year(logged))
    made.append(_seminar(segment_no, today))
    return made
