"""Who gets a segment's cover sheets, and the entries printing them may log (issue 12 §4).

The document itself is written by merge/cover_sheet.py (crm/ never imports merge/).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from contactdesk.crm import interactions
from contactdesk.crm.errors import MissingSetupError
from contactdesk.crm.lookups import stored
from contactdesk.crm.marketing_setup import get_marketing_setup
from contactdesk.crm.segment_base import get_row, segment_id
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Contact, SegmentLine

SETTING = "cover_sheet_template_code"


def recipients(no: str) -> list[int]:
    """The contact ids of a segment's lines, in post-code order (the order a print run is sorted for the post).

    Privacy-blocked contacts get no sheet: nothing may be sent to them or recorded about them.
    """
    segment = get_row(no)
    query = (
        Contact.select(Contact.id)
        .join(SegmentLine, on=(SegmentLine.contact == Contact.id))
        .where((SegmentLine.segment == segment_id(segment)) & (Contact.privacy_blocked == False))  # noqa: E712
        .order_by(Contact.post_code, Contact.name, SegmentLine.line_no)
    )
    rows: Any = query.tuples()
    return [int(value) for (value,) in rows]


def cover_sheet_template() -> str:
    """Marketing Setup's cover-sheet template; MissingSetupError when none is chosen."""
    code = get_marketing_setup().cover_sheet_template_code
    if not code:
        raise MissingSetupError(SETTING)
    return code


def log_cover_sheets(
    no: str, contact_ids: list[int], report: Callable[[int], None] | None = None, now: datetime | None = None
) -> list[int]:
    """One entry per contact with Marketing Setup's cover-sheet template (hard copy, the segment's campaign).

    Call inside the caller's transaction: all entries or none. Returns the entry numbers.
    """
    template = cover_sheet_template()
    segment = get_row(no)
    campaign = str(stored(segment, "campaign") or "")
    found: Any = Contact.select(Contact.id, Contact.no).where(Contact.id.in_(contact_ids)).tuples()
    numbers = {int(key): str(no_) for key, no_ in found}
    entries = []
    for count, contact_id in enumerate(contact_ids, start=1):
        request = interactions.new_request(numbers[contact_id], template_code=template, campaign_no=campaign, now=now)
        # A cover sheet is paper whatever the template's channel; the segment's salesperson signs it.
        request = replace(
            request,
            correspondence_type=CorrespondenceType.HARD_COPY,
            salesperson_code=str(stored(segment, "salesperson") or "") or request.salesperson_code,
        )
        entries.append(interactions.log_interaction(request).entry_no)
        if report is not None:
            report(count)
    return entries
