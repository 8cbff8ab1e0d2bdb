"""Campaign entries (spec §1.17, §2.13): written when something is logged with a campaign; cancel, delete.

A logged segment writes one per campaign (crm.log_writer); a single interaction logged with a campaign
writes its own. Canceling a campaign entry cancels its interaction entries too, and they cannot come
back on their own while it stays canceled (E17, crm.interaction_changes).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from peewee import JOIN, fn

from contactdesk.crm import interaction_changes, validation
from contactdesk.crm.campaign_data import CampaignEntryRow
from contactdesk.crm.campaign_targets import sync
from contactdesk.crm.errors import CampaignEntryStateError, NotFoundError
from contactdesk.crm.lookups import stored
from contactdesk.store.db import write_transaction
from contactdesk.store.models import CampaignEntry, LoggedSegment
from contactdesk.store.models import InteractionLogEntry as E

C = CampaignEntry


def add_single_entry(campaign_no: str, description: str, day: date, user: str) -> int:
    """The campaign entry of one interaction logged on its own (inside the caller's transaction); its number."""
    return int(
        C.insert(
            campaign=campaign_no, segment_no="", register_no=0, description=description[:100], date=day, user_id=user
        ).execute()
    )


def list_entries(campaign_no: str) -> list[CampaignEntryRow]:
    """A campaign's entries, newest first, each with its logged segment and number of interactions."""
    interactions = E.select(fn.COUNT(E.id)).where(E.campaign_entry_no == C.id)
    query: Any = (
        C.select(
            C.id,
            C.campaign,
            C.segment_no,
            LoggedSegment.no,
            C.description,
            C.date,
            C.user_id,
            C.canceled,
            interactions.alias("interactions"),
        )
        .join(LoggedSegment, JOIN.LEFT_OUTER, on=(LoggedSegment.id == C.register_no))
        .where(C.campaign == validation.normalize_code(campaign_no))
        .order_by(C.id.desc())
        .tuples()
    )
    return [
        CampaignEntryRow(
            entry_no=int(entry_id),
            campaign_no=str(campaign),
            segment_no=str(segment_no or ""),
            logged_segment_no=str(logged_no or ""),
            description=str(description or ""),
            date=date.fromisoformat(day) if isinstance(day, str) else day,
            user_id=str(user or ""),
            canceled=bool(canceled),
            interactions=int(count or 0),
        )
        for entry_id, campaign, segment_no, logged_no, description, day, user, canceled, count in query
    ]


def _entries(entry_nos: Sequence[int]) -> list[CampaignEntry]:
    wanted = sorted({int(no) for no in entry_nos})
    found = list(C.select().where(C.id.in_(wanted)).order_by(C.id)) if wanted else []
    missing = sorted(set(wanted) - {int(entry.id) for entry in found})
    if missing:
        raise NotFoundError("campaign_entry", missing[0])
    return found


def set_canceled(entry_nos: Sequence[int], canceled: bool) -> int:
    """Cancel (or restore) campaign entries and their interaction entries; returns how many changed.

    Restoring one whose logged segment is canceled is refused: restore the logged segment instead.
    """
    with write_transaction():
        entries = _entries(entry_nos)
        if not canceled:
            for entry in entries:
                if entry.register_no:
                    logged = LoggedSegment.get_or_none(LoggedSegment.id == entry.register_no)
                    if logged is not None and logged.canceled:
                        raise CampaignEntryStateError(int(entry.id), "logged_segment_canceled", str(logged.no))
        ids = [int(entry.id) for entry in entries if bool(entry.canceled) != canceled]
        if not ids:
            return 0
        C.update(canceled=canceled).where(C.id.in_(ids)).execute()
        E.update(canceled=canceled).where(E.campaign_entry_no.in_(ids) & (E.postponed == False)).execute()  # noqa: E712
        sync(str(stored(entry, "campaign")) for entry in entries if int(entry.id) in ids)
        return len(ids)


def delete_canceled(entry_nos: Sequence[int]) -> int:
    """ "Delete campaign entries": these canceled entries go, with their (canceled) interaction entries."""
    with write_transaction():
        entries = _entries(entry_nos)
        for entry in entries:
            if not entry.canceled:
                raise CampaignEntryStateError(int(entry.id), "not_canceled")
        ids = [int(entry.id) for entry in entries]
        query: Any = E.select(E.entry_no).where(E.campaign_entry_no.in_(ids))
        linked = [int(no) for (no,) in query.tuples()]
        if linked:
            interaction_changes.delete_canceled_entries(linked)
        C.delete().where(C.id.in_(ids)).execute()
        return len(ids)
