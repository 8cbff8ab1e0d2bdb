"""The fields an import can fill, the columns of our own CSV layout, and how cell texts become values."""

from __future__ import annotations

from contactdesk.store.enums import ContactType, CorrespondenceType

# Every target a file column can be mapped to. `company_name` names the company a person belongs to
# (linked or created by name); `country_code` also accepts country names ("Nederland", "Norge").
IMPORT_FIELDS: tuple[str, ...] = (
    "no",
    "type",
    "name",
    "name_2",
    "first_name",
    "middle_name",
    "surname",
    "initials",
    "job_title",
    "company_no",
    "company_name",
    "address",
    "address_2",
    "post_code",
    "city",
    "county",
    "country_code",
    "phone_no",
    "mobile_phone_no",
    "email",
    "email_2",
    "home_page",
    "vat_registration_no",
    "salesperson_code",
    "territory_code",
    "language_code",
    "correspondence_type",
    "salutation_code",
    "exclude_from_segment",
    "privacy_blocked",
    "minor",
    "parental_consent_received",
    "uid",
    # Classification codes, several in a cell separated by ';' (imports/class_codes.py).
    "industry_groups",
    "business_relations",
    "mailing_groups",
    "job_responsibilities",
)
FLAG_FIELDS: tuple[str, ...] = ("exclude_from_segment", "privacy_blocked", "minor", "parental_consent_received")
PERSON_NAME_FIELDS: tuple[str, ...] = ("first_name", "middle_name", "surname")

# Our own layout: exactly the columns the CSV export writes, in that order. The headers stay English
# in every interface language so a file moves between offices whatever language they work in.
OWN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("No.", "no"),
    ("Type", "type"),
    ("Name", "name"),
    ("Name 2", "name_2"),
    ("First Name", "first_name"),
    ("Middle Name", "middle_name"),
    ("Surname", "surname"),
    ("Initials", "initials"),
    ("Job Title", "job_title"),
    ("Company No.", "company_no"),
    ("Company Name", "company_name"),
    ("Address", "address"),
    ("Address 2", "address_2"),
    ("Post Code", "post_code"),
    ("City", "city"),
    ("County", "county"),
    ("Country/Region Code", "country_code"),
    ("Phone No.", "phone_no"),
    ("Mobile Phone No.", "mobile_phone_no"),
    ("E-mail", "email"),
    ("E-mail 2", "email_2"),
    ("Home Page", "home_page"),
    ("VAT Registration No.", "vat_registration_no"),
    ("Salesperson Code", "salesperson_code"),
    ("Territory Code", "territory_code"),
    ("Language Code", "language_code"),
    ("Correspondence Type", "correspondence_type"),
    ("Salutation Code", "salutation_code"),
    ("Exclude from Segment", "exclude_from_segment"),
    ("Privacy Blocked", "privacy_blocked"),
    ("Minor", "minor"),
    ("Parental Consent Received", "parental_consent_received"),
    ("UID", "uid"),
)
# After those, the file's classification columns: codes separated by ';' (imports/class_codes.py). Kept apart
# from OWN_COLUMNS, which name the contact's own fields (`contact set` takes exactly those).
CLASS_OWN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Industry groups", "industry_groups"),
    ("Business relations", "business_relations"),
    ("Mailing groups", "mailing_groups"),
    ("Job responsibilities", "job_responsibilities"),
)
FILE_COLUMNS = OWN_COLUMNS + CLASS_OWN_COLUMNS  # every column of our own CSV layout, in order
CLASS_COLUMNS: tuple[str, ...] = tuple(field for _header, field in CLASS_OWN_COLUMNS)

_TRUE = {"1", "yes", "y", "true", "x", "ja", "j", "sant", "waar", "on", "wahr"}
_FALSE = {"", "0", "no", "n", "false", "nee", "nei", "usant", "onwaar", "off", "falsch"}
_TYPES = {
    "company": ContactType.COMPANY,
    "organization": ContactType.COMPANY,
    "organisation": ContactType.COMPANY,
    "org": ContactType.COMPANY,
    "bedrijf": ContactType.COMPANY,
    "firma": ContactType.COMPANY,
    "selskap": ContactType.COMPANY,
    "bedrift": ContactType.COMPANY,
    "0": ContactType.COMPANY,
    "person": ContactType.PERSON,
    "individual": ContactType.PERSON,
    "persoon": ContactType.PERSON,
    "1": ContactType.PERSON,
}
_CORRESPONDENCE = {
    "": CorrespondenceType.BLANK,
    "0": CorrespondenceType.BLANK,
    "hard copy": CorrespondenceType.HARD_COPY,
    "hardcopy": CorrespondenceType.HARD_COPY,
    "1": CorrespondenceType.HARD_COPY,
    "paper": CorrespondenceType.HARD_COPY,
    "letter": CorrespondenceType.HARD_COPY,
    "papier": CorrespondenceType.HARD_COPY,
    "brief": CorrespondenceType.HARD_COPY,
    "brev": CorrespondenceType.HARD_COPY,
    "papir": CorrespondenceType.HARD_COPY,
    "e-mail": CorrespondenceType.EMAIL,
    "email": CorrespondenceType.EMAIL,
    "2": CorrespondenceType.EMAIL,
    "e-post": CorrespondenceType.EMAIL,
    "epost": CorrespondenceType.EMAIL,
}
TYPE_TEXTS = {ContactType.COMPANY: "Company", ContactType.PERSON: "Person"}
CORRESPONDENCE_TEXTS = {
    CorrespondenceType.BLANK: "",
    CorrespondenceType.HARD_COPY: "Hard Copy",
    CorrespondenceType.EMAIL: "E-mail",
}

# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def parse_flag(text: str) -> bool | None:
    """Yes/no in the spellings spreadsheets and our three languages use; None when it is neither."""
    folded = text.strip().casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    return None


def parse_type(text: str) -> int | None:
    """Company or person; None when the text is neither."""
    return _TYPES.get(text.strip().casefold())


def parse_correspondence(text: str) -> int | None:
    """Blank, Hard Copy or E-mail; None when the text is none of them."""
    return _CORRESPONDENCE.get(text.strip().casefold())


def guard_formula(text: str) -> str:
    """Make a cell that a spreadsheet would run as a formula plain text (prefix an apostrophe)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unguard_formula(text: str) -> str:
    """Undo guard_formula, so an exported file imports back to the same values."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_STARTS:
        return text[1:]
    return text
