"""Read-only lists for the Segments, Logged Segments, Interaction Log and Postponed pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from peewee import JOIN, fn

from contactdesk.store.models import InteractionLogEntry, LoggedSegment, Segment, SegmentLine
from contactdesk.store.search import like_pattern


@dataclass(frozen=True)
class SegmentSummary:
    """One unlogged segment."""

    no: str
    description: str
    salesperson_code: str
    date: date | None
    template_code: str
    lines: int


@dataclass(frozen=True)
class LoggedSegmentSummary:
    """One logged segment."""

    no: str
    segment_no: str
    description: str
    creation_date: date
    user_id: str
    entries: int
    canceled: bool


@dataclass(frozen=True)
class EntrySummary:
    """One interaction log entry."""

    entry_no: int
    date: date
    contact_no: str
    contact_name: str
    template_code: str
    description: str
    salesperson_code: str
    cost: Decimal
    duration: int
    segment_no: str
    canceled: bool


def list_segments(query: str = "") -> list[SegmentSummary]:
    """All unlogged segments with their line counts, newest number first."""
    lines = fn.COUNT(SegmentLine.id)
    select = (Segment.select(Segment, lines.alias("line_count"))
              .join(SegmentLine, JOIN.LEFT_OUTER).group_by(Segment.id).order_by(Segment.no.desc()))
    if query.strip():
        pattern = like_pattern(query)
        select = select.where(fn.LOWER(Segment.no).contains(query.strip().lower())
                              | (fn.LOWER(Segment.description) ** pattern))
    return [SegmentSummary(s.no, s.description, s.salesperson_id or "", s.date, s.interaction_template_id or "",
                           int(getattr(s, "line_count", 0))) for s in select]


def list_logged_segments() -> list[LoggedSegmentSummary]:
    """All logged segments with the number of entries that share their canceled state."""
    entries = (InteractionLogEntry.select(fn.COUNT(InteractionLogEntry.id))
               .where((InteractionLogEntry.logged_segment == LoggedSegment.id)
                      & (InteractionLogEntry.canceled == LoggedSegment.canceled)))
    select = LoggedSegment.select(LoggedSegment, entries.alias("entry_count")).order_by(LoggedSegment.no.desc())
    return [LoggedSegmentSummary(s.no, s.segment_no, s.description, s.creation_date, s.user_id,
                                 int(getattr(s, "entry_count", 0) or 0), bool(s.canceled)) for s in select]


def count_entries(postponed: bool) -> int:
    """How many entries (or postponed interactions) exist."""
    return int(InteractionLogEntry.select().where(InteractionLogEntry.postponed == postponed).count())


def list_entries(postponed: bool = False, limit: int = 10000) -> list[EntrySummary]:
    """The newest entries first; `limit` keeps the list quick on very large histories."""
    select = (InteractionLogEntry.select()
              .where(InteractionLogEntry.postponed == postponed)
              .order_by(InteractionLogEntry.date.desc(), InteractionLogEntry.entry_no.desc())
              .limit(limit))
    return [EntrySummary(e.entry_no, e.date, e.contact_no, e.contact_name, e.interaction_template_id or "",
                         e.description, e.salesperson_id or "", Decimal(e.cost or 0), int(e.duration or 0),
                         e.segment_no, bool(e.canceled)) for e in select]
