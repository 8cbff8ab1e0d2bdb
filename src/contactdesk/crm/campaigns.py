"""Campaigns (spec §1.17): numbered from Marketing Setup's campaign series, listed with their statistics."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from peewee import Case, fn

from contactdesk.crm import lookups, validation, versions
from contactdesk.crm.campaign_data import CampaignData, CampaignRow, CampaignSegment, CampaignStatistics
from contactdesk.crm.errors import InUseError, MissingSetupError, NotFoundError, ValidationError, ValidationErrors
from contactdesk.store.db import write_transaction
from contactdesk.store.models import (
    Campaign,
    CampaignEntry,
    CampaignTargetGroup,
    LoggedSegment,
    MarketingSetup,
    Salesperson,
    Segment,
)
from contactdesk.store.models import InteractionLogEntry as E
from contactdesk.store.numbering import next_number
from contactdesk.store.search import like, like_pattern

ENTITY = "campaign"
_CENT = Decimal("0.01")


def _to_data(row: Campaign) -> CampaignData:
    return CampaignData(
        no=str(row.no),
        description=str(row.description),
        starting_date=_day(row.starting_date),
        ending_date=_day(row.ending_date),
        salesperson_code=str(lookups.stored(row, "salesperson") or ""),
        status_code=str(row.status_code or ""),
        activated=bool(row.activated),
        **vars(versions.stamp_of(row)),
    )


def _day(value: object) -> date | None:
    # SQLite hands back text for a date read through a plain select of the column.
    if isinstance(value, str):
        return date.fromisoformat(value) if value else None
    return value if isinstance(value, date) else None


def _row(no: str) -> Campaign:
    row = Campaign.get_or_none(Campaign.no == validation.normalize_code(no))
    if row is None:
        raise NotFoundError(ENTITY, no)
    return row


def get_campaign(no: str) -> CampaignData:
    """One campaign; NotFoundError when the number does not exist."""
    return _to_data(_row(no))


def statistics(campaign_nos: Iterable[str]) -> dict[str, CampaignStatistics]:
    """Interactions, cost, duration, targets contacted and responses per campaign: one aggregate query.

    Canceled and postponed entries do not count (spec §2.13); the target group is counted alongside.
    """
    nos = sorted({validation.normalize_code(no) for no in campaign_nos if no})
    if not nos:
        return {}
    live = (E.canceled == False) & (E.postponed == False)  # noqa: E712
    query: Any = (
        E.select(
            E.campaign,
            fn.COUNT(E.id),
            fn.COALESCE(fn.SUM(E.cost), 0),
            fn.COALESCE(fn.SUM(E.duration), 0),
            fn.COUNT(fn.DISTINCT(Case(None, [(E.campaign_target == True, E.contact)], None))),  # noqa: E712
            fn.COUNT(fn.DISTINCT(Case(None, [(E.campaign_response == True, E.contact)], None))),  # noqa: E712
        )
        .where(E.campaign.in_(nos) & live)
        .group_by(E.campaign)
        .tuples()
    )
    found = {
        str(no): (int(count), Decimal(str(cost)).quantize(_CENT), int(duration), int(targets), int(responses))
        for no, count, cost, duration, targets, responses in query
    }
    groups: Any = (
        CampaignTargetGroup.select(CampaignTargetGroup.campaign, fn.COUNT(CampaignTargetGroup.id))
        .where(CampaignTargetGroup.campaign.in_(nos))
        .group_by(CampaignTargetGroup.campaign)
        .tuples()
    )
    companies = {str(no): int(count) for no, count in groups}
    result = {}
    for no in nos:
        count, cost, duration, targets, responses = found.get(no, (0, Decimal("0.00"), 0, 0, 0))
        result[no] = CampaignStatistics(count, cost, duration, targets, responses, companies.get(no, 0))
    return result


def list_campaigns(query: str = "") -> list[CampaignRow]:
    """Every campaign by number (searched in number and description), with its entries and statistics."""
    select = Campaign.select().order_by(Campaign.no)
    text = query.strip()
    if text:
        pattern = like_pattern(text)
        select = select.where(
            Campaign.no.contains(text.upper()) | like(Campaign.description, pattern, ignore_case=True)
        )
    rows = [_to_data(row) for row in select]
    counts: Any = (
        CampaignEntry.select(CampaignEntry.campaign, fn.COUNT(CampaignEntry.id))
        .where(CampaignEntry.campaign.in_([row.no for row in rows]))
        .group_by(CampaignEntry.campaign)
        .tuples()
    )
    entries = {str(no): int(count) for no, count in counts}
    figures = statistics(row.no for row in rows)
    return [CampaignRow(row, entries.get(row.no, 0), figures.get(row.no, CampaignStatistics())) for row in rows]


def _values(data: CampaignData) -> dict[Any, Any]:
    """The columns to store; ValidationErrors lists every refused field."""
    description = (data.description or "").strip()
    status = validation.normalize_code(data.status_code)
    salesperson = validation.normalize_code(data.salesperson_code)
    problems = validation.collect(
        validation.required("description", description),
        validation.max_length("description", description, 100),
        validation.one_line("description", description),
        validation.max_length("status_code", status, 10),
        validation.one_line("status_code", status),
    )
    if salesperson and not lookups.code_exists(Salesperson, salesperson):
        problems.append(ValidationError("salesperson_code", "unknown", salesperson))
    if data.starting_date and data.ending_date and data.ending_date < data.starting_date:
        problems.append(
            ValidationError("ending_date", "before_start", data.ending_date.isoformat(), data.starting_date.isoformat())
        )
    if problems:
        raise ValidationErrors(problems)
    return {
        Campaign.description: description,
        Campaign.starting_date: data.starting_date,
        Campaign.ending_date: data.ending_date,
        Campaign.salesperson: salesperson or None,
        Campaign.status_code: status,
    }


def create_campaign(data: CampaignData) -> CampaignData:
    """A new campaign numbered from Marketing Setup's campaign series (MissingSetupError without one)."""
    values = _values(data)
    setup = MarketingSetup.select().first()
    if setup is None or not setup.campaign_nos:
        raise MissingSetupError("campaign_nos")
    with write_transaction():
        no = next_number(str(setup.campaign_nos))
        Campaign.insert({Campaign.no: no, **values, **versions.created_values(Campaign)}).execute()
        return get_campaign(no)


