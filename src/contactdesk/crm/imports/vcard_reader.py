"""Read vCard 3.0 and 4.0 files (any number of cards) into an ImportSource, one row per card."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from contactdesk.crm.errors import ImportFileError
from contactdesk.crm.imports import source as s
from contactdesk.crm.imports.spool import Spool

# Pseudo-columns a card is spread over: (header shown to the user, field). Our own X- properties come
# before the standard ones that carry the same field, so our exports import back exactly.
VCARD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("X-CONTACTDESK-NO", "no"),
    ("KIND", "type"),
    ("FN", "name"),
    ("X-CONTACTDESK-NAME-2", "name_2"),
    ("N:given", "first_name"),
    ("N:additional", "middle_name"),
    ("N:family", "surname"),
    ("X-CONTACTDESK-INITIALS", "initials"),
    ("TITLE", "job_title"),
    ("X-CONTACTDESK-COMPANY-NO", "company_no"),
    ("ORG", "company_name"),
    ("ADR:street", "address"),
    ("ADR:extended", "address_2"),
    ("ADR:code", "post_code"),
    ("ADR:locality", "city"),
    ("ADR:region", "county"),
    ("X-CONTACTDESK-COUNTRY", "country_code"),
    ("ADR:country", "country_code"),
    ("TEL", "phone_no"),
    ("TEL:cell", "mobile_phone_no"),
    ("EMAIL", "email"),
    ("EMAIL 2", "email_2"),
    ("URL", "home_page"),
    ("X-CONTACTDESK-VAT", "vat_registration_no"),
    ("X-CONTACTDESK-SALESPERSON", "salesperson_code"),
    ("X-CONTACTDESK-TERRITORY", "territory_code"),
    ("X-CONTACTDESK-LANGUAGE", "language_code"),
    ("LANG", "language_code"),
    ("X-CONTACTDESK-CORRESPONDENCE", "correspondence_type"),
    ("X-CONTACTDESK-SALUTATION", "salutation_code"),
    ("X-CONTACTDESK-EXCLUDE", "exclude_from_segment"),
    ("X-CONTACTDESK-PRIVACY-BLOCKED", "privacy_blocked"),
    ("X-CONTACTDESK-MINOR", "minor"),
    ("X-CONTACTDESK-PARENTAL-CONSENT", "parental_consent_received"),
    ("UID", "uid"),
    # Classification codes by kind, ';'-separated as in our CSV (CATEGORIES is not read: it mixes the kinds).
    ("X-CONTACTDESK-INDUSTRY-GROUPS", "industry_groups"),
    ("X-CONTACTDESK-BUSINESS-RELATIONS", "business_relations"),
    ("X-CONTACTDESK-MAILING-GROUPS", "mailing_groups"),
    ("X-CONTACTDESK-JOB-RESPONSIBILITIES", "job_responsibilities"),
)
_SIMPLE = {header: header.lower() for header, _field in VCARD_COLUMNS if ":" not in header and " " not in header}
_CELL_TYPES = {"cell", "mobile", "iphone"}


def _types(line: Any) -> set[str]:
    """TYPE parameters, however the card wrote them (TYPE=a,b / TYPE=a;TYPE=b / TYPE="a,b")."""
    values: set[str] = set()
    for value in line.params.get("TYPE", []):
        values.update(part.strip().strip('"').lower() for part in str(value).split(","))
    return values


def _text(line: Any) -> str:
    value = line.value
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "").strip()


def _preferred(lines: list[Any]) -> list[Any]:
    """PREF first (vCard 3.0 TYPE=pref, 4.0 PREF=1), otherwise in file order."""

    def rank(line: Any) -> int:
        pref = line.params.get("PREF")
        if pref:
            try:
                return int(str(pref[0]))
            except ValueError:
                return 1
        return 1 if "pref" in _types(line) else 100

    return sorted(lines, key=rank)


def card_values(card: Any) -> dict[str, str]:
    """The pseudo-columns of one card."""
    contents: dict[str, list[Any]] = card.contents
    values: dict[str, str] = {}
    for header, key in _SIMPLE.items():
        lines = contents.get(key)
        if lines:
            values[header] = _text(lines[0])
    if not values.get("KIND") and contents.get("x-abshowas"):
        # Apple's way of marking a company card in vCard 3.0.
        values["KIND"] = "org" if _text(contents["x-abshowas"][0]).lower() == "company" else ""
    if contents.get("n"):
        name = contents["n"][0].value
        values.update(
            {
                "N:given": str(getattr(name, "given", "") or ""),
                "N:additional": str(getattr(name, "additional", "") or ""),
                "N:family": str(getattr(name, "family", "") or ""),
            }
        )
    adr_lines = contents.get("adr", [])
    work = [line for line in adr_lines if "work" in _types(line)]
    if adr_lines:
        address = (work or _preferred(adr_lines))[0].value
        for part, attribute in (
            ("street", "street"),
            ("extended", "extended"),
            ("locality", "city"),
            ("region", "region"),
            ("code", "code"),
            ("country", "country"),
        ):
            text = getattr(address, attribute, "")
            values[f"ADR:{part}"] = " ".join(text) if isinstance(text, list) else str(text or "")
    emails = [_text(line) for line in _preferred(contents.get("email", []))]
    values["EMAIL"], values["EMAIL 2"] = (emails + ["", ""])[:2]
    phones = _preferred(contents.get("tel", []))
    cells = [line for line in phones if _types(line) & _CELL_TYPES]
    others = [line for line in phones if not _types(line) & _CELL_TYPES]
    values["TEL"] = _phone(others[0]) if others else ""
    values["TEL:cell"] = _phone(cells[0]) if cells else ""
    uid = values.get("UID", "")
    if uid.lower().startswith("urn:uuid:"):
        values["UID"] = uid[len("urn:uuid:") :]
    return {key: value.strip() for key, value in values.items()}


def _phone(line: Any) -> str:
    text = _text(line)
    # vCard 4.0 writes phones as tel: URIs.
    return text[4:] if text.lower().startswith("tel:") else text


def _cards(lines: Iterable[str]) -> Iterator[str]:
    """The text of each top-level component (BEGIN … END), so one card at a time is in memory."""
    pending: list[str] = []
    depth = 0
    for line in lines:
        pending.append(line)
        # A folded continuation starts with a space, so BEGIN:/END: at the start of a line are properties.
        word = line[:6].upper()
        if word == "BEGIN:":
            depth += 1
        elif word.startswith("END:"):
            depth -= 1
            if depth <= 0:
                depth = 0
                yield "".join(pending)
                pending = []
    if "".join(pending).strip():
        yield "".join(pending)


def read_vcard(path: str, lines: Iterable[str], encoding: str) -> s.ImportSource:
    """Every card of the file as a row, kept in a spool on disk; the mapping is fixed (no mapping step)."""
    # Imported on first use: vobject pulls in dateutil and pytz, which the rest of the app never needs.
    import vobject
    from vobject.base import VObjectError

    spool = Spool()
    preview: list[list[str]] = []
    headers = [header for header, _field in VCARD_COLUMNS]
    try:
        for text in _cards(lines):
            for component in vobject.readComponents(text, ignoreUnreadable=True):
                if component.name.upper() != "VCARD":
                    continue
                values = card_values(component)
                row = [values.get(header, "") for header in headers]
                spool.append(tuple(row))
                if len(preview) < s.PREVIEW_ROWS:
                    preview.append(row)
    except (VObjectError, ValueError, AttributeError) as exc:
        raise ImportFileError(path, "not_vcard", f"card {len(spool) + 1}: {exc}") from exc
    if not len(spool):
        raise ImportFileError(path, "not_vcard")

    def rows() -> Iterator[list[str]]:
        return (list(record) for record in spool)

    return s.ImportSource(
        path=path,
        kind=s.VCARD,
        headers=headers,
        layout=s.VCARD_LAYOUT,
        mapping={i: field for i, (_header, field) in enumerate(VCARD_COLUMNS)},
        row_count=len(spool),
        preview_rows=preview,
        encoding=encoding,
        first_row=1,
        reader=rows,
    )
