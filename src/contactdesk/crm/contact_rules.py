"""The rules behind the contact card: validation, name building, company inheritance."""

from __future__ import annotations

from operator import attrgetter

from contactdesk.crm import validation as check
from contactdesk.crm import versions
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.errors import ValidationError, ValidationErrors
from contactdesk.store.enums import ContactType, CorrespondenceType
from contactdesk.store.models import Contact, Country, Language, MarketingSetup, Salesperson, Territory
from contactdesk.store.search import fold, search_text_for

# Fields a person takes from its company while they still hold the company's value (Marketing Setup).
INHERITED = {
    "inherit_salesperson": ("salesperson_code",),
    "inherit_territory": ("territory_code",),
    "inherit_country": ("country_code",),
    "inherit_language": ("language_code",),
    "inherit_address": ("address", "address_2", "post_code", "city", "county"),
    "inherit_communication": ("phone_no", "home_page"),
}
_TEXT_FIELDS = [
    name
    for name in ContactData.field_names()
    if name
    not in (
        "type",
        "no",
        "company_no",
        "salesperson_code",
        "correspondence_type",
        "exclude_from_segment",
        "privacy_blocked",
        "minor",
        "parental_consent_received",
    )
]

_LIMITS = [(name, int(getattr(Contact, name).max_length)) for name in _TEXT_FIELDS + ["no"]]
# The street address may span lines (vCard streets do, and the letter's address block shows them);
# every other value is one line: it goes into e-mail headers, file names and one-line list cells.
_MULTI_LINE = ("address",)
_CHECKED = [*_TEXT_FIELDS, "no", "company_no", "salesperson_code"]
_get_checked = attrgetter(*_CHECKED)


def person_name(data: ContactData) -> str:
    """A person's full name from its parts."""
    return " ".join(part.strip() for part in (data.first_name, data.middle_name, data.surname) if part.strip())


def _exists(model: type, value: str) -> bool:
    return bool(model.select().where(model._meta.primary_key == value).exists())  # type: ignore[attr-defined]


def normalize(data: ContactData) -> None:
    """Trim texts, upper-case codes and build a person's name from its parts (no database access)."""
    for name in _TEXT_FIELDS:
        value = getattr(data, name)
        setattr(data, name, (value or "").strip())
    data.no = (data.no or "").strip().upper()
    data.company_no = (data.company_no or "").strip().upper()
    data.salesperson_code = (data.salesperson_code or "").strip().upper()
    data.country_code = data.country_code.upper()
    data.territory_code = data.territory_code.upper()
    if data.type == ContactType.PERSON and not data.name:
        data.name = person_name(data)


def _control_characters(data: ContactData) -> list[ValidationError]:
    """Line breaks in one-line fields, and other control characters anywhere."""
    values = _get_checked(data)
    try:
        text = "".join(values)
    except TypeError:  # a None the card has not normalised yet
        text = "".join(value or "" for value in values)
    # The import runs this on 100,000 rows at a time and nearly every row is clean: isprintable() is false
    # for every control character (and for a few harmless ones, such as a no-break space), so a clean row
    # costs one scan in C; only the others get the exact search, field by field.
    if text.isprintable() or not check.CONTROL_CHARACTERS.search(text):
        return []
    errors = check.collect(
        *((check.multi_line if name in _MULTI_LINE else check.one_line)(name, getattr(data, name)) for name in _CHECKED)
    )
    fields = {error.field for error in errors}
    if "name" in fields and data.name == person_name(data) and fields & {"first_name", "middle_name", "surname"}:
        errors = [error for error in errors if error.field != "name"]  # built from the parts: correct the part
    return errors


def field_errors(data: ContactData) -> list[ValidationError]:
    """The checks that need no database (the import runs them on every row without a query)."""
    errors: list[ValidationError] = []
    if data.type not in (ContactType.COMPANY, ContactType.PERSON):
        errors.append(ValidationError("type", "invalid", data.type))
    if data.correspondence_type not in tuple(CorrespondenceType):
        errors.append(ValidationError("correspondence_type", "invalid", data.correspondence_type))
    broken = _control_characters(data)
    refused = {error.field for error in broken}
    errors += check.collect(
        check.required("name", data.name),
        *(check.email(name, getattr(data, name)) for name in ("email", "email_2") if name not in refused),
    )
    errors += broken
    for name, limit in _LIMITS:
        value = getattr(data, name)
        # Only over-long values reach the check: the import runs this on 100,000 rows at a time.
        if value and len(value) > limit:
            errors += check.collect(check.max_length(name, value, limit))
    return errors


def validate(data: ContactData, existing: Contact | None) -> Contact | None:
    """Check every field at once; return the company contact the person links to."""
    normalize(data)
    errors = field_errors(data)
    company = _check_company(data, existing, errors)
    lookups = (
        ("salesperson_code", Salesperson),
        ("country_code", Country),
        ("language_code", Language),
        ("territory_code", Territory),
    )
    for name, model in lookups:
        value = getattr(data, name)
        if value and not _exists(model, value):
            errors.append(ValidationError(name, "unknown", value))
    if existing is not None and existing.type == ContactType.COMPANY and data.type == ContactType.PERSON:
        if Contact.select().where(Contact.company == existing.id).exists():
            errors.append(ValidationError("type", "has_persons", data.type))
    if errors:
        raise ValidationErrors(errors)
    return company


