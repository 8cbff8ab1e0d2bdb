"""Lines with their own (personalised) letter: finding them, and refusing to drop them unasked.

A line's own letter is a Word document the user edited for that one contact (crm/line_letters.py).
Changing the line's template or language points the line at another document, which would lose the
edits for good: such a change is refused (OwnLetterError) unless the caller passes the user's Yes.
Removing lines (Remove lines, Reduce, Refine, Change contact) is different: the removed lines are
kept in the segment's history with their letters, and Go back brings them back, so those actions
only report how many own letters left the segment.
"""

from __future__ import annotations

from typing import Any

from contactdesk.crm.rule_errors import OwnLetterError
from contactdesk.crm.segment_base import get_row, segment_id
from contactdesk.store.models import Segment, SegmentHistoryLine, SegmentLine


def has_own_letter() -> Any:
    """SQL true for a line that keeps its own letter."""
    return (SegmentLine.merged == True) & SegmentLine.attachment.is_null(False)  # noqa: E712


def own_letter_lines(segment: Segment, where: Any) -> tuple[int, ...]:
    """Line numbers of the segment's lines matching `where` that have their own letter."""
    query: Any = (
        SegmentLine.select(SegmentLine.line_no)
        .where((SegmentLine.segment == segment_id(segment)) & where & has_own_letter())
        .order_by(SegmentLine.line_no)
    )
    return tuple(int(value) for (value,) in query.tuples())


def refuse_discarding(segment: Segment, where: Any, action: str, discard: bool) -> tuple[int, ...]:
    """OwnLetterError when lines matching `where` have their own letter and `discard` is False.

    Returns those line numbers (empty: nothing to lose), so the caller can clear their documents.
    """
    lines = own_letter_lines(segment, where)
    if lines and not discard:
        raise OwnLetterError(str(segment.no), lines, action)
    return lines


def own_letter_documents(segment: Segment, where: Any) -> list[int]:
    """The documents (attachment ids) of the own letters among the lines matching `where`."""
    query: Any = SegmentLine.select(SegmentLine.attachment).where(
        (SegmentLine.segment == segment_id(segment)) & where & has_own_letter()
    )
    return sorted({int(value) for (value,) in query.tuples()})


# Header fields whose change, carried to the lines, points them at another document.
REPOINTING = {"template_code": "header_template", "language_code": "header_language"}


def header_targets(segment: Segment, field: str) -> Any | None:
    """The lines a change of header `field` would re-point when carried to the lines (None: none)."""
    from contactdesk.crm import segment_header as header  # the header rules import this module's callers

    if field not in REPOINTING:
        return None
    return header.targets(segment, field, header.current(segment, field))


def header_own_letters(no: str, field: str) -> int:
    """How many own letters a change of header `field`, carried to the lines, would discard (for the question)."""
    segment = get_row(no)
    where = header_targets(segment, field)
    return len(own_letter_lines(segment, where)) if where is not None else 0


def refuse_header_change(segment: Segment, field: str, discard: bool) -> list[int]:
    """OwnLetterError unless `discard`, when carrying `field` to the lines would discard own letters.

    Returns the documents of those own letters (to sweep once the lines point elsewhere).
    """
    where = header_targets(segment, field)
    if where is None:
        return []
    refuse_discarding(segment, where, REPOINTING[field], discard)
    return own_letter_documents(segment, where)


def _in_history(no: str, after_action: int) -> int:
    rows = SegmentHistoryLine
    return int(
        rows.select()
        .where(
            (rows.segment == segment_id(get_row(no)))
            & (rows.action_no > after_action)
            & (rows.merged == True)  # noqa: E712
            & rows.attachment_id.is_null(False)
        )
        .count()
    )


def removed_since(no: str, action_no: int) -> int:
    """How many lines with their own letter the criteria actions after `action_no` removed (kept for Go back)."""
    return _in_history(no, action_no)


def kept_in_history(no: str) -> int:
    """How many removed lines wait in the history with their own letter (forgetting the history deletes them)."""
    return _in_history(no, 0)
