"""Spec §2.2 rule 4 (E13): a header template change answered No while lines use the segment's documents.

Lines copy the attachment of the segment-level language row they pick (spec §2.10). A template change
rebuilds those rows from the new template, so lines kept on the old template would go on pointing at
documents the segment no longer has: the reference refuses that No, and so do we.
"""

from __future__ import annotations

from contactdesk.crm.rule_errors import InheritedDocumentsError
from contactdesk.crm.segment_base import segment_id
from contactdesk.store.models import Segment, SegmentInteractionLanguage, SegmentLine


def inherited_lines(segment: Segment) -> int:
    """How many lines use a document of the segment's own language rows (not one personalised for the line)."""
    own = SegmentInteractionLanguage
    documents = own.select(own.attachment).where(
        (own.segment == segment_id(segment)) & (own.line_no == 0) & own.attachment.is_null(False)
    )
    return int(
        SegmentLine.select()
        .where((SegmentLine.segment == segment_id(segment)) & SegmentLine.attachment.in_(documents))
        .count()
    )


def refuse_keeping_inherited(segment: Segment) -> None:
    """InheritedDocumentsError when the lines may not keep their template (rule 4); nothing when none inherit."""
    lines = inherited_lines(segment)
    if lines:
        raise InheritedDocumentsError(str(segment.no), lines)