def _check_company(data: ContactData, existing: Contact | None, errors: list[ValidationError]) -> Contact | None:
    if data.type == ContactType.COMPANY or not data.company_no:
        return None
    company = Contact.get_or_none(Contact.no == data.company_no)
    if company is None:
        errors.append(ValidationError("company_no", "unknown", data.company_no))
        return None
    if existing is not None and company.id == existing.id:
        errors.append(ValidationError("company_no", "own_company", data.company_no))
        return None
    if company.type != ContactType.COMPANY:
        errors.append(ValidationError("company_no", "not_a_company", data.company_no))
        return None
    return company


def inherit_from_company(data: ContactData, company: Contact | None) -> None:
    """A person joining a company takes the company's values where its own are blank."""
    if company is None:
        return
    setup = MarketingSetup.get_or_none()
    company_data = to_data(company)
    for flag, names in INHERITED.items():
        if setup is not None and not getattr(setup, flag):
            continue
        for name in names:
            if not getattr(data, name):
                setattr(data, name, getattr(company_data, name))


def fill_setup_defaults(data: ContactData) -> None:
    """A new contact takes Marketing Setup's defaults where its own value is blank (spec 1.2, [V:CON OnInsert])."""
    setup = MarketingSetup.get_or_none()
    if setup is None:
        return
    salutation = (
        setup.default_company_salutation if data.type == ContactType.COMPANY else setup.default_person_salutation
    )
    for name, default in (
        ("salesperson_code", setup.default_salesperson_code),
        ("country_code", setup.default_country_code),
        ("language_code", setup.default_language_code),
        ("salutation_code", salutation),
    ):
        if not (getattr(data, name) or "").strip():
            setattr(data, name, default or "")
    if not data.correspondence_type:
        data.correspondence_type = int(setup.default_correspondence_type or 0)
    # A default salesperson deleted since the setup was saved is no reason to refuse the contact.
    if data.salesperson_code and not Salesperson.select().where(Salesperson.code == data.salesperson_code).exists():
        data.salesperson_code = ""


def apply(contact: Contact, data: ContactData, company: Contact | None) -> None:
    """Copy validated card values onto the row, with derived and search columns."""
    for name in _TEXT_FIELDS:
        setattr(contact, name, getattr(data, name))
    contact.type = int(data.type)
    contact.correspondence_type = int(data.correspondence_type)
    for flag in ("exclude_from_segment", "privacy_blocked", "minor", "parental_consent_received"):
        setattr(contact, flag, bool(getattr(data, flag)))
    contact.salesperson_id = data.salesperson_code or None
    if contact.type == ContactType.COMPANY:
        contact.company = None
        contact.company_name = contact.name
    else:
        contact.company = company.id if company else None
        contact.company_name = company.name if company else ""
    contact.search_name = fold(contact.name)
    contact.search_text = search_text_for(
        contact.no,
        contact.name,
        contact.company_name,
        contact.city,
        contact.post_code,
        contact.email,
        contact.phone_no,
    )


def to_data(contact: Contact) -> ContactData:
    """The row as a card record."""
    data = ContactData()
    for name in _TEXT_FIELDS:
        setattr(data, name, getattr(contact, name) or "")
    data.type = int(contact.type)
    data.no = contact.no
    data.correspondence_type = int(contact.correspondence_type)
    for flag in ("exclude_from_segment", "privacy_blocked", "minor", "parental_consent_received"):
        setattr(data, flag, bool(getattr(contact, flag)))
    data.salesperson_code = contact.salesperson_id or ""
    company = contact.company if contact.company_id else None
    data.company_no = company.no if company is not None else ""
    data.company_name = contact.company_name or ""
    data.version = int(contact.version)
    data.created_by = str(contact.created_by or "")
    data.changed_by = str(contact.changed_by or "")
    data.changed_at = contact.modified_at
    return data


def propagate_to_persons(company: Contact, before: ContactData) -> None:
    """Persons that still carried the company's old value follow the new one (set-based)."""
    setup = MarketingSetup.get_or_none()
    after = to_data(company)
    if before.name != after.name:
        Contact.update(company_name=after.name).where(Contact.company == company.id).execute()
    for flag, names in INHERITED.items():
        if setup is not None and not getattr(setup, flag):
            continue
        for name in names:
            old, new = getattr(before, name), getattr(after, name)
            if old == new:
                continue
            column = Contact.salesperson if name == "salesperson_code" else getattr(Contact, name)
            value = new or None if name == "salesperson_code" else new
            match = column.is_null() if name == "salesperson_code" and not old else column == old
            Contact.update({column: value, **versions.changed_values(Contact)}).where(
                (Contact.company == company.id) & match
            ).execute()
    if before.name != after.name or any(
        getattr(before, n) != getattr(after, n) for n in ("city", "post_code", "phone_no")
    ):
        _refresh_search_text(company)


def _refresh_search_text(company: Contact) -> None:
    persons = Contact.select().where(Contact.company == company.id)
    for person in persons:
        text = search_text_for(
            person.no, person.name, person.company_name, person.city, person.post_code, person.email, person.phone_no
        )
        if text != person.search_text:
            Contact.update(search_text=text).where(Contact.id == person.id).execute()
