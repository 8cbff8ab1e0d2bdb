"""vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) cards written by hand: escaping and line folding per the RFCs.

What a vCard has no property for travels in X-CONTACTDESK-* properties, which other programs ignore
and our import reads back, so a round trip keeps every field. Classification codes go twice: by kind in
X-CONTACTDESK-INDUSTRY-GROUPS etc. (read back exactly), and all of them in CATEGORIES, the standard property
other address books show as the contact's categories or labels (written only, as a kind cannot be told from it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO, Any

from contactdesk.crm.imports.fields import CORRESPONDENCE_TEXTS, FLAG_FIELDS
from contactdesk.store.enums import ContactType, CorrespondenceType

VERSIONS = ("3.0", "4.0")
_EXTRA = (
    ("X-CONTACTDESK-NO", "no"),
    ("X-CONTACTDESK-COMPANY-NO", "company_no"),
    ("X-CONTACTDESK-NAME-2", "name_2"),
    ("X-CONTACTDESK-INITIALS", "initials"),
    ("X-CONTACTDESK-COUNTRY", "country_code"),
    ("X-CONTACTDESK-VAT", "vat_registration_no"),
    ("X-CONTACTDESK-SALESPERSON", "salesperson_code"),
    ("X-CONTACTDESK-TERRITORY", "territory_code"),
    ("X-CONTACTDESK-LANGUAGE", "language_code"),
    ("X-CONTACTDESK-SALUTATION", "salutation_code"),
)
# Classification codes by kind: the export record's ';'-separated codes, escaped as one TEXT value.
CLASS_PROPERTIES = (
    ("X-CONTACTDESK-INDUSTRY-GROUPS", "industry_groups"),
    ("X-CONTACTDESK-BUSINESS-RELATIONS", "business_relations"),
    ("X-CONTACTDESK-MAILING-GROUPS", "mailing_groups"),
    ("X-CONTACTDESK-JOB-RESPONSIBILITIES", "job_responsibilities"),
)
_FLAGS = (
    ("X-CONTACTDESK-EXCLUDE", "exclude_from_segment"),
    ("X-CONTACTDESK-PRIVACY-BLOCKED", "privacy_blocked"),
    ("X-CONTACTDESK-MINOR", "minor"),
    ("X-CONTACTDESK-PARENTAL-CONSENT", "parental_consent_received"),
)


def escape(text: str) -> str:
    """A TEXT value: backslash, comma, semicolon and newline escaped."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold_line(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line + "\r\n"
    parts: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"


def card(record: dict[str, Any], version: str, country_names: dict[str, str]) -> str:
    """One contact as a vCard."""
    is_company = record["type"] == ContactType.COMPANY
    v4 = version == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    if v4:
        lines.append("KIND:" + ("org" if is_company else "individual"))
    elif is_company:
        lines.append("X-ABSHOWAS:COMPANY")
    if record.get("uid"):
        lines.append("UID:" + ("urn:uuid:" if v4 else "") + escape(record["uid"]))
    lines.append("FN:" + escape(record["name"]))
    name_parts = ("", "", "") if is_company else (record["surname"], record["first_name"], record["middle_name"])
    lines.append("N:" + ";".join(escape(part) for part in name_parts) + ";;")
    if record["company_name"]:
        lines.append("ORG:" + escape(record["company_name"]))
    if record["job_title"]:
        lines.append("TITLE:" + escape(record["job_title"]))
    address = (record["address_2"], record["address"], record["city"], record["county"], record["post_code"])
    country = country_names.get(record["country_code"], record["country_code"])
    if any(address) or country:
        parts = ";".join(escape(part) for part in ("", *address, country))
        lines.append(("ADR;TYPE=work:" if v4 else "ADR;TYPE=WORK:") + parts)
    text_value = ";VALUE=text" if v4 else ""
    if record["phone_no"]:
        lines.append(
            ('TEL;TYPE="work,voice"' if v4 else "TEL;TYPE=WORK,VOICE") + text_value + ":" + escape(record["phone_no"])
        )
    if record["mobile_phone_no"]:
        lines.append(
            ("TEL;TYPE=cell" if v4 else "TEL;TYPE=CELL") + text_value + ":" + escape(record["mobile_phone_no"])
        )
    if record["email"]:
        lines.append(("EMAIL;PREF=1:" if v4 else "EMAIL;TYPE=INTERNET,PREF:") + escape(record["email"]))
    if record["email_2"]:
        lines.append(("EMAIL:" if v4 else "EMAIL;TYPE=INTERNET:") + escape(record["email_2"]))
    if record["home_page"]:
        lines.append("URL:" + escape(record["home_page"]))
    if v4 and record["language_code"]:
        lines.append("LANG:" + escape(record["language_code"]))
    for name, field in _EXTRA:
        if record.get(field):
            lines.append(f"{name}:{escape(str(record[field]))}")
    if record["correspondence_type"]:
        lines.append(
            "X-CONTACTDESK-CORRESPONDENCE:"
            + escape(CORRESPONDENCE_TEXTS[CorrespondenceType(record["correspondence_type"])])
        )
    for name, field in _FLAGS:
        if field in FLAG_FIELDS and record.get(field):
            lines.append(f"{name}:Yes")
    lines += _classification(record)
    lines.append("END:VCARD")
    return "".join(fold_line(line) for line in lines)


def _classification(record: dict[str, Any]) -> list[str]:
    """CATEGORIES (every code once, a text list) and one X-CONTACTDESK- property per kind that has codes."""
    lines: list[str] = []
    categories: list[str] = []
    for name, field in CLASS_PROPERTIES:
        codes = [code for code in str(record.get(field) or "").split(";") if code]
        if codes:
            lines.append(f"{name}:{escape(';'.join(codes))}")
            categories += [code for code in codes if code not in categories]
    if categories:
        lines.insert(0, "CATEGORIES:" + ",".join(escape(code) for code in categories))
    return lines


def write_vcards(
    handle: IO[str],
    records: Iterable[dict[str, Any]],
    version: str,
    country_names: dict[str, str],
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write every record as a card; returns how many were written."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r}")
    count = 0
    for record in records:
        handle.write(card(record, version, country_names))
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count)
    return count
