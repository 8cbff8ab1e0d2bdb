"""One service for the simple code tables: interaction groups and the contact classification codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from peewee import Field

from contactdesk.crm import validation, versions
from contactdesk.crm.errors import (
    InUseError,
    NotFoundError,
    ValidationError,
    ValidationErrors,
)
from contactdesk.crm.lookups import (
    check_code_change,
    code_exists,
    max_length,
    primary_key,
    refuse_if_in_history,
    stored,
)
from contactdesk.store.db import write_transaction
from contactdesk.store.models import (
    BaseModel,
    BusinessRelation,
    Contact,
    IndustryGroup,
    InteractionGroup,
    InteractionTemplate,
    JobResponsibility,
    MailingGroup,
    Territory,
)

KINDS: tuple[str, ...] = (
    "interaction_group",
    "industry_group",
    "business_relation",
    "mailing_group",
    "job_responsibility",
    "territory",
)

_MODELS: dict[str, type[BaseModel]] = {
    "interaction_group": InteractionGroup,
    "industry_group": IndustryGroup,
    "business_relation": BusinessRelation,
    "mailing_group": MailingGroup,
    "job_responsibility": JobResponsibility,
    "territory": Territory,
}


@dataclass(frozen=True)
class CodeData:
    """A code with its description (a territory's name travels as its description)."""

    code: str
    description: str = ""
    # The version the user started from (0: not checked) and who/when of the last change, read-only.
    version: int = field(default=0, compare=False)
    created_by: str = field(default="", compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)


def _model(kind: str) -> type[BaseModel]:
    try:
        return _MODELS[kind]
    except KeyError:
        raise ValueError(f"unknown code kind {kind!r}; expected one of {', '.join(KINDS)}") from None


def _text_column(kind: str) -> str:
    """Territory calls its text `name`; the others call it `description`."""
    return "name" if kind == "territory" else "description"


def _fields(kind: str) -> tuple[Field[Any], Field[Any]]:
    """The code field and the text field of a kind."""
    model = _model(kind)
    text_field: Field[Any] = model._meta.fields[_text_column(kind)]
    return primary_key(model), text_field


def _to_data(kind: str, row: BaseModel) -> CodeData:
    stamp = versions.stamp_of(row)
    return CodeData(
        str(stored(row, "code")),
        str(stored(row, _text_column(kind))),
        stamp.version,
        stamp.created_by,
        stamp.changed_by,
        stamp.changed_at,
    )


def list_codes(kind: str) -> list[CodeData]:
    """Every code of one kind, by code."""
    code_field, _ = _fields(kind)
    return [_to_data(kind, row) for row in _model(kind).select().order_by(code_field)]


def get_code(kind: str, code: str) -> CodeData:
    """One code; NotFoundError when it does not exist."""
    code_field, _ = _fields(kind)
    row = _model(kind).get_or_none(code_field == validation.normalize_code(code))
    if row is None:
        raise NotFoundError(kind, code)
    return _to_data(kind, row)


def _validate(kind: str, code: str, description: str) -> None:
    model = _model(kind)
    errors: list[ValidationError] = validation.collect(
        validation.required("code", code),
        validation.max_length("code", code, max_length(model, "code")),
        validation.max_length("description", description, max_length(model, _text_column(kind))),
        validation.one_line("description", description),
    )
    if errors:
        raise ValidationErrors(errors)


def save_code(kind: str, data: CodeData, original_code: str | None = None) -> CodeData:
    """Create (original_code None) or update a code; a new code is carried to everything that uses it."""
    model = _model(kind)
    code_field, text_field = _fields(kind)
    code = validation.normalize_code(data.code)
    description = (data.description or "").strip()
    _validate(kind, code, description)
    with write_transaction():
        original = check_code_change(model, kind, code, original_code)
        if original is None:
            model.insert({code_field: code, text_field: description, **versions.created_values(model)}).execute()
        else:
            # Link tables, templates, segments and entries follow through ON UPDATE CASCADE.
            values = {code_field: code, text_field: description}
            versions.update(model, code_field == original, values, data.version or None, kind, original)
            if kind == "territory" and code != original:
                _set_contact_territory(original, code)
        return get_code(kind, code)


def _set_contact_territory(old: str, new: str) -> None:
    """Contacts hold the territory as text, not a foreign key, so they are updated by hand."""
    # Bumping the version makes an editor that still shows the old code refuse to overwrite it.
    Contact.update({Contact.territory_code: new, **versions.changed_values(Contact)}).where(
        Contact.territory_code == old
    ).execute()


def delete_code(kind: str, code: str) -> None:
    """Delete a code; interaction groups still in use are refused, contact classifications just unlink."""
    model = _model(kind)
    code_field, _ = _fields(kind)
    key = validation.normalize_code(code)
    with write_transaction():
        if not code_exists(model, key):
            raise NotFoundError(kind, code)
        if kind == "interaction_group":
            _check_group_unused(key)
        elif kind == "territory":
            _set_contact_territory(key, "")
        # Contact links of the classification codes go with ON DELETE CASCADE.
        model.delete().where(code_field == key).execute()


def _check_group_unused(key: str) -> None:
    templates = InteractionTemplate.select().where(InteractionTemplate.interaction_group == key).count()
    if templates:
        raise InUseError("interaction_group", key, "interaction_templates", int(templates))
    refuse_if_in_history("interaction_group", key, "interaction_group")
