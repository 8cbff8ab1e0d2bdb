"""`contactdesk segment add-contacts | reduce | refine`: criteria actions from scripts.

Each runs the criteria service the Segmentation criteria dialog runs, so it is recorded as one criteria
action (Go back undoes it) and a segment built here looks exactly like one built on screen.
"""

from __future__ import annotations

import argparse
from typing import Any

from contactdesk.commands import add_db_argument, fail, open_target, print_json, segment_commands

_CLASSIFICATIONS = {
    "industry_group": "--industry-group",
    "business_relation": "--business-relation",
    "mailing_group": "--mailing-group",
    "job_responsibility": "--job-responsibility",
}
_PROBLEMS = {
    "unknown": "does not exist",
    "invalid": "is not a valid value",
    "required": "needs a value",
}


def register(sub: Any) -> None:
    """Add `segment add-contacts`, `segment reduce` and `segment refine`."""
    commands = segment_commands(sub)
    add = commands.add_parser("add-contacts", help="add the contacts that match the criteria")
    _filters(add)
    add.add_argument("--allow-existing", action="store_true", help="also add contacts already on the segment")
    add.add_argument(
        "--expand-companies", action="store_true", help="add each match's company and all its persons as well"
    )
    add.set_defaults(handler=run_add)
    for name, text in (
        ("reduce", "remove the lines whose contact matches the criteria"),
        ("refine", "keep only the lines whose contact matches the criteria"),
    ):
        parser = commands.add_parser(name, help=text)
        _filters(parser)
        parser.add_argument(
            "--entire-companies", action="store_true", help="a contact matches when any contact of its company does"
        )
        parser.set_defaults(handler=run_remove, criteria_action=name)


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("no", metavar="NO", help="segment number")
    add_db_argument(parser)
    parser.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a contact field (city, country, post_code, salesperson, …) and a value or filter such as "
        "Oslo|Bergen or 1000..1099 (repeatable: all must hold)",
    )
    for kind, option in _CLASSIFICATIONS.items():
        parser.add_argument(option, dest=kind, default=None, metavar="CODE", help=kind.replace("_", " ") + " code")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")


def _request(args: argparse.Namespace, action: Any, options: Any) -> Any:
    """The criteria request of the command line; ValueError names a --where that is not FIELD=VALUE."""
    from contactdesk.crm.criteria import CriteriaRequest
    from contactdesk.crm.criteria_values import checked, classification_filter, contact_filter

    filters = []
    for given in args.where:
        field, equals, value = str(given).partition("=")
        if not equals or not field.strip():
            raise ValueError(given)
        filters.append(contact_filter(field, value))
    filters += [classification_filter(kind, getattr(args, kind)) for kind in _CLASSIFICATIONS if getattr(args, kind)]
    return CriteriaRequest(action, tuple(checked(filters)), options)


def _refused(error: Any) -> int:
    """One line naming every field the command line got wrong."""
    from contactdesk.crm.criteria_values import ALIASES, contact_field_names

    short = {field: alias for alias, field in ALIASES.items()}
    parts = []
    for item in error.errors:
        option = _CLASSIFICATIONS.get(item.field.removesuffix("_code"), f"--where {short.get(item.field, item.field)}")
        if item.problem == "unknown_field":
            parts.append(f"--where {item.field}: no such contact field (use {', '.join(contact_field_names())})")
        else:
            parts.append(f"{option}: {item.value!r} {_PROBLEMS.get(item.problem, 'is not a valid value')}")
    return fail("; ".join(parts), 2)


def _run(args: argparse.Namespace, action: Any, options: Any, key: str) -> int:
    from contactdesk.crm import criteria, segment_lines
    from contactdesk.crm.errors import ValidationErrors

    open_target(args)
    try:
        request = _request(args, action, options)
    except ValueError as bad:
        return fail(f"--where must look like FIELD=VALUE (city=Oslo), not {str(bad)!r}", 2)
    except ValidationErrors as error:
        return _refused(error)
    result = criteria.run(args.no, request)
    counts = {key: result.added if key == "added" else result.removed, "lines": segment_lines.count_lines(args.no)}
    if args.json:
        print_json(counts)
    else:
        print(f"{key} {counts[key]}, {counts['lines']} lines")
    return 0


def run_add(args: argparse.Namespace) -> int:
    """Add the matching contacts; prints {"added": N, "lines": M}."""
    from contactdesk.crm.criteria import CriteriaOptions
    from contactdesk.crm.enums import CriteriaAction

    options = CriteriaOptions(allow_existing=args.allow_existing, expand_companies=args.expand_companies)
    return _run(args, CriteriaAction.ADD, options, "added")


def run_remove(args: argparse.Namespace) -> int:
    """Reduce or Refine; prints {"removed": N, "lines": M}."""
    from contactdesk.crm.criteria import CriteriaOptions
    from contactdesk.crm.enums import CriteriaAction

    action = CriteriaAction.REDUCE if args.criteria_action == "reduce" else CriteriaAction.REFINE
    return _run(args, action, CriteriaOptions(entire_companies=args.entire_companies), "removed")
