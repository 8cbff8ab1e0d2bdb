"""`contactdesk contact set | classify`: change a contact's fields and codes through the card's services."""

from __future__ import annotations

import argparse
from typing import Any

from contactdesk.commands import add_db_argument, command_group, fail, open_target, print_json

KIND_OPTIONS = (
    ("industry_group", "--industry-group", "industry_groups"),
    ("business_relation", "--business-relation", "business_relations"),
    ("mailing_group", "--mailing-group", "mailing_groups"),
    ("job_responsibility", "--job-responsibility", "job_responsibilities"),
)
_PROBLEMS = {
    "required": "must have a value",
    "invalid_email": "is not a valid e-mail address (use name@example.com)",
    "too_long": "is too long (at most {limit} characters)",
    "unknown": "does not exist (set it up first)",
    "not_a_company": "is a person, not a company",
    "own_company": "cannot be the contact itself",
    "has_persons": "cannot change: the company still has persons",
    "line_break": "must be one line",
    "control_character": "holds a control character",
    "blocked": "is blocked",
}
SET_EPILOG = """\
FIELD is a column of the CSV export, named as in the export's field names: name, name_2, first_name,
middle_name, surname, initials, job_title, company_no, address, address_2, post_code, city, county,
country_code, phone_no, mobile_phone_no, email, email_2, home_page, vat_registration_no, salesperson_code,
territory_code, language_code, correspondence_type (blank, Hard Copy, E-mail), salutation_code, type
(Company, Person), exclude_from_segment, privacy_blocked, minor, parental_consent_received (yes/no).
An empty VALUE clears the field. Nothing is saved when any value is refused.

--json prints the contact after the change with these keys: every FIELD above, plus "no", "company_name",
"version" (a number that goes up with every change) and "changed" (the fields this command changed).
"""
CLASSIFY_EPILOG = """\
Industry groups and business relations are for companies, job responsibilities for persons, mailing groups
for both. Each option may be given more than once. --json prints "no", "industry_groups",
"business_relations", "mailing_groups", "job_responsibilities" (the contact's codes after the change; a
person's company codes are not included) and "changed" (how many codes were added or removed).
"""


def register(sub: Any) -> None:
    """Add `contact set` and `contact classify`."""
    commands = command_group(sub, "contact", "change a contact's fields and classification")
    formatter = argparse.RawDescriptionHelpFormatter
    setter = commands.add_parser(
        "set", help="change fields of a contact, checked as the card checks them", epilog=SET_EPILOG
    )
    setter.formatter_class = formatter
    setter.add_argument("no", metavar="NO", help="contact number")
    setter.add_argument("values", nargs="+", metavar="FIELD=VALUE", help="a field and its new value")
    add_db_argument(setter)
    setter.add_argument("--json", action="store_true", help="print the changed contact as JSON")
    setter.set_defaults(handler=run_set)
    classify = commands.add_parser(
        "classify", help="add (or with --remove, remove) classification codes", epilog=CLASSIFY_EPILOG
    )
    classify.formatter_class = formatter
    classify.add_argument("no", metavar="NO", help="contact number")
    for kind, option, _key in KIND_OPTIONS:
        classify.add_argument(
            option, dest=kind, action="append", default=[], metavar="CODE", help=f"a {kind.replace('_', ' ')} code"
        )
    classify.add_argument("--remove", action="store_true", help="remove the codes instead of adding them")
    add_db_argument(classify)
    classify.add_argument("--json", action="store_true", help="print the contact's codes as JSON")
    classify.set_defaults(handler=run_classify)


def settable_fields() -> list[str]:
    """The FIELD names `contact set` accepts, in export column order."""
    from contactdesk.crm.imports.fields import OWN_COLUMNS

    return [field for _header, field in OWN_COLUMNS if field not in ("no", "uid", "company_name")]


