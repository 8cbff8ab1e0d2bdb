"""Our own company: the sender on every letter."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from contactdesk.crm import lookups, validation
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


def _row() -> CompanyInfo | None:
    row: CompanyInfo | None = CompanyInfo.select().order_by(lookups.primary_key(CompanyInfo)).first()
    return row


def get_company_info() -> CompanyInfoData:
    """Our company as stored (empty values when never filled)."""
    row = _row()
    if row is None:
        return CompanyInfoData()
    return CompanyInfoData(**{item.name: str(getattr(row, item.name) or "") for item in fields(CompanyInfoData)})


def _validate(data: CompanyInfoData) -> dict[str, str]:
    """Check every field at once; return the trimmed values to store."""
    values = {key: (value or "").strip() for key, value in asdict(data).items()}
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
    """Store our company's details."""
    with write_transaction():
        values = _validate(data)
        row = _row()
        if row is None:
            CompanyInfo.insert(values).execute()
        else:
            key = lookups.primary_key(CompanyInfo)
            CompanyInfo.update(values).where(key == lookups.stored(row, "id")).execute()
        return get_company_info()