def update_campaign(data: CampaignData) -> CampaignData:
    """Save the card's fields; refused when someone saved the campaign since `data.version` (0: unchecked)."""
    values = _values(data)
    key = validation.normalize_code(data.no)
    with write_transaction():
        versions.update(Campaign, Campaign.no == key, values, data.version or None, ENTITY, key)
        return get_campaign(key)


def delete_campaign(no: str) -> None:
    """Delete a campaign nothing was logged with; its target group goes with it."""
    with write_transaction():
        key = str(_row(no).no)
        entries = CampaignEntry.select().where(CampaignEntry.campaign == key).count()
        if entries:
            raise InUseError(ENTITY, key, "campaign_entries", entries)
        lookups.refuse_if_in_history(ENTITY, key, "campaign")
        Campaign.delete().where(Campaign.no == key).execute()


def segments_of(no: str) -> list[CampaignSegment]:
    """The segments of a campaign: unlogged ones whose header names it, then the logged ones, by number."""
    key = validation.normalize_code(no)
    unlogged = Segment.select(Segment.no, Segment.description, Segment.date).where(Segment.campaign == key)
    logged: Any = (
        LoggedSegment.select(
            LoggedSegment.segment_no,
            LoggedSegment.description,
            LoggedSegment.creation_date,
            LoggedSegment.no,
            LoggedSegment.canceled,
        )
        .join(CampaignEntry, on=(CampaignEntry.register_no == LoggedSegment.id))
        .where(CampaignEntry.campaign == key)
        .distinct()
        .order_by(LoggedSegment.no)
    )
    result = [CampaignSegment(str(s.no), str(s.description), _day(s.date)) for s in unlogged.order_by(Segment.no)]
    for segment_no, description, day, logged_no, canceled in logged.tuples():
        result.append(CampaignSegment(str(segment_no), str(description), _day(day), str(logged_no), bool(canceled)))
    return result
