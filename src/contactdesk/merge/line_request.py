"""What a segment and its lines tell a letter's context: the same for a merge, a delivery and one line's letter."""

from __future__ import annotations

from typing import Any

from contactdesk.crm.lookups import stored
from contactdesk.crm.segment_data import SegmentHeader
from contactdesk.merge.context import LetterRequest
from contactdesk.store.models import SegmentLine


def line_request(contact_id: int, language: str, line: SegmentLine, header: SegmentHeader) -> LetterRequest:
    """The request for the line's letter, with the line's alternative address (a personalised letter starts
    from exactly the letter the segment merge would print)."""
    fields: dict[str, Any] = {
        "description": line.description,
        "subject": line.subject or header.subject,
        "comment": line.comment,
        "correspondence_type": int(line.correspondence_type),
        "language_code": line.language_code,
        "date": line.date,
        "cost": line.cost,
        "salesperson_code": stored(line, "salesperson") or "",
        "alt_address_code": str(line.alt_address_code or ""),
    }
    return LetterRequest(contact_id, language, line=fields, segment=segment_fields(header))


def segment_fields(header: SegmentHeader) -> dict[str, Any]:
    """The segment's part of every letter's context."""
    return {
        "no": header.no,
        "description": header.description,
        "date": header.date,
        "campaign_no": header.campaign_no,
        "salesperson_code": header.salesperson_code,
    }