def _parse(field: str, text: str) -> object:
    """The value of one FIELD=VALUE; ValueError when the text is not a value of that field."""
    from contactdesk.crm.imports.fields import FLAG_FIELDS, parse_correspondence, parse_flag, parse_type

    parsers = {"type": parse_type, "correspondence_type": parse_correspondence}
    parsed: object = parse_flag(text) if field in FLAG_FIELDS else parsers.get(field, str.strip)(text)
    if parsed is None:
        raise ValueError(field)
    return parsed


def _record(no: str, changed: list[str]) -> dict[str, Any]:
    from contactdesk.crm.contacts import get_contact
    from contactdesk.crm.imports.fields import CORRESPONDENCE_TEXTS, TYPE_TEXTS
    from contactdesk.store.enums import ContactType, CorrespondenceType

    data = get_contact(no)
    record: dict[str, Any] = {"no": data.no}
    for field in settable_fields():
        record[field] = getattr(data, field)
    record["type"] = TYPE_TEXTS[ContactType(data.type)]
    record["correspondence_type"] = CORRESPONDENCE_TEXTS[CorrespondenceType(data.correspondence_type)]
    record["company_name"] = data.company_name
    record["version"] = data.version
    record["changed"] = changed
    return record


def _refusal(no: str, problems: Any) -> str:
    parts = []
    for problem in problems.errors:
        sentence = _PROBLEMS.get(problem.problem, "is not a valid value").format(limit=problem.limit)
        shown = f" {problem.value!r}" if problem.value not in (None, "") else ""
        parts.append(f"{problem.field}{shown} {sentence}")
    return f"contact {no} not changed: " + "; ".join(parts)


def run_set(args: argparse.Namespace) -> int:
    """Change the named fields through update_contact; a refused value names its field."""
    from contactdesk.crm.contacts import get_contact, update_contact
    from contactdesk.crm.errors import ValidationErrors

    allowed = settable_fields()
    wanted: dict[str, object] = {}
    for item in args.values:
        field, equals, text = item.partition("=")
        field = field.strip().lower()
        if not equals:
            return fail(f"{item!r}: write FIELD=VALUE, for example city=Oslo", 2)
        if field not in allowed:
            return fail(f"unknown field {field!r}; use one of: {', '.join(allowed)}", 2)
        try:
            wanted[field] = _parse(field, text)
        except ValueError:
            return fail(f"{field}: {text!r} is not a valid value", 2)
    open_target(args)
    data = get_contact(args.no)
    changed = [field for field, value in wanted.items() if getattr(data, field) != value]
    for field, value in wanted.items():
        setattr(data, field, value)
    try:
        saved = update_contact(data.no, data) if changed else data
    except ValidationErrors as problems:
        return fail(_refusal(data.no, problems))
    if args.json:
        print_json(_record(saved.no, changed))
    else:
        print(f"{saved.no}: {', '.join(changed) + ' changed' if changed else 'nothing changed'}")
    return 0


def run_classify(args: argparse.Namespace) -> int:
    """Add or remove codes of every kind given, in one transaction."""
    from contactdesk.crm import classification

    changes = {kind: getattr(args, kind) for kind, _option, _key in KIND_OPTIONS if getattr(args, kind)}
    if not changes:
        options = ", ".join(option for _kind, option, _key in KIND_OPTIONS)
        return fail(f"name at least one code with {options}", 2)
    open_target(args)
    changed = classification.change_codes(args.no, changes, remove=args.remove)
    shown = classification.get_classification(args.no)
    codes = {key: [code.code for code in shown.codes.get(kind, [])] for kind, _option, key in KIND_OPTIONS}
    if args.json:
        print_json({"no": shown.contact_no, **codes, "changed": changed})
        return 0
    verb = "removed" if args.remove else "added"
    print(f"{shown.contact_no}: {changed} code{'' if changed == 1 else 's'} {verb}")
    for key, values in codes.items():
        if values:
            print(f"  {key.replace('_', ' ')}: {', '.join(values)}")
    return 0
