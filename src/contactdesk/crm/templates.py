"""Interaction templates and their language versions with Word documents (Part B §1.6–1.7)."""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal
from pathlib import Path

from contactdesk.crm import attachments, lookups, validation, versions
from contactdesk.crm import template_rules as rules
from contactdesk.crm.errors import NotFoundError
from contactdesk.crm.lookups import check_code_change
from contactdesk.crm.template_data import TemplateData, TemplateLanguageData
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import CorrespondenceType, InformationFlow, InitiatedBy, WizardAction
from contactdesk.store.models import InteractionTemplate, InteractionTemplateLanguage

ENTITY = "interaction_template"
LANGUAGE_ENTITY = "interaction_template_language"
_CENT = Decimal("0.01")
_STAMP = ("version", "created_by", "changed_by", "changed_at")
__all__ = [
    "ENTITY",
    "LANGUAGE_ENTITY",
    "TemplateData",
    "TemplateLanguageData",
    "delete_template",
    "export_template_attachment",
    "get_template",
    "list_template_languages",
    "list_templates",
    "remove_template_attachment",
    "remove_template_language",
    "save_template",
    "set_template_attachment",
    "template_attachment_bytes",
]


def _to_data(row: InteractionTemplate) -> TemplateData:
    return TemplateData(
        code=str(row.code),
        interaction_group_code=str(lookups.stored(row, "interaction_group")),
        description=str(row.description),
        unit_cost=Decimal(str(row.unit_cost or 0)).quantize(_CENT),
        unit_duration=int(row.unit_duration),
        information_flow=InformationFlow(row.information_flow),
        initiated_by=InitiatedBy(row.initiated_by),
        campaign_no=str(lookups.stored(row, "campaign") or ""),
        campaign_target=bool(row.campaign_target),
        campaign_response=bool(row.campaign_response),
        correspondence_type_default=CorrespondenceType(row.correspondence_type_default),
        ignore_contact_corres_type=bool(row.ignore_contact_corres_type),
        language_code_default=str(row.language_code_default),
        wizard_action=WizardAction(row.wizard_action),
        **vars(versions.stamp_of(row)),
    )


def _language_rows(code: str) -> list[InteractionTemplateLanguage]:
    query = (
        InteractionTemplateLanguage.select()
        .where(InteractionTemplateLanguage.template == code)
        .order_by(InteractionTemplateLanguage.language_code)
    )
    return list(query)


def _attachment_of(row: InteractionTemplateLanguage) -> int | None:
    value = lookups.stored(row, "attachment")
    return None if value is None else int(value)


def _swap_attachment(row: InteractionTemplateLanguage, attachment_id: int | None, version: int | None) -> None:
    """Point the row at another document and drop the old one if nothing else uses it; refused when stale."""
    key = lookups.primary_key(InteractionTemplateLanguage) == lookups.stored(row, "id")
    label = f"{lookups.stored(row, 'template')}/{row.language_code}"
    versions.claim(InteractionTemplateLanguage, key, version, LANGUAGE_ENTITY, label)
    # Read after the claim: another user's document swap that committed meanwhile is the one to let go of.
    old_id = _attachment_of(InteractionTemplateLanguage.get(key))
    InteractionTemplateLanguage.update(attachment=attachment_id).where(key).execute()
    # The old attachment is only let go of, never changed, so a frozen (logged) document stays intact.
    if old_id is not None:
        attachments.discard_attachment(old_id)


def _language_data(row: InteractionTemplateLanguage) -> TemplateLanguageData:
    attachment_id = _attachment_of(row)
    file_name = attachments.attachment_file_name(attachment_id) if attachment_id is not None else ""
    return TemplateLanguageData(
        language_code=str(row.language_code),
        description=str(row.description),
        attachment_id=attachment_id,
        file_name=file_name,
        has_attachment=attachment_id is not None,
        **vars(versions.stamp_of(row)),
    )


def list_templates() -> list[TemplateData]:
    """Every interaction template, by code."""
    return [_to_data(row) for row in InteractionTemplate.select().order_by(InteractionTemplate.code)]


def _get(code: str) -> InteractionTemplate:
    row = InteractionTemplate.get_or_none(InteractionTemplate.code == validation.normalize_code(code))
    if row is None:
        raise NotFoundError(ENTITY, code)
    return row


def get_template(code: str) -> TemplateData:
    """One template; NotFoundError when the code does not exist."""
    return _to_data(_get(code))


def save_template(data: TemplateData, original_code: str | None = None) -> TemplateData:
    """Create (original_code None) or update a template; a default language without a row gets one."""
    code = validation.normalize_code(data.code)
    with write_transaction():
        values = rules.validate(data, code)
        fields = {key: value for key, value in asdict(values).items() if key not in _STAMP}
        fields["interaction_group"] = fields.pop("interaction_group_code")
        fields["campaign"] = fields.pop("campaign_no") or None
        original = check_code_change(InteractionTemplate, ENTITY, code, original_code)
        before = rules.action_problem(original) if original is not None else ""
        if original is None:
            InteractionTemplate.insert({**fields, **versions.created_values(InteractionTemplate)}).execute()
        else:
            # Language rows, segments and entries follow a new code through ON UPDATE CASCADE.
            where = InteractionTemplate.code == original
            versions.update(InteractionTemplate, where, fields, data.version or None, ENTITY, original)
        # The reference asks "create a language row for X?"; we always answer yes.
        if values.language_code_default and _language_row(code, values.language_code_default) is None:
            _new_language_row(code, values.language_code_default, values.description)
        rules.refuse_new_problem(code, before, "action")
        return get_template(code)


