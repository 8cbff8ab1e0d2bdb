"""Create Interaction: defaults, checks, logging, postponing and resuming one interaction (spec 2.11)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from contactdesk.crm import interaction_checks as checks
from contactdesk.crm import interaction_documents as documents
from contactdesk.crm import lookups, validation
from contactdesk.crm.errors import EntryStateError, NoContactError, NotFoundError
from contactdesk.crm.interaction_request import InteractionRequest, LoggedEntry, round_up_to_minute
from contactdesk.crm.user_setup import default_salesperson
from contactdesk.crm.users import current_user
from contactdesk.store import field_numbers
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import (
    ContactType,
    CorrespondenceType,
    Evaluation,
    InformationFlow,
    InitiatedBy,
    WizardAction,
)
from contactdesk.store.models import Campaign, InteractionCommentLine, InteractionLogEntry, Salesperson
from contactdesk.store.models.base import utcnow

_CENT = Decimal("0.01")
# The wizard's checks, offered here too so a face needs only this module.
check_contact = checks.check_contact
check_request = checks.check_request


_contact = checks.find_contact
_template = checks.find_template


def new_request(
    contact_no: str = "",
    salesperson_code: str = "",
    template_code: str = "",
    campaign_no: str = "",
    now: datetime | None = None,
) -> InteractionRequest:
    """A request with the wizard's start values: today, now rounded up, the user's own salesperson (else the
    contact's, issue 12 §3.2)."""
    moment = now or datetime.now()
    request = InteractionRequest(
        date=moment.date(), time=round_up_to_minute(moment), campaign_no=validation.normalize_code(campaign_no)
    )
    request.salesperson_code = default_salesperson()
    contact = _contact(contact_no)
    if contact is not None:
        request.contact_no = str(contact.no)
        request.contact_name = str(contact.name)
        request.salesperson_code = request.salesperson_code or str(contact.salesperson_id or "")
        request.language_code = str(contact.language_code or "")
    elif contact_no:
        raise NotFoundError("contact", contact_no)
    # Started from a salesperson, that salesperson stays (the wizard locks the field).
    if salesperson_code:
        request.salesperson_code = validation.normalize_code(salesperson_code)
    return apply_template(request, template_code) if template_code else request


def set_contact(request: InteractionRequest, contact_no: str) -> InteractionRequest:
    """Another contact: its name and language, its salesperson when none is chosen (the user has none of their
    own); the template's language choice follows."""
    contact = _contact(contact_no)
    if contact is None:
        raise NotFoundError("contact", contact_no)
    result = replace(
        request,
        contact_no=str(contact.no),
        contact_name=str(contact.name),
        language_code=str(contact.language_code or ""),
    )
    if contact.salesperson_id and not request.salesperson_code:
        result.salesperson_code = str(contact.salesperson_id)
    if result.template_code:
        result.language_code = documents.choose_language(result.template_code, str(contact.language_code or ""))
    return result


def apply_template(request: InteractionRequest, template_code: str) -> InteractionRequest:
    """Template defaults (spec 2.1 and 2.11): cost, duration, flow, campaign, channel, language, description."""
    template = _template(template_code)
    if template is None:
        raise NotFoundError("interaction_template", template_code)
    contact = _contact(request.contact_no)
    contact_language = str(contact.language_code or "") if contact is not None else request.language_code
    changed = validation.normalize_code(request.template_code) != str(template.code)
    return replace(
        request,
        template_code=str(template.code),
        # The template's description replaces the text only when the template changes or none was typed.
        description=str(template.description) if changed or not request.description else request.description,
        cost=Decimal(str(template.unit_cost or 0)).quantize(_CENT),
        duration=int(template.unit_duration or 0),
        information_flow=InformationFlow(template.information_flow),
        initiated_by=InitiatedBy(template.initiated_by),
        # The wizard always takes the template's channel (the contact's own type is a segment-line rule).
        correspondence_type=CorrespondenceType(template.correspondence_type_default),
        campaign_no=request.campaign_no or str(lookups.stored(template, "campaign") or ""),
        campaign_target=bool(template.campaign_target),
        campaign_response=bool(template.campaign_response),
        language_code=documents.choose_language(str(template.code), contact_language),
        wizard_action=WizardAction(template.wizard_action),
    )


def _entry_values(request: InteractionRequest, postponed: bool) -> dict[str, object]:
    """The entry's columns from the request; unknown codes are left out (a postponed draft may hold any)."""
    contact = _contact(request.contact_no)
    template = _template(request.template_code)
    salesperson = validation.normalize_code(request.salesperson_code)
    campaign = validation.normalize_code(request.campaign_no)
    try:
        cost = Decimal(str(request.cost or 0)).quantize(_CENT)
    except InvalidOperation:
        cost = Decimal("0.00")
    company_id = None
    if contact is not None:
        company_id = contact.company_id or (contact.id if contact.type == ContactType.COMPANY else None)
    return {
        "contact": contact.id if contact is not None else None,
        "contact_no": str(contact.no) if contact is not None else validation.normalize_code(request.contact_no),
        "contact_name": str(contact.name) if contact is not None else "",
        "contact_company": company_id,
        "date": request.date or date.today(),
        "time_of_interaction": request.time,
        "description": request.description.strip()[:100],
        "subject": request.subject.strip()[:100],
        "information_flow": int(request.information_flow),
        "initiated_by": int(request.initiated_by),
        "cost": cost,
        "duration": max(0, int(request.duration or 0)),
        "interaction_template": template.code if template is not None else None,
        "interaction_group": template.interaction_group_id if template is not None else None,
        "language_code": lookups.language_code(request.language_code) or "",
        "campaign": campaign if campaign and lookups.code_exists(Campaign, campaign) else None,
        "campaign_target": bool(request.campaign_target) and bool(campaign),
        "campaign_response": bool(request.campaign_response) and bool(campaign),
        "salesperson": salesperson if salesperson and lookups.code_exists(Salesperson, salesperson) else None,
        "correspondence_type": int(request.correspondence_type),
        "evaluation": int(Evaluation(int(request.evaluation))),
        "attempt_failed": request.attempt_failed,
        "opportunity_text": request.opportunity_text.strip()[:100],
        "result_description": request.result_description.strip()[:100],
        "merged": bool(request.merged),
        "postponed": postponed,
        "canceled": False,
    }


def _write(request: InteractionRequest, postponed: bool, fallback: documents.TemplateDocument | None) -> int:
    """Insert the entry, or update the postponed one being finished; comments are replaced."""
    values = _entry_values(request, postponed)
    attachment_id = request.attachment_id
    if request.document_path:
        attachment_id = documents.keep_document(Path(request.document_path), request.document_name)
    elif attachment_id is None and fallback is not None:
        # A logged entry keeps its own frozen copy of the letter, never the template's row.
        attachment_id = documents.keep_template_document(fallback)
    values["attachment"] = attachment_id
    if not postponed:
        documents.freeze(attachment_id)
    if request.entry_no:
        entry = InteractionLogEntry.get_or_none(InteractionLogEntry.entry_no == request.entry_no)
        if entry is None:
            raise NotFoundError("interaction_log_entry", request.entry_no)
        if not entry.postponed:
            raise EntryStateError(request.entry_no, "not_postponed")
        old_attachment = lookups.stored(entry, "attachment")
        InteractionLogEntry.update(values).where(InteractionLogEntry.id == entry.id).execute()
        if old_attachment is not None and old_attachment != attachment_id:
            from contactdesk.crm.attachments import discard_attachment

            discard_attachment(int(old_attachment))
        entry_id, entry_no = int(entry.id), int(request.entry_no)
    else:
        entry_no = field_numbers.next_entry_number()
        entry_id = int(
            InteractionLogEntry.insert(
                entry_no=entry_no, user_id=current_user(), created_at=utcnow(), **values
            ).execute()
        )
    if not postponed and values["campaign"] is not None:
        _link_campaign(entry_id, str(values["campaign"]), str(values["description"]), values["date"])
    InteractionCommentLine.delete().where(InteractionCommentLine.entry == entry_id).execute()
    lines = [text.strip() for text in request.comments if text and text.strip()]
    for line_no, text in enumerate(lines, start=1):
        InteractionCommentLine.create(entry=entry_id, line_no=line_no * 10000, date=values["date"], comment=text)
    return entry_no


def _link_campaign(entry_id: int, campaign_no: str, description: str, day: object) -> None:
    """A single interaction logged with a campaign gets its own campaign entry (spec 2.11), and may make a target."""
    from contactdesk.crm.campaign_entries import add_single_entry
    from contactdesk.crm.campaign_targets import sync

    day = day if isinstance(day, date) else date.today()
    link = add_single_entry(campaign_no, description, day, current_user()[:50])
    InteractionLogEntry.update(campaign_entry_no=link).where(InteractionLogEntry.id == entry_id).execute()
    sync([campaign_no])


def log_interaction(request: InteractionRequest) -> LoggedEntry:
    """Finish the wizard: check everything, then record the entry and its document in one transaction."""
    checks.check_request(request)
    template = _template(request.template_code)
    assert template is not None
    fallback = checks.fallback_document(request, template)
    with write_transaction():
        entry_no = _write(request, postponed=False, fallback=fallback)
    return get_logged_entry(entry_no)


def postpone(request: InteractionRequest) -> LoggedEntry:
    """Keep the interaction to finish later: no checks but a contact, no delivery; the document and comments stay."""
    # The reference refuses even a draft without a contact (spec 2.11 CheckStatus' first check, E9).
    if not (request.contact_no or "").strip():
        raise NoContactError()
    if request.document_path and not Path(request.document_path).is_file():
        request = replace(request, document_path="")
    with write_transaction():
        entry_no = _write(request, postponed=True, fallback=None)
    return get_logged_entry(entry_no)


def resume(entry_no: int, now: datetime | None = None) -> InteractionRequest:
    """A postponed interaction back as a request; the date becomes today (spec 2.11 Resume)."""
    entry = InteractionLogEntry.get_or_none(InteractionLogEntry.entry_no == entry_no)
    if entry is None:
        raise NotFoundError("interaction_log_entry", entry_no)
    if not entry.postponed:
        raise EntryStateError(entry_no, "not_postponed")
    moment = now or datetime.now()
    comments = [
        str(line.comment)
        for line in InteractionCommentLine.select()
        .where(InteractionCommentLine.entry == entry.id)
        .order_by(InteractionCommentLine.line_no)
    ]
    template = _template(str(entry.interaction_template_id or ""))
    attachment_id = lookups.stored(entry, "attachment")
    return InteractionRequest(
        contact_no=str(entry.contact_no),
        contact_name=str(entry.contact_name),
        template_code=str(entry.interaction_template_id or ""),
        description=str(entry.description),
        salesperson_code=str(entry.salesperson_id or ""),
        language_code=str(entry.language_code),
        date=moment.date(),
        time=round_up_to_minute(moment),
        correspondence_type=CorrespondenceType(entry.correspondence_type),
        information_flow=InformationFlow(entry.information_flow),
        initiated_by=InitiatedBy(entry.initiated_by),
        subject=str(entry.subject),
        campaign_no=str(lookups.stored(entry, "campaign") or ""),
        campaign_target=bool(entry.campaign_target),
        campaign_response=bool(entry.campaign_response),
        opportunity_text=str(entry.opportunity_text),
        result_description=str(entry.result_description),
        evaluation=Evaluation(entry.evaluation),
        successful=not entry.attempt_failed,
        cost=Decimal(str(entry.cost or 0)).quantize(_CENT),
        duration=int(entry.duration or 0),
        comments=comments,
        merged=bool(entry.merged),
        attachment_id=None if attachment_id is None else int(attachment_id),
        document_name=documents.entry_document_name(entry_no),
        entry_no=int(entry_no),
        wizard_action=WizardAction(template.wizard_action) if template is not None else WizardAction.BLANK,
    )


def get_logged_entry(entry_no: int) -> LoggedEntry:
    """One entry as the command line prints it."""
    entry = InteractionLogEntry.get_or_none(InteractionLogEntry.entry_no == entry_no)
    if entry is None:
        raise NotFoundError("interaction_log_entry", entry_no)
    return LoggedEntry(
        entry_no=int(entry.entry_no),
        contact_no=str(entry.contact_no),
        contact_name=str(entry.contact_name),
        template=str(entry.interaction_template_id or ""),
        description=str(entry.description),
        date=entry.date,
        time=entry.time_of_interaction,
        salesperson_code=str(entry.salesperson_id or ""),
        correspondence_type=int(entry.correspondence_type),
        language_code=str(entry.language_code),
        cost=Decimal(str(entry.cost or 0)).quantize(_CENT),
        duration=int(entry.duration or 0),
        evaluation=int(entry.evaluation),
        attempt_failed=bool(entry.attempt_failed),
        postponed=bool(entry.postponed),
        canceled=bool(entry.canceled),
        attachment=documents.entry_document_name(int(entry.entry_no)),
    )
