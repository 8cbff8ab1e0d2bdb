"""A phone call to a contact (issue 12 §4): the number to dial, and the interaction entry logged when it is done.

The call itself goes through the system (a `tel:` link the face opens); what is recorded is one entry made
by the same service as the Create Interaction wizard, so its checks, defaults and title rules apply.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from contactdesk.crm import interactions, validation
from contactdesk.crm.errors import NoPhoneNumberError, NotFoundError
from contactdesk.crm.interaction_checks import find_contact
from contactdesk.crm.interaction_request import LoggedEntry
from contactdesk.crm.lookups import stored
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import CorrespondenceType, Evaluation
from contactdesk.store.models import InteractionLogEntry, Segment, SegmentLine

_VIA_LENGTH = 80  # InteractionLogEntry.contact_via


@dataclass
class PhoneCall:
    """One call as the call window collects it; evaluation starts at Neutral (issue 12 §4)."""

    contact_no: str
    phone_no: str = ""
    contact_name: str = ""
    template_code: str = ""
    description: str = ""
    salesperson_code: str = ""
    campaign_no: str = ""
    opportunity_text: str = ""
    evaluation: Evaluation = Evaluation.NEUTRAL
    successful: bool = True
    duration: int = 0
    comment: str = ""


def new_call(contact_no: str, segment_no: str = "", line_no: int = 0) -> PhoneCall:
    """A call to the contact: its phone (else mobile) number; from a segment line, the line's template and campaign."""
    contact = find_contact(contact_no)
    if contact is None:
        raise NotFoundError("contact", contact_no)
    call = PhoneCall(
        contact_no=str(contact.no),
        contact_name=str(contact.name),
        phone_no=str(contact.phone_no or "").strip() or str(contact.mobile_phone_no or "").strip(),
        salesperson_code=interactions.new_request(str(contact.no)).salesperson_code,
    )
    if segment_no:
        line = (
            SegmentLine.select(SegmentLine, Segment)
            .join(Segment)
            .where((Segment.no == validation.normalize_code(segment_no)) & (SegmentLine.line_no == line_no))
            .first()
        )
        if line is None:
            raise NotFoundError("segment_line", f"{segment_no}/{line_no}")
        call.campaign_no = str(stored(line, "campaign") or stored(line.segment, "campaign") or "")
    return call


def log_call(call: PhoneCall, now: datetime | None = None) -> LoggedEntry:
    """Record the call as one interaction entry (number kept as "contact via"), all in one transaction.

    NoPhoneNumberError for a blank number; the wizard's checks (template, salesperson, campaign…) otherwise.
    """
    number = " ".join((call.phone_no or "").split())
    if not number:
        raise NoPhoneNumberError(validation.normalize_code(call.contact_no))
    request = interactions.new_request(call.contact_no, campaign_no=call.campaign_no, now=now)
    if call.template_code:
        request = interactions.apply_template(request, call.template_code)
    request = replace(
        request,
        description=call.description.strip() or request.description,
        salesperson_code=call.salesperson_code or request.salesperson_code,
        campaign_no=validation.normalize_code(call.campaign_no),
        opportunity_text=call.opportunity_text,
        evaluation=Evaluation(int(call.evaluation)),
        successful=bool(call.successful),
        duration=max(0, int(call.duration)) or request.duration,
        # A call sends nothing: no letter, no e-mail, whatever the template's channel is.
        correspondence_type=CorrespondenceType.BLANK,
        comments=[text for text in call.comment.splitlines() if text.strip()],
    )
    with write_transaction():
        entry = interactions.log_interaction(request)
        InteractionLogEntry.update(contact_via=number[:_VIA_LENGTH]).where(
            InteractionLogEntry.entry_no == entry.entry_no
        ).execute()
    return entry


def tel_url(phone_no: str) -> str:
    """The `tel:` link for a number as people type it: spaces, dots, dashes and brackets dropped, a leading + kept."""
    text = (phone_no or "").strip()
    digits = "".join(ch for ch in text if ch.isdigit() or ch in "*#")
    return f"tel:{'+' if text.startswith('+') else ''}{digits}" if digits else ""
