"""Our own company: the sender on every letter."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from contactdesk.crm import lookups, validation, versions
from contactdesk.crm.errors import ValidationError, ValidationErrors
from contactdesk.store.db import write_transaction
from contactdesk.store.models import CompanyInfo, Country


@dataclass(frozen=True)
class CompanyInfoData:
    """Name, address, contact details and bank details of our company."""

    name: str = ""
    name_2: str = ""
    address: str = ""
    address_2: str = ""
    post_code: str = ""
    city: str = ""
    county: str = ""
    country_code: str = ""
    phone_no: str = ""
    email: str = ""
    home_page: str = ""
    vat_registration_no: str = ""
    registration_no: str = ""
    bank_name: str = ""
    bank_account_no: str = ""
    iban: str = ""
    swift_code: str = ""
    # The version the user started from (0: not checked) and who/when of the last change, read-only.
    version: int = field(default=0, compare=False)
    created_by: str = field(default="", compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)


_STAMP = ("version", "created_by", "changed_by", "changed_at")
_TEXTS = tuple(item.name for item in fields(CompanyInfoData) if item.name not in _STAMP)
ENTITY = "company_info"


def _row() -> CompanyInfo | None:
    row: CompanyInfo | None = CompanyInfo.select().order_by(lookups.primary_key(CompanyInfo)).first()
    return row


def get_company_info() -> CompanyInfoData:
    """Our company as stored (empty values when never filled)."""
    row = _row()
    if row is None:
        return CompanyInfoData()
    texts: dict[str, Any] = {name: str(getattr(row, name) or "") for name in _TEXTS}
    return CompanyInfoData(**texts, **vars(versions.stamp_of(row)))


def _validate(data: CompanyInfoData) -> dict[str, str]:
    """Check every field at once; return the trimmed values to store."""
    values = {key: str(getattr(data, key) or "").strip() for key in _TEXTS}
    values["country_code"] = validation.normalize_code(values["country_code"])
    errors: list[ValidationError] = validation.collect(
        validation.required("name", values["name"]),
        validation.email("email", values["email"]),
    )
    for key, value in values.items():
        error = validation.max_length(key, value, lookups.max_length(CompanyInfo, key))
        if error is not None:
            errors.append(error)
        # Our own company is the sender of every letter and e-mail draft: one line per value.
        errors += validation.collect(validation.one_line(key, value))
    if values["country_code"] and not lookups.code_exists(Country, values["country_code"]):
        errors.append(ValidationError("country_code", "unknown", values["country_code"]))
    if errors:
        raise ValidationErrors(errors)
    return values


def save_company_info(data: CompanyInfoData) -> CompanyInfoData:
    """Store our company's details; refused when someone saved them since data.version."""
    with write_transaction():
        values = _validate(data)
        row = _row()
        if row is None:
            CompanyInfo.insert({**values, **versions.created_values(CompanyInfo)}).execute()
        else:
            where = lookups.primary_key(CompanyInfo) == lookups.stored(row, "id")
            versions.update(CompanyInfo, where, values, data.version or None, ENTITY, "")
        return get_company_info()
