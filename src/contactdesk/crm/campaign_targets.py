"""Campaign target groups (spec §1.17, §2.1 step 6): who an activated campaign is aimed at.

On an activated campaign, every segment line and every logged interaction entry (neither canceled nor
postponed: the entries the campaign's statistics count) marked "campaign target" puts its contact's
company (a contact without a company: itself) into the campaign's target group, once per company.
A company leaves the group when nothing targets it any more: its last line removed, unflagged or moved
to another campaign, its last entry canceled or undone. Activating a campaign fills the group from
what exists; deactivating empties it.

Services that change lines or entries wrap their transaction's work in `following(...)` (or call
`sync` with the campaigns they touched): each touched, activated campaign is brought up to date with
two set-based statements, and an office with no activated campaign pays one small query.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from peewee import Value, fn

from contactdesk.crm import validation, versions
from contactdesk.crm.errors import NotFoundError
from contactdesk.store.db import write_transaction
from contactdesk.store.models import Campaign, CampaignTargetGroup, Contact, SegmentLine
from contactdesk.store.models import InteractionLogEntry as E

T = CampaignTargetGroup


def _company(model: Any) -> Any:
    """The company a line or entry counts for: its contact's company, or the contact when it has none."""
    return fn.COALESCE(model.contact_company, model.contact)


def _targeting(campaign_no: str) -> list[tuple[Any, Any]]:
    """(table, condition) of what puts a company into the group: target lines, live target entries."""
    live = (E.canceled == False) & (E.postponed == False)  # noqa: E712
    entries = (E.campaign == campaign_no) & (E.campaign_target == True) & live  # noqa: E712
    lines = (SegmentLine.campaign == campaign_no) & (SegmentLine.campaign_target == True)  # noqa: E712
    return [(SegmentLine, lines), (E, entries)]


def _insert(campaign_no: str, model: Any, where: Any) -> None:
    """Insert the companies of the target rows `where` selects in `model` (entries or lines), skipping known ones."""
    company = _company(model)
    known = T.select(T.id).where((T.campaign == campaign_no) & (T.contact == company))
    select = (
        model.select(Value(campaign_no), company).where(where & company.is_null(False) & ~fn.EXISTS(known)).distinct()
    )
    # Two users logging for the same campaign at once: the loser's row is simply there already.
    T.insert_from(select, [T.campaign, T.contact]).on_conflict_ignore().execute()


def _fill(campaign_no: str) -> int:
    """Make the group exactly the companies targeted now: drop the ones nothing targets, add the new ones."""
    rows = _targeting(campaign_no)
    # NOT IN over a plain subquery: each engine builds it once (a hash or a temporary index), whatever the group's size.
    stale = T.campaign == campaign_no
    for model, where in rows:
        stale &= T.contact.not_in(model.select(_company(model)).where(where & _company(model).is_null(False)))
    T.delete().where(stale).execute()
    for model, where in rows:
        _insert(campaign_no, model, where)
    return int(T.select().where(T.campaign == campaign_no).count())


def _activated(campaign_nos: Iterable[str] | None = None) -> set[str]:
    """The activated campaigns (among `campaign_nos` when given)."""
    query: Any = Campaign.select(Campaign.no).where(Campaign.activated == True)  # noqa: E712
    if campaign_nos is not None:
        nos = sorted({validation.normalize_code(no) for no in campaign_nos if no})
        if not nos:
            return set()
        query = query.where(Campaign.no.in_(nos))
    return {str(no) for (no,) in query.tuples()}


def sync(campaign_nos: Iterable[str]) -> None:
    """Bring the target groups of these campaigns up to date, where activated (inside the caller's transaction)."""
    for no in sorted(_activated(campaign_nos)):
        _fill(no)


def entry_campaigns(where: Any) -> set[str]:
    """The campaigns named by the target entries `where` selects (call before deleting them)."""
    query: Any = E.select(E.campaign).where(where & E.campaign.is_null(False) & (E.campaign_target == True)).distinct()  # noqa: E712
    return {str(no) for (no,) in query.tuples()}


class TargetFollower:
    """Collects the activated campaigns a change touches, before and after, then brings them up to date."""

    def __init__(self) -> None:
        self.active = _activated()
        self.campaigns: set[str] = set()

    def watch_segment(self, segment_id: int | None) -> None:
        """Note the activated campaigns this segment's target lines name now."""
        if not self.active or segment_id is None:
            return
        query: Any = (
            SegmentLine.select(SegmentLine.campaign)
            .where(
                (SegmentLine.segment == segment_id)
                & (SegmentLine.campaign_target == True)  # noqa: E712
                & SegmentLine.campaign.in_(sorted(self.active))
            )
            .distinct()
        )
        self.campaigns.update(str(no) for (no,) in query.tuples())

    def watch_entries(self, where: Any) -> None:
        """Note the activated campaigns the target entries `where` selects name now."""
        if self.active:
            self.campaigns.update(entry_campaigns(where) & self.active)

    def sync(self) -> None:
        """Bring every noted campaign's group up to date."""
        if self.campaigns:
            sync(self.campaigns)


@contextmanager
def following(*segment_ids: int) -> Iterator[TargetFollower]:
    """Around one change to segment lines (inside its transaction): target groups follow the lines (spec §2.1 step 6).

    The segments' target lines are looked at before and after; more segments or entries can be noted on the
    follower in between. Nothing is synchronised when the change raises (its transaction rolls back).
    """
    follower = TargetFollower()
    for segment_id in segment_ids:
        follower.watch_segment(segment_id)
    yield follower
    for segment_id in segment_ids:
        follower.watch_segment(segment_id)
    follower.sync()


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
