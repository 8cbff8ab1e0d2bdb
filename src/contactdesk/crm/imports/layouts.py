"""Known CSV layouts, recognised by their headers, and a suggested mapping for any other file.

Outlook's and Google Contacts' headers are those their export functions write (English
interfaces). When several columns feed one field, the first non-empty one in the order listed wins.
"""

from __future__ import annotations

import re

from contactdesk.crm.imports import source as s
from contactdesk.crm.imports.fields import FILE_COLUMNS, OWN_COLUMNS

_OUTLOOK: tuple[tuple[str, str], ...] = (
    ("First Name", "first_name"),
    ("Middle Name", "middle_name"),
    ("Last Name", "surname"),
    ("Initials", "initials"),
    ("Company", "company_name"),
    ("Job Title", "job_title"),
    ("Business Street", "address"),
    ("Business Street 2", "address_2"),
    ("Business City", "city"),
    ("Business State", "county"),
    ("Business Postal Code", "post_code"),
    ("Business Country/Region", "country_code"),
    ("Business Country", "country_code"),
    ("Business Phone", "phone_no"),
    ("Company Main Phone", "phone_no"),
    ("Primary Phone", "phone_no"),
    ("Home Phone", "phone_no"),
    ("Mobile Phone", "mobile_phone_no"),
    ("E-mail Address", "email"),
    ("E-mail 2 Address", "email_2"),
    ("Web Page", "home_page"),
    ("Language", "language_code"),
    # A person with no business address gets the home address (see address_groups).
    ("Home Street", "address"),
    ("Home Street 2", "address_2"),
    ("Home City", "city"),
    ("Home State", "county"),
    ("Home Postal Code", "post_code"),
    ("Home Country/Region", "country_code"),
    ("Home Country", "country_code"),
)
# Outlook's address blocks, the business address first: a row takes one block whole.
_OUTLOOK_ADDRESSES: tuple[tuple[str, ...], ...] = tuple(
    tuple(
        f"{kind} {part}" for part in ("Street", "Street 2", "City", "State", "Postal Code", "Country/Region", "Country")
    )
    for kind in ("Business", "Home")
)
_GOOGLE_COMMON: tuple[tuple[str, str], ...] = (
    ("E-mail 1 - Value", "email"),
    ("E-mail 2 - Value", "email_2"),
    ("Phone 1 - Value", "phone_no"),
    ("Phone 2 - Value", "phone_no"),
    ("Phone 3 - Value", "phone_no"),
    ("Address 1 - Street", "address"),
    ("Address 1 - Extended Address", "address_2"),
    ("Address 1 - City", "city"),
    ("Address 1 - Region", "county"),
    ("Address 1 - Postal Code", "post_code"),
    ("Address 1 - Country", "country_code"),
    ("Website 1 - Value", "home_page"),
)
_GOOGLE: tuple[tuple[str, str], ...] = (
    ("Name", "name"),
    ("Given Name", "first_name"),
    ("Additional Name", "middle_name"),
    ("Family Name", "surname"),
    ("Initials", "initials"),
    ("Organization 1 - Name", "company_name"),
    ("Organization 1 - Title", "job_title"),
    *_GOOGLE_COMMON,
)
_GOOGLE_NEW: tuple[tuple[str, str], ...] = (
    ("First Name", "first_name"),
    ("Middle Name", "middle_name"),
    ("Last Name", "surname"),
    ("Organization Name", "company_name"),
    ("Organization Title", "job_title"),
    *_GOOGLE_COMMON,
)
LAYOUTS: dict[str, tuple[tuple[str, str], ...]] = {
    s.OWN: FILE_COLUMNS,
    s.OUTLOOK: _OUTLOOK,
    s.GOOGLE: _GOOGLE,
    s.GOOGLE_NEW: _GOOGLE_NEW,
}
# Phone type columns of Google's layouts: "Type" in the old export, "Label" in the new one.
_PHONE_TYPE = re.compile(r"^Phone (\d+) - (Type|Label)$")

