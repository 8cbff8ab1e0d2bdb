"""The rules an interaction template must follow: its fields, and its wizard action against its documents.

Spec Part B §1.6 and E20: Merge needs a Word document in the default language to merge, and Import takes
the user's own document, so it cannot be used while the default language has one to merge (issue 12 §3.7).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from contactdesk.crm import lookups, validation
from contactdesk.crm.errors import ValidationError, ValidationErrors
from contactdesk.crm.lookups import code_exists
from contactdesk.crm.rule_errors import TemplateActionError
from contactdesk.crm.template_data import TemplateData
from contactdesk.store.enums import CorrespondenceType, InformationFlow, InitiatedBy, WizardAction
from contactdesk.store.models import Campaign, InteractionGroup, InteractionTemplate, InteractionTemplateLanguage

_CENT = Decimal("0.01")
_MAX_COST = Decimal("9999999999.99")  # DecimalField(max_digits=12, decimal_places=2)


def validate(data: TemplateData, code: str) -> TemplateData:
    """Check every field at once; return the normalised values to store."""
    group = validation.normalize_code(data.interaction_group_code)
    campaign = validation.normalize_code(data.campaign_no)
    description = (data.description or "").strip()
    errors = validation.collect(
        validation.required("code", code),
        validation.max_length("code", code, 10),
        validation.required("interaction_group_code", group),
        validation.max_length("description", description, 100),
        validation.one_line("description", description),
        validation.decimal_in_range("unit_cost", data.unit_cost, Decimal(0), _MAX_COST),
    )
    if group and not code_exists(InteractionGroup, group):
        errors.append(ValidationError("interaction_group_code", "unknown", group))
    if campaign and not code_exists(Campaign, campaign):
        errors.append(ValidationError("campaign_no", "unknown", campaign))
    duration = 0
    try:
        duration = int(data.unit_duration or 0)
        if duration < 0:
            errors.append(ValidationError("unit_duration", "negative", data.unit_duration, 0))
    except (TypeError, ValueError):
        errors.append(ValidationError("unit_duration", "invalid", data.unit_duration))
    language = lookups.language_code(data.language_code_default)
    if language is None:
        errors.append(ValidationError("language_code_default", "unknown", data.language_code_default))
    values = replace(
        data,
        code=code,
        interaction_group_code=group,
        description=description,
        unit_duration=duration,
        campaign_no=campaign,
        language_code_default=language or "",
        information_flow=lookups.enum_value("information_flow", InformationFlow, data.information_flow, errors),
        initiated_by=lookups.enum_value("initiated_by", InitiatedBy, data.initiated_by, errors),
        correspondence_type_default=lookups.enum_value(
            "correspondence_type_default", CorrespondenceType, data.correspondence_type_default, errors
        ),
        wizard_action=lookups.enum_value("wizard_action", WizardAction, data.wizard_action, errors),
    )
    if errors:
        raise ValidationErrors(errors)
    # Validated above, so the cost parses; the column keeps two decimals.
    return replace(values, unit_cost=Decimal(str(data.unit_cost or 0)).quantize(_CENT))


def action_problem(code: str) -> str:
    """What is wrong with a stored template's wizard action ('' when nothing): see TemplateActionError."""
    template = InteractionTemplate.get_or_none(InteractionTemplate.code == code)
    if template is None:
        return ""
    row = InteractionTemplateLanguage.get_or_none(
        (InteractionTemplateLanguage.template == code)
        & (InteractionTemplateLanguage.language_code == template.language_code_default)
    )
    has_document = row is not None and lookups.stored(row, "attachment") is not None
    action = WizardAction(template.wizard_action)
    if action == WizardAction.MERGE and not has_document:
        return "merge_needs_document"
    if action == WizardAction.IMPORT and has_document:
        return "import_has_document"
    return ""


def refuse_new_problem(code: str, before: str, changed: str) -> None:
    """Raise when a change (inside the caller's transaction) broke the rule; a template stored before the rule
    existed keeps its old problem until its action or documents change it."""
    after = action_problem(code)
    if after and after != before:
        raise TemplateActionError(code, after, changed)
