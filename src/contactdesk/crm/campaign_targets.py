"""Campaign target groups (spec §1.17, §2.1 step 6): who an activated campaign is aimed at.

On an activated campaign, every interaction entry and segment line marked "campaign target" puts its
contact's company (a contact without a company: itself) into the campaign's target group, once per
company. Activating a campaign does this for what already exists; deactivating empties the group.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from peewee import Value, fn

from contactdesk.crm import validation, versions
from contactdesk.crm.errors import NotFoundError
from contactdesk.store.db import write_transaction
from contactdesk.store.models import Campaign, CampaignTargetGroup, Contact, SegmentLine
from contactdesk.store.models import InteractionLogEntry as E

T = CampaignTargetGroup


def _insert(campaign_no: str, model: Any, where: Any) -> None:
    """Insert the companies of the target rows `where` selects in `model` (entries or lines), skipping known ones."""
    company = fn.COALESCE(model.contact_company, model.contact)
    known = T.select(T.id).where((T.campaign == campaign_no) & (T.contact == company))
    select = (
        model.select(Value(campaign_no), company)
        .where(where & model.contact.is_null(False) & ~fn.EXISTS(known))
        .distinct()
    )
    # Two users logging for the same campaign at once: the loser's row is simply there already.
    T.insert_from(select, [T.campaign, T.contact]).on_conflict_ignore().execute()


def _fill(campaign_no: str) -> int:
    """Every target of the campaign's live entries and of its segment lines joins the group."""
    live = (E.canceled == False) & (E.postponed == False)  # noqa: E712
    entries = (E.campaign == campaign_no) & (E.campaign_target == True) & live  # noqa: E712
    lines = (SegmentLine.campaign == campaign_no) & (SegmentLine.campaign_target == True)  # noqa: E712
    _insert(campaign_no, E, entries)
    _insert(campaign_no, SegmentLine, lines)
    return int(T.select().where(T.campaign == campaign_no).count())


def update_targets(campaign_nos: Iterable[str]) -> None:
    """Bring the target groups of these campaigns up to date, where activated (inside the caller's transaction)."""
    nos = sorted({validation.normalize_code(no) for no in campaign_nos if no})
    if not nos:
        return
    active: Any = Campaign.select(Campaign.no).where(Campaign.no.in_(nos) & (Campaign.activated == True))  # noqa: E712
    for (no,) in active.tuples():
        _fill(str(no))


def _campaign(no: str) -> str:
    key = validation.normalize_code(no)
    if not Campaign.select().where(Campaign.no == key).exists():
        raise NotFoundError("campaign", no)
    return key


def activate(no: str) -> int:
    """Activate a campaign: its existing targets join the group. Returns the number of companies in it."""
    with write_transaction():
        key = _campaign(no)
        versions.update(Campaign, Campaign.no == key, {Campaign.activated: True}, None, "campaign", key)
        return _fill(key)


def deactivate(no: str) -> int:
    """Deactivate a campaign and empty its target group; returns how many companies left it."""
    with write_transaction():
        key = _campaign(no)
        versions.update(Campaign, Campaign.no == key, {Campaign.activated: False}, None, "campaign", key)
        return int(T.delete().where(T.campaign == key).execute())


def target_companies(no: str) -> list[tuple[str, str]]:
    """(contact no., name) of the companies in a campaign's target group, by number."""
    query: Any = (
        Contact.select(Contact.no, Contact.name)
        .join(T, on=(T.contact == Contact.id))
        .where(T.campaign == validation.normalize_code(no))
        .order_by(Contact.no)
        .tuples()
    )
    return [(str(contact_no), str(name)) for contact_no, name in query]
