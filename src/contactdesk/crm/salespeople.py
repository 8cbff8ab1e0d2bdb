"""Salespeople: list, edit, rename and delete (Part B §1.3)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from contactdesk.crm import validation, versions
from contactdesk.crm.errors import InUseError, NotFoundError, ValidationErrors
from contactdesk.crm.lookups import check_code_change, code_exists, refuse_if_in_history
from contactdesk.store.db import write_transaction
from contactdesk.store.models import Contact, MarketingSetup, Salesperson

ENTITY = "salesperson"
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class SalespersonData:
    """One salesperson as the services hand it around."""

    code: str
    name: str = ""
    email: str = ""
    phone_no: str = ""
    job_title: str = ""
    commission_pct: Decimal = Decimal("0.00")
    blocked: bool = False
    privacy_blocked: bool = False
    # The version the user started from (0: not checked) and who/when of the last change, read-only.
    version: int = field(default=0, compare=False)
    created_by: str = field(default="", compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)


def _to_data(row: Salesperson) -> SalespersonData:
    return SalespersonData(
        code=str(row.code),
        name=str(row.name),
        email=str(row.email),
        phone_no=str(row.phone_no),
        job_title=str(row.job_title),
        commission_pct=Decimal(str(row.commission_pct or 0)).quantize(_CENT),
        blocked=bool(row.blocked),
        privacy_blocked=bool(row.privacy_blocked),
        **vars(versions.stamp_of(row)),
    )


def list_salespeople(include_blocked: bool = True) -> list[SalespersonData]:
    """Every salesperson by code; blocked ones only when asked for."""
    query = Salesperson.select().order_by(Salesperson.code)
    if not include_blocked:
        query = query.where(Salesperson.blocked == False)  # noqa: E712 - peewee builds SQL from ==
    return [_to_data(row) for row in query]


def get_salesperson(code: str) -> SalespersonData:
    """One salesperson; NotFoundError when the code does not exist."""
    row = Salesperson.get_or_none(Salesperson.code == validation.normalize_code(code))
    if row is None:
        raise NotFoundError(ENTITY, code)
    return _to_data(row)


def _validate(data: SalespersonData, code: str) -> Decimal:
    errors = validation.collect(
        validation.required("code", code),
        validation.max_length("code", code, 20),
        validation.max_length("name", data.name, 50),
        validation.max_length("email", data.email, 80),
        validation.email("email", data.email),
        validation.max_length("phone_no", data.phone_no, 30),
        validation.max_length("job_title", data.job_title, 50),
        *(
            validation.one_line(name, (getattr(data, name) or "").strip())
            for name in ("name", "email", "phone_no", "job_title")
        ),
        validation.decimal_in_range("commission_pct", data.commission_pct, Decimal(0), Decimal(100)),
    )
    if errors:
        raise ValidationErrors(errors)
    # Validated above, so it parses; the column keeps two decimals.
    return Decimal(str(data.commission_pct or 0)).quantize(_CENT)


def save_salesperson(data: SalespersonData, original_code: str | None = None) -> SalespersonData:
    """Create (original_code None) or update a salesperson; a new code renames it everywhere."""
    code = validation.normalize_code(data.code)
    commission = _validate(data, code)
    values = {
        Salesperson.code: code,
        Salesperson.name: data.name.strip(),
        Salesperson.email: data.email.strip(),
        Salesperson.phone_no: data.phone_no.strip(),
        Salesperson.job_title: data.job_title.strip(),
        Salesperson.commission_pct: commission,
        Salesperson.blocked: bool(data.blocked),
        Salesperson.privacy_blocked: bool(data.privacy_blocked),
    }
    with write_transaction():
        original = check_code_change(Salesperson, ENTITY, code, original_code)
        if original is None:
            Salesperson.insert({**values, **versions.created_values(Salesperson)}).execute()
        else:
            # Foreign keys cascade the new code to contacts, segments and entries; setup holds it as text.
            where = Salesperson.code == original
            versions.update(Salesperson, where, values, data.version or None, ENTITY, original)
            if code != original:
                MarketingSetup.update(default_salesperson_code=code).where(
                    MarketingSetup.default_salesperson_code == original
                ).execute()
                _touch_contacts_of(code)
        return get_salesperson(code)


def delete_salesperson(code: str) -> None:
    """Delete a salesperson no segment, entry or setup uses; contacts simply lose the link."""
    key = validation.normalize_code(code)
    with write_transaction():
        if not code_exists(Salesperson, key):
            raise NotFoundError(ENTITY, code)
        refuse_if_in_history(ENTITY, key, "salesperson")
        if MarketingSetup.select().where(MarketingSetup.default_salesperson_code == key).exists():
            raise InUseError(ENTITY, key, "marketing_setup", 1)
        _touch_contacts_of(key)
        Salesperson.delete().where(Salesperson.code == key).execute()


def _touch_contacts_of(code: str) -> None:
    """Bump its contacts' version, so a card still showing the old code refuses to save it back."""
    versions.touch(Contact, Contact.salesperson == code)
