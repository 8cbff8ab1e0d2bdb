"""Marketing Setup: the one row of number series and defaults for new contacts (Part B §1.2)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any

from contactdesk.crm import lookups, validation, versions
from contactdesk.crm.errors import ValidationError, ValidationErrors
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import (
    BaseModel,
    Country,
    InteractionTemplate,
    MarketingSetup,
    NumberSeries,
    Salesperson,
    Salutation,
)


@dataclass(frozen=True)
class MarketingSetupData:
    """Every Marketing Setup setting; codes are '' when not filled."""

    contact_nos: str = ""
    segment_nos: str = ""
    logged_segment_nos: str = ""
    campaign_nos: str = ""
    default_salesperson_code: str = ""
    default_country_code: str = ""
    default_language_code: str = ""
    default_correspondence_type: CorrespondenceType = CorrespondenceType.BLANK
    default_company_salutation: str = ""
    default_person_salutation: str = ""
    inherit_salesperson: bool = True
    inherit_territory: bool = True
    inherit_country: bool = True
    inherit_language: bool = True
    inherit_address: bool = True
    inherit_communication: bool = True
    attachment_storage_location: str = ""
    cover_sheet_template_code: str = ""
    # The version the user started from (0: not checked) and who/when of the last change, read-only.
    version: int = field(default=0, compare=False)
    created_by: str = field(default="", compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)


_STAMP = ("version", "created_by", "changed_by", "changed_at")
ENTITY = "marketing_setup"
# Each code setting and the table its value must exist in.
_REFERENCES: dict[str, type[BaseModel]] = {
    "contact_nos": NumberSeries,
    "segment_nos": NumberSeries,
    "logged_segment_nos": NumberSeries,
    "campaign_nos": NumberSeries,
    "default_salesperson_code": Salesperson,
    "default_country_code": Country,
    "default_company_salutation": Salutation,
    "default_person_salutation": Salutation,
    "cover_sheet_template_code": InteractionTemplate,
}


def _row() -> MarketingSetup | None:
    row: MarketingSetup | None = MarketingSetup.select().order_by(lookups.primary_key(MarketingSetup)).first()
    return row


def get_marketing_setup() -> MarketingSetupData:
    """The current settings (defaults when the row is missing)."""
    row = _row()
    if row is None:
        return MarketingSetupData()
    values = {name: getattr(row, name) for name in MarketingSetupData.__dataclass_fields__ if name not in _STAMP}
    values.update(vars(versions.stamp_of(row)))
    values["default_correspondence_type"] = CorrespondenceType(row.default_correspondence_type)
    return MarketingSetupData(**values)


def _validate(data: MarketingSetupData) -> MarketingSetupData:
    """Check every setting at once; return the normalised values to store."""
    errors: list[ValidationError] = []
    codes = {name: validation.normalize_code(getattr(data, name)) for name in _REFERENCES}
    for name, model in _REFERENCES.items():
        field_error = validation.max_length(name, codes[name], lookups.max_length(MarketingSetup, name))
        if field_error is not None:
            errors.append(field_error)
        elif codes[name] and not lookups.code_exists(model, codes[name]):
            errors.append(ValidationError(name, "unknown", codes[name]))
    language = lookups.language_code(data.default_language_code)
    if language is None:
        errors.append(ValidationError("default_language_code", "unknown", data.default_language_code))
    corres_type = lookups.enum_value(
        "default_correspondence_type", CorrespondenceType, data.default_correspondence_type, errors
    )
    if errors:
        raise ValidationErrors(errors)
    changes: dict[str, Any] = {
        **codes,
        "default_language_code": language or "",
        "default_correspondence_type": corres_type,
        "attachment_storage_location": (data.attachment_storage_location or "").strip(),
    }
    return replace(data, **changes)


def save_marketing_setup(data: MarketingSetupData) -> MarketingSetupData:
    """Store the settings after checking that every code they name exists; refused when stale (data.version)."""
    with write_transaction():
        values = {key: value for key, value in asdict(_validate(data)).items() if key not in _STAMP}
        values["default_correspondence_type"] = int(values["default_correspondence_type"])
        row = _row()
        if row is None:
            MarketingSetup.insert({**values, **versions.created_values(MarketingSetup)}).execute()
        else:
            where = lookups.primary_key(MarketingSetup) == lookups.stored(row, "id")
            versions.update(MarketingSetup, where, values, data.version or None, ENTITY, "")
        return get_marketing_setup()
