"""A letter or e-mail to a contact's alternative address: the line or entry names its code (spec 2.14).

Read set-wise (one query per 500 contacts), so a segment of thousands of lines costs a few queries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from contactdesk.crm.lookups import stored
from contactdesk.merge import formatting
from contactdesk.store.models import ContactAltAddress

Key = tuple[int, str]  # (contact id, alt-address code)
AltRow = ContactAltAddress
_CHUNK = 500


def code_of(line: Mapping[str, Any] | None) -> str:
    """The alternative address a line or entry asks for ('' = the contact's own address)."""
    return str((line or {}).get("alt_address_code") or "").strip().upper()


def load(keys: Iterable[Key]) -> dict[Key, ContactAltAddress]:
    """The alternative addresses named, by (contact id, code); codes deleted since are left out."""
    wanted = {key for key in keys if key[1]}
    ids = sorted({contact_id for contact_id, _code in wanted})
    found: dict[Key, ContactAltAddress] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = ContactAltAddress.select().where(ContactAltAddress.contact.in_(ids[start : start + _CHUNK]))
        for row in rows:
            key = (int(stored(row, "contact")), str(row.code))
            if key in wanted:
                found[key] = row
    return found


def recipient_email(own: str, alt: ContactAltAddress | None) -> str:
    """The alternative address's e-mail when it has one, otherwise the contact's (spec 2.14)."""
    alt_email = str(alt.email or "").strip() if alt is not None else ""
    return alt_email or own


def apply(
    values: dict[str, str],
    alt: ContactAltAddress,
    name_lines: list[str],
    person_name: str,
    country: Callable[[str], str],
    sender_country: str,
) -> None:
    """Put the alternative address into a contact's merge values: address fields, block, phone and e-mail.

    `person_name` is blank for a company.
    """
    code = str(alt.country_code or "").strip().upper()
    address = {key: str(getattr(alt, key) or "").strip() for key in ("address", "address_2", "post_code", "city")}
    company = str(alt.company_name or "").strip()
    # The address's own company name heads the block; a person's name stays below it.
    lines = [line for line in (company, person_name) if line] if company else name_lines
    values.update(address, county="", country_code=code, country_name=country(code))
    values["address_block"] = formatting.address_block(
        lines,
        address["address"],
        address["address_2"],
        address["post_code"],
        address["city"],
        "",
        code,
        country(code),
        sender_country,
    )
    if str(alt.phone_no or "").strip():
        values["phone"] = str(alt.phone_no).strip()
    values["email"] = recipient_email(values.get("email", ""), alt)


def recipients(pairs: list[tuple[Any, str]]) -> list[str]:
    """The e-mail each (contact row, alt-address code) is sent to, in order; one query per 500 contacts."""
    keys = [(int(contact.id), str(code or "").strip().upper()) for contact, code in pairs]
    alts = load(keys)
    return [
        recipient_email(str(contact.email or "").strip(), alts.get(key))
        for (contact, _code), key in zip(pairs, keys, strict=True)
    ]
