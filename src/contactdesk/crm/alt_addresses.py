"""A contact's alternative addresses (spec 1.4): kept with a code and an optional date range.

A segment line takes the code of the address valid on its date (crm.segment_line_rules); letters and
e-mail then use that address instead of the contact's own (merge.alt_address).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from contactdesk.crm import lookups, validation
from contactdesk.crm.errors import DuplicateCodeError, NotFoundError, ValidationError, ValidationErrors
from contactdesk.store.db import write_transaction
from contactdesk.store.models import Contact, ContactAltAddress

ENTITY = "alt_address"
_TEXTS = ("company_name", "address", "address_2", "post_code", "city", "country_code", "phone_no", "email")
log = logging.getLogger("contactdesk.crm")


@dataclass
class AltAddressData:
    """One alternative address as the card's tab edits it."""

    code: str = ""
    company_name: str = ""
    address: str = ""
    address_2: str = ""
    post_code: str = ""
    city: str = ""
    country_code: str = ""
    phone_no: str = ""
    email: str = ""
    valid_from: date | None = None
    valid_to: date | None = None


def _contact(no: str) -> Contact:
    contact = Contact.get_or_none(Contact.no == (no or "").strip().upper())
    if contact is None:
        raise NotFoundError("contact", no)
    return contact


def _data(row: Any) -> AltAddressData:
    texts = {name: str(getattr(row, name) or "") for name in ("code", *_TEXTS)}
    return AltAddressData(**texts, valid_from=row.valid_from, valid_to=row.valid_to)


def list_alt_addresses(contact_no: str) -> list[AltAddressData]:
    """A contact's alternative addresses, by code."""
    contact = _contact(contact_no)
    rows = ContactAltAddress.select().where(ContactAltAddress.contact == contact.id).order_by(ContactAltAddress.code)
    return [_data(row) for row in rows]


def _validate(data: AltAddressData) -> None:
    data.code = validation.normalize_code(data.code)
    for name in _TEXTS:
        setattr(data, name, (getattr(data, name) or "").strip())
    data.country_code = data.country_code.upper()
    errors = validation.collect(
        validation.required("code", data.code),
        validation.max_length("code", data.code, lookups.max_length(ContactAltAddress, "code")),
        *[validation.one_line(name, getattr(data, name)) for name in _TEXTS],
        *[
            validation.max_length(name, getattr(data, name), lookups.max_length(ContactAltAddress, name))
            for name in _TEXTS
        ],
        validation.email("email", data.email),
    )
    if data.valid_to and not data.valid_from:
        # A line takes the address valid on its date from the starting date on (spec §2.1): an end alone means nothing.
        errors.append(ValidationError("valid_from", "required"))
    if data.valid_from and data.valid_to and data.valid_to < data.valid_from:
        errors.append(
            ValidationError("valid_to", "before_start", data.valid_to.isoformat(), data.valid_from.isoformat())
        )
    if errors:
        raise ValidationErrors(errors)


def save_alt_address(contact_no: str, data: AltAddressData, original_code: str | None = None) -> AltAddressData:
    """Create (original_code None) or change one alternative address, in one transaction."""
    _validate(data)
    with write_transaction():
        contact = _contact(contact_no)
        mine = ContactAltAddress.contact == contact.id
        original = validation.normalize_code(original_code) if original_code is not None else None
        if (
            data.code != original
            and ContactAltAddress.select().where(mine & (ContactAltAddress.code == data.code)).exists()
        ):
            raise DuplicateCodeError(ENTITY, data.code)
        values = {name: getattr(data, name) for name in (f.name for f in fields(AltAddressData))}
        if original is None:
            ContactAltAddress.create(contact=contact.id, **values)
        else:
            changed = ContactAltAddress.update(values).where(mine & (ContactAltAddress.code == original)).execute()
            if not changed:
                raise NotFoundError(ENTITY, original)
    log.info("alternative address saved: %s %s", contact.no, data.code)
    return data


def delete_alt_address(contact_no: str, code: str) -> None:
    """Delete one alternative address (lines and entries keep the code they recorded)."""
    with write_transaction():
        contact = _contact(contact_no)
        where = (ContactAltAddress.contact == contact.id) & (ContactAltAddress.code == validation.normalize_code(code))
        if not ContactAltAddress.delete().where(where).execute():
            raise NotFoundError(ENTITY, code)