def delete_template(code: str) -> None:
    """Delete a template no segment or entry uses, with its language rows and their documents."""
    key = validation.normalize_code(code)
    with write_transaction():
        _get(key)
        lookups.refuse_if_in_history(ENTITY, key, "interaction_template")
        attachment_ids = [_attachment_of(row) for row in _language_rows(key)]
        InteractionTemplate.delete().where(InteractionTemplate.code == key).execute()
        for attachment_id in attachment_ids:
            if attachment_id is not None:
                attachments.discard_attachment(attachment_id)


def list_template_languages(code: str) -> list[TemplateLanguageData]:
    """The language versions of a template, by language code."""
    return [_language_data(row) for row in _language_rows(_get(code).code)]


def _new_language_row(code: str, language: str, description: str) -> InteractionTemplateLanguage:
    created = versions.created_values(InteractionTemplateLanguage)
    row: InteractionTemplateLanguage = InteractionTemplateLanguage.create(
        template=code, language_code=language, description=description, **created
    )
    return row


def _language_row(code: str, language: str) -> InteractionTemplateLanguage | None:
    return InteractionTemplateLanguage.get_or_none(
        (InteractionTemplateLanguage.template == code) & (InteractionTemplateLanguage.language_code == language)
    )


def _spelling(language_code: str) -> str:
    """The stored spelling of a language code, or the code as given when the language is gone."""
    return lookups.language_code(language_code) or (language_code or "").strip()


def _existing_language_row(code: str, language_code: str) -> InteractionTemplateLanguage:
    template = _get(code)
    row = _language_row(str(template.code), _spelling(language_code))
    if row is None:
        raise NotFoundError("interaction_template_language", f"{template.code}/{language_code}")
    return row


def set_template_attachment(
    code: str, language_code: str, source: Path, version: int | None = None
) -> TemplateLanguageData:
    """Store `source` as the Word document of one language (adding the row); replaces any earlier one.

    `version` is the language row's as the user saw it; a newer one is refused (ConcurrentEditError).
    """
    template = _get(code)
    language = lookups.known_language(language_code)
    attachments.validate_docx(Path(source))
    with write_transaction():
        before = rules.action_problem(str(template.code))
        new_id = attachments.store_file(Path(source), require_docx=True)
        row = _language_row(str(template.code), language)
        if row is None:
            first = not _language_rows(str(template.code))
            row = _new_language_row(str(template.code), language, str(template.description))
            version = None  # the row is new: nobody else's version to respect
            # The first document a template gets is the one the wizard should fall back to.
            if first and not template.language_code_default:
                InteractionTemplate.update(language_code_default=language).where(
                    InteractionTemplate.code == template.code
                ).execute()
        _swap_attachment(row, new_id, version)
        rules.refuse_new_problem(str(template.code), before, "document")
        return _language_data(InteractionTemplateLanguage.get_by_id(lookups.stored(row, "id")))


def remove_template_attachment(code: str, language_code: str, version: int | None = None) -> None:
    """Take the document off one language version (the row stays); refused when stale (see set_…)."""
    with write_transaction():
        row = _existing_language_row(code, language_code)
        before = rules.action_problem(str(lookups.stored(row, "template")))
        _swap_attachment(row, None, version)
        rules.refuse_new_problem(str(lookups.stored(row, "template")), before, "document")


def remove_template_language(code: str, language_code: str) -> None:
    """Delete a language version; when it was the default, another row (or none) becomes the default."""
    with write_transaction():
        row = _existing_language_row(code, language_code)
        template = _get(code)
        before = rules.action_problem(str(template.code))
        old_id = _attachment_of(row)
        language = str(row.language_code)
        row.delete_instance()
        if template.language_code_default == language:
            remaining = _language_rows(str(template.code))
            new_default = str(remaining[0].language_code) if remaining else ""
            InteractionTemplate.update(language_code_default=new_default).where(
                InteractionTemplate.code == template.code
            ).execute()
        rules.refuse_new_problem(str(template.code), before, "document")
        if old_id is not None:
            attachments.discard_attachment(old_id)


def template_attachment_bytes(code: str, language_code: str) -> bytes | None:
    """The stored document of one language version; None when the version or its document is absent."""
    row = _language_row(str(_get(code).code), _spelling(language_code))
    attachment_id = None if row is None else _attachment_of(row)
    return None if attachment_id is None else attachments.attachment_bytes(attachment_id)


def export_template_attachment(code: str, language_code: str, dest: Path) -> Path:
    """Copy the document of one language version to `dest`; NotFoundError when there is none."""
    row = _existing_language_row(code, language_code)
    attachment_id = _attachment_of(row)
    if attachment_id is None:
        raise NotFoundError("attachment", f"{lookups.stored(row, 'template')}/{row.language_code}")
    return attachments.export_attachment(attachment_id, dest)
