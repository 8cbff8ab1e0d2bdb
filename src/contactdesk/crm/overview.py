"""The segments list (unlogged segments with their line counts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import JOIN, fn

from contactdesk.store.models import Segment, SegmentLine
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


def list_segments(query: str = "") -> list[SegmentSummary]:
    """All unlogged segments with their line counts, newest number first."""
    lines = fn.COUNT(SegmentLine.id)
    select = (
        Segment.select(Segment, lines.alias("line_count"))
        .join(SegmentLine, JOIN.LEFT_OUTER)
        .group_by(Segment.id)
        .order_by(Segment.no.desc())
    )
    if query.strip():
        pattern = like_pattern(query)
        select = select.where(
            fn.LOWER(Segment.no).contains(query.strip().lower()) | (fn.LOWER(Segment.description) ** pattern)
        )
    return [
        SegmentSummary(
            s.no,
            s.description,
            s.salesperson_id or "",
            s.date,
            s.interaction_template_id or "",
            int(getattr(s, "line_count", 0)),
        )
        for s in select
    ]