# Header spellings seen in hand-made sheets (English, Dutch, Norwegian), compared without case,
# spaces or punctuation.
ALIASES: dict[str, tuple[str, ...]] = {
    "no": ("no", "nr", "number", "nummer", "contactno", "contactnr", "contactnummer", "kontaktnr"),
    "type": ("type", "contacttype", "soort"),
    "name": ("name", "fullname", "naam", "navn", "displayname", "contactname", "volledigenaam", "fulltnavn"),
    "first_name": ("firstname", "givenname", "voornaam", "fornavn", "first"),
    "middle_name": ("middlename", "additionalname", "tussenvoegsel", "mellomnavn"),
    "surname": ("surname", "lastname", "familyname", "achternaam", "etternavn", "last"),
    "initials": ("initials", "voorletters", "initialer"),
    "job_title": ("jobtitle", "functie", "stilling", "position", "role", "rol"),
    "company_name": (
        "company",
        "companyname",
        "organization",
        "organisation",
        "organizationname",
        "bedrijf",
        "bedrijfsnaam",
        "firma",
        "firmanavn",
        "selskap",
        "organisasjon",
        "bedrift",
    ),
    "address": ("address", "street", "adres", "straat", "adresse", "gateadresse", "streetaddress", "address1"),
    "address_2": ("address2", "adres2", "adresse2"),
    "post_code": ("postcode", "postalcode", "zip", "zipcode", "postnummer", "postnr"),
    "city": ("city", "town", "plaats", "woonplaats", "stad", "sted", "poststed"),
    "county": ("county", "state", "region", "provincie", "fylke", "province"),
    "country_code": ("country", "countrycode", "countryregion", "countryregioncode", "land", "landcode"),
    "phone_no": (
        "phone",
        "phoneno",
        "telephone",
        "tel",
        "telefoon",
        "telefon",
        "telefonnummer",
        "telefoonnummer",
        "phonenumber",
        "businessphone",
    ),
    "mobile_phone_no": (
        "mobile",
        "mobilephone",
        "mobilephoneno",
        "cell",
        "cellphone",
        "mobiel",
        "mobil",
        "mobiltelefon",
        "mobielnummer",
        "gsm",
    ),
    "email": ("email", "emailaddress", "mail", "emailadres", "epost", "epostadresse"),
    "email_2": ("email2", "emailaddress2", "email2address"),
    "home_page": ("homepage", "website", "web", "url", "webpage", "nettside", "hjemmeside"),
    "vat_registration_no": ("vat", "vatno", "vatregistrationno", "btwnummer", "btw", "mvanummer"),
    "salesperson_code": ("salesperson", "salespersoncode", "verkoper", "selger", "accountmanager"),
    "territory_code": ("territory", "territorycode", "rayon", "distrikt"),
    "language_code": ("language", "languagecode", "taal", "sprak", "språk"),
    "correspondence_type": ("correspondencetype", "correspondentietype", "korrespondansetype"),
    "salutation_code": ("salutation", "salutationcode", "aanhef"),
    "uid": ("uid", "uuid"),
}


def _key(header: str) -> str:
    return "".join(c for c in header.casefold() if c.isalnum())


def _present(headers: list[str]) -> set[str]:
    return {h.strip().casefold() for h in headers}


def _layout_mapping(headers: list[str], columns: tuple[tuple[str, str], ...]) -> dict[int, str]:
    """Column index → field, inserted in the layout's priority order."""
    index = {h.strip().casefold(): i for i, h in reversed(list(enumerate(headers)))}
    mapping: dict[int, str] = {}
    for header, field in columns:
        position = index.get(header.casefold())
        if position is not None and position not in mapping:
            mapping[position] = field
    return mapping


def recognise(headers: list[str]) -> str:
    """The layout these headers belong to, or CUSTOM."""
    present = _present(headers)

    def has(*names: str) -> bool:
        return all(name.casefold() in present for name in names)

    own = sum(1 for header, _field in OWN_COLUMNS if header.casefold() in present)
    if has("Name") and own >= len(OWN_COLUMNS) * 3 // 4:
        return s.OWN
    if has("First Name", "Last Name") and any(
        has(h) for h in ("E-mail 1 - Value", "Organization Name", "Phone 1 - Value", "Labels")
    ):
        return s.GOOGLE_NEW
    if has("Given Name", "Family Name") or has("Name", "Group Membership"):
        return s.GOOGLE
    if has("First Name", "Last Name") and any(has(h) for h in ("E-mail Address", "Business Street", "Company")):
        return s.OUTLOOK
    return s.CUSTOM


def mapping_for(layout: str, headers: list[str]) -> dict[int, str]:
    """The mapping of a recognised layout, or the best guess from header names for CUSTOM."""
    columns = LAYOUTS.get(layout)
    if columns is not None:
        return _layout_mapping(headers, columns)
    return suggest(headers)


def suggest(headers: list[str]) -> dict[int, str]:
    """Guess each column's field from its header; each field is suggested for one column at most."""
    by_alias = {alias: field for field, aliases in ALIASES.items() for alias in aliases}
    for header, field in (*FILE_COLUMNS, *_OUTLOOK, *_GOOGLE, *_GOOGLE_NEW):
        by_alias.setdefault(_key(header), field)
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for position, header in enumerate(headers):
        guess = by_alias.get(_key(header))
        if guess and guess not in taken:
            mapping[position] = guess
            taken.add(guess)
    return mapping


def typed_columns(layout: str, headers: list[str]) -> dict[int, int]:
    """Google's phone value columns with the column that says what kind of phone each is."""
    if layout not in (s.GOOGLE, s.GOOGLE_NEW):
        return {}
    index = {h.strip(): i for i, h in enumerate(headers)}
    pairs: dict[int, int] = {}
    for position, header in enumerate(headers):
        match = _PHONE_TYPE.match(header.strip())
        if match:
            value = index.get(f"Phone {match.group(1)} - Value")
            if value is not None:
                pairs[value] = position
    return pairs


def address_groups(layout: str, headers: list[str]) -> list[list[int]]:
    """The columns of each address block of a layout that has several, in order of preference."""
    if layout != s.OUTLOOK:
        return []
    index = {h.strip().casefold(): i for i, h in reversed(list(enumerate(headers)))}
    groups = [[index[name.casefold()] for name in block if name.casefold() in index] for block in _OUTLOOK_ADDRESSES]
    # An empty block keeps its place: the first block is the business address whatever the file lacks.
    return groups if any(groups) else []
