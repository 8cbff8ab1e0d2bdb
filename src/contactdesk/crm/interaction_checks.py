"""The checks Create Interaction runs before it records anything (spec 2.11 CheckStatus, E6, E9–E11)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from contactdesk.crm import interaction_documents as documents
from contactdesk.crm import lookups, validation
from contactdesk.crm.attachments import validate_docx
from contactdesk.crm.errors import (
    ContactBlockedError,
    InteractionDocumentError,
    NoEmailError,
    NotFoundError,
    ValidationError,
    ValidationErrors,
)
from contactdesk.crm.interaction_request import InteractionRequest
from contactdesk.store.enums import CorrespondenceType, WizardAction
from contactdesk.store.models import Campaign, Contact, ContactAltAddress, InteractionTemplate, Salesperson

_MAX_COST = Decimal("9999999999.99")


def find_contact(no: str) -> Contact | None:
    """The contact with this number (any case); None for blank or unknown."""
    return Contact.get_or_none(Contact.no == validation.normalize_code(no)) if (no or "").strip() else None


def find_template(code: str) -> InteractionTemplate | None:
    """The template with this code (any case); None for blank or unknown."""
    key = validation.normalize_code(code)
    return InteractionTemplate.get_or_none(InteractionTemplate.code == key) if key else None


def check_contact(contact_no: str) -> None:
    """Refuse an unknown or privacy-blocked contact before the user fills in anything else."""
    contact = find_contact(contact_no)
    if contact is None:
        if not (contact_no or "").strip():
            raise ValidationErrors([ValidationError("contact_no", "required")])
        raise NotFoundError("contact", contact_no)
    if contact.privacy_blocked:
        raise ContactBlockedError(str(contact.no))


def _check_fields(request: InteractionRequest) -> list[ValidationError]:
    """Spec 2.11 CheckStatus: every missing or unknown value at once."""
    errors = validation.collect(
        validation.required("contact_no", request.contact_no),
        validation.required("template_code", request.template_code),
        validation.required("description", request.description),
        validation.required("salesperson_code", request.salesperson_code),
        validation.required("date", request.date),
        validation.max_length("description", request.description.strip(), 100),
        validation.max_length("subject", request.subject, 100),
        validation.max_length("opportunity_text", request.opportunity_text, 100),
        validation.max_length("result_description", request.result_description, 100),
        *(
            validation.one_line(name, (getattr(request, name) or "").strip())
            for name in ("description", "subject", "opportunity_text", "result_description")
        ),
        validation.decimal_in_range("cost", request.cost, Decimal(0), _MAX_COST),
    )
    if request.template_code and find_template(request.template_code) is None:
        errors.append(ValidationError("template_code", "unknown", request.template_code))
    salesperson = validation.normalize_code(request.salesperson_code)
    if salesperson and not lookups.code_exists(Salesperson, salesperson):
        errors.append(ValidationError("salesperson_code", "unknown", request.salesperson_code))
    campaign = validation.normalize_code(request.campaign_no)
    if campaign and not lookups.code_exists(Campaign, campaign):
        errors.append(ValidationError("campaign_no", "unknown", request.campaign_no))
    if lookups.language_code(request.language_code) is None:
        errors.append(ValidationError("language_code", "unknown", request.language_code))
    if int(request.duration or 0) < 0:
        errors.append(ValidationError("duration", "negative", request.duration, 0))
    return errors


def _has_email(contact: Contact) -> bool:
    if (contact.email or "").strip():
        return True
    return bool(
        ContactAltAddress.select()
        .where((ContactAltAddress.contact == contact.id) & (ContactAltAddress.email != ""))
        .exists()
    )


def fallback_document(request: InteractionRequest, template: InteractionTemplate) -> documents.TemplateDocument | None:
    """The template's document the entry falls back to when the wizard prepared none."""
    if request.has_document:
        return None
    return documents.template_document(str(template.code), request.language_code)


def check_request(request: InteractionRequest) -> None:
    """Every check Finish runs, in the reference's order; raises the first kind of problem found."""
    if not (request.contact_no or "").strip():
        raise ValidationErrors([ValidationError("contact_no", "required")])
    check_contact(request.contact_no)
    errors = _check_fields(request)
    if errors:
        raise ValidationErrors(errors)
    template = find_template(request.template_code)
    assert template is not None  # checked above
    fallback = fallback_document(request, template)
    has_content = request.has_document or fallback is not None
    if template.wizard_action == WizardAction.OPEN and not has_content:
        raise InteractionDocumentError(str(template.code), request.language_code, "no_document")
    if request.correspondence_type == CorrespondenceType.EMAIL:
        if not has_content:
            raise InteractionDocumentError(str(template.code), request.language_code, "email_needs_document")
        contact = find_contact(request.contact_no)
        if contact is not None and not _has_email(contact):
            raise NoEmailError(str(contact.no))
    if request.document_path:
        validate_docx(Path(request.document_path), request.document_name or None)
