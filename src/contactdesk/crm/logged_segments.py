"""Logged segments (spec §1.14, §2.13): list them, their entries, cancel and un-cancel, delete canceled ones.

Creating a follow-up or a new segment from a logged one lives in reuse_logged; undoing a logging in
log_undo. They are offered here too, so a face needs only this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from peewee import JOIN, Case, fn

from contactdesk.crm import document_sweep, interaction_log, validation
from contactdesk.crm.campaign_targets import entry_campaigns, sync
from contactdesk.crm.errors import LoggedSegmentStateError, NotFoundError
from contactdesk.crm.interaction_log import EntryFilter, EntryRow
from contactdesk.crm.log_data import LoggedSegmentRow, UndoBlocker, UndoResult
from contactdesk.crm.log_undo import undo_blockers, undo_logging
from contactdesk.crm.reuse_logged import create_follow_up, logged_row, new_segment_from_logged
from contactdesk.store.db import write_transaction
from contactdesk.store.models import CampaignEntry, InteractionLogEntry, LoggedSegment, LoggedSegmentUndo
from contactdesk.store.search import like_pattern

E = InteractionLogEntry
ENTITY = "logged_segment"

__all__ = [
    "create_follow_up",
    "delete_canceled",
    "entries",
    "get_logged_segment",
    "letters_missing",
    "list_logged_segments",
    "new_segment_from_logged",
    "set_canceled",
    "undo_blockers",
    "undo_logging",
    "UndoBlocker",
    "UndoResult",
]


def _query() -> Any:
    same_state = fn.SUM(Case(None, [(E.canceled == LoggedSegment.canceled, 1)], 0))
    undo = LoggedSegmentUndo.select(LoggedSegmentUndo.id).where(LoggedSegmentUndo.logged_segment == LoggedSegment.id)
    return (
        LoggedSegment.select(
            LoggedSegment, fn.COALESCE(same_state, 0).alias("entry_count"), fn.EXISTS(undo).alias("has_undo")
        )
        .join(E, on=(E.logged_segment == LoggedSegment.id), join_type=JOIN.LEFT_OUTER)
        .group_by(LoggedSegment.id)
    )


def _row(row: Any) -> LoggedSegmentRow:
    return LoggedSegmentRow(
        str(row.no),
        str(row.segment_no),
        str(row.description),
        row.creation_date,
        str(row.user_id),
        int(getattr(row, "entry_count", 0) or 0),
        bool(row.canceled),
        str(row.follow_up_segment_no or ""),
        bool(getattr(row, "has_undo", False)),
    )


def list_logged_segments(search: str = "") -> list[LoggedSegmentRow]:
    """Every logged segment, newest number first; entries counts those sharing its canceled state (spec §1.14)."""
    query = _query().order_by(LoggedSegment.no.desc())
    if search.strip():
        pattern = like_pattern(search)
        text = search.strip().lower()
        query = query.where(
            fn.LOWER(LoggedSegment.no).contains(text)
            | fn.LOWER(LoggedSegment.segment_no).contains(text)
            | (fn.LOWER(LoggedSegment.description) ** pattern)
        )
    return [_row(row) for row in query]


def get_logged_segment(no: str) -> LoggedSegmentRow:
    """One logged segment; NotFoundError when it is gone."""
    row = _query().where(LoggedSegment.no == validation.normalize_code(no)).first()
    if row is None:
        raise NotFoundError(ENTITY, no)
    return _row(row)


def entries(no: str, offset: int = 0, limit: int = 200) -> list[EntryRow]:
    """A page of the logged segment's entries in entry order."""
    logged = logged_row(no)
    return interaction_log.list_entries(EntryFilter(logged_segment_no=str(logged.no)), "entry_no", False, offset, limit)


def set_canceled(nos: Sequence[str], canceled: bool) -> int:
    """Switch logged segments canceled (or back): all their entries and campaign entries follow (spec §2.13).

    Returns how many logged segments changed. Canceled entries drop out of every statistic.
    """
    with write_transaction():
        rows = [logged_row(no) for no in dict.fromkeys(nos)]
        changing = [int(row.id) for row in rows if bool(row.canceled) != canceled]
        if changing:
            LoggedSegment.update(canceled=canceled).where(LoggedSegment.id.in_(changing)).execute()
            E.update(canceled=canceled).where(E.logged_segment.in_(changing) & (E.postponed == False)).execute()  # noqa: E712
            CampaignEntry.update(canceled=canceled).where(CampaignEntry.register_no.in_(changing)).execute()
            sync(entry_campaigns(E.logged_segment.in_(changing)))
        return len(changing)


def delete_canceled(nos: Sequence[str] | None = None) -> int:
    """Delete canceled logged segments ("Delete Logged Segments"): the named ones, or every canceled one.

    Their entries stay, unlinked (spec §2.13), and so do their campaign entries (register no. cleared).
    LoggedSegmentStateError when a named one is not canceled; nothing is deleted then.
    """
    with write_transaction():
        if nos is None:
            rows = list(LoggedSegment.select().where(LoggedSegment.canceled == True))  # noqa: E712
        else:
            rows = [logged_row(no) for no in dict.fromkeys(nos)]
            for row in rows:
                if not row.canceled:
                    raise LoggedSegmentStateError(str(row.no), "not_canceled")
        ids = [int(row.id) for row in rows]
        if not ids:
            return 0
        documents = document_sweep.logged_documents(ids)
        E.update(logged_segment=None).where(E.logged_segment.in_(ids)).execute()
        CampaignEntry.update(register_no=0).where(CampaignEntry.register_no.in_(ids)).execute()
        LoggedSegmentUndo.delete().where(LoggedSegmentUndo.logged_segment.in_(ids)).execute()
        LoggedSegment.delete().where(LoggedSegment.id.in_(ids)).execute()
        # Only the undo snapshot kept these (a skipped line's own letter, say): nothing can bring them back now.
        document_sweep.sweep(documents)
        return len(ids)


def letters_missing(no: str) -> int:
    """How many of its entries should have a letter (a channel, not canceled) but keep none yet."""
    logged = logged_row(no)
    return int(
        E.select()
        .where(
            (E.logged_segment == int(logged.id))
            & (E.correspondence_type != 0)
            & (E.canceled == False)  # noqa: E712 - SQL comparison, not Python truth
            & (E.letter_name == "")
        )
        .count()
    )
