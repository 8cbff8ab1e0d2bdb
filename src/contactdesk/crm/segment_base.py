"""Shared segment plumbing: find a header, check and bump its version, count its criteria actions."""

from __future__ import annotations

from typing import Any

from peewee import fn

from contactdesk.crm import versions
from contactdesk.crm.errors import NotFoundError
from contactdesk.crm.lookups import primary_key, stored
from contactdesk.store.enums import CriteriaLineType
from contactdesk.store.models import Segment, SegmentCriteriaLine, SegmentLine

ENTITY = "segment"
LINE_STEP = 10000


def get_row(no: str) -> Segment:
    """The header row; NotFoundError when the number does not exist (any more)."""
    segment = Segment.get_or_none(Segment.no == (no or "").strip().upper())
    if segment is None:
        raise NotFoundError(ENTITY, no)
    return segment


def segment_id(segment: Segment) -> int:
    """The integer key (peewee's stubs do not declare `id`)."""
    return int(stored(segment, "id"))


def bump_version(segment: Segment, expected: int | None) -> int:
    """Take the segment for this change: refuse when someone saved it since `expected`; return the new version.

    One conditional UPDATE, so the check and the claim cannot be split by another writer.
    """
    return versions.claim(Segment, primary_key(Segment) == segment_id(segment), expected, ENTITY, str(segment.no))


def check_version(segment: Segment, expected: int | None) -> None:
    """Fail early (before asking the user anything) when the segment changed underneath."""
    versions.check(segment, expected, ENTITY, str(segment.no))


def claim_line(
    no: str, line_no: int, version: int | None, line_version: int | None
) -> tuple[Segment, SegmentLine, int]:
    """Take the segment and one of its lines for a change (each refused when saved since); the new segment version."""
    segment = get_row(no)
    check_version(segment, version)
    line = SegmentLine.get_or_none((SegmentLine.segment == segment_id(segment)) & (SegmentLine.line_no == line_no))
    if line is None:
        raise NotFoundError("segment_line", f"{no}/{line_no}")
    new_version = bump_version(segment, version)
    versions.claim(
        SegmentLine, SegmentLine.id == stored(line, "id"), line_version, "segment_line", f"{segment.no}/{line_no}"
    )
    return segment, line, new_version


def action_rows(segment: Segment) -> Any:
    """The segment's criteria Action rows in order."""
    return (
        SegmentCriteriaLine.select()
        .where(
            (SegmentCriteriaLine.segment == segment_id(segment)) & (SegmentCriteriaLine.type == CriteriaLineType.ACTION)
        )
        .order_by(SegmentCriteriaLine.line_no)
    )


def count_actions(segment: Segment) -> int:
    """no_of_criteria_actions (spec §1.8)."""
    return int(action_rows(segment).count())


def last_criteria_line_no(segment: Segment) -> int:
    """The highest criteria line number (0 when there are none)."""
    value = (
        SegmentCriteriaLine.select(fn.MAX(SegmentCriteriaLine.line_no))
        .where(SegmentCriteriaLine.segment == segment_id(segment))
        .scalar()
    )
    return int(value or 0)


def last_line_no(segment: Segment) -> int:
    """The highest line number (0 when the segment has no lines)."""
    value = SegmentLine.select(fn.MAX(SegmentLine.line_no)).where(SegmentLine.segment == segment_id(segment)).scalar()
    return int(value or 0)


def count_lines(segment: Segment) -> int:
    """How many lines the segment has."""
    return int(SegmentLine.select().where(SegmentLine.segment == segment_id(segment)).count())
