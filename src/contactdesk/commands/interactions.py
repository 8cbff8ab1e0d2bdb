"""`contactdesk interaction log` and `contactdesk interaction list`: the Create Interaction service, headless."""

from __future__ import annotations

import argparse
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from contactdesk.commands import add_db_argument, fail, open_target, print_json


def register(sub: Any) -> None:
    """Add the interaction subcommands."""
    interaction = sub.add_parser("interaction", help="record and list interactions")
    actions = interaction.add_subparsers(dest="interaction_command", required=True)
    log = actions.add_parser("log", help="record one interaction with a contact")
    add_db_argument(log)
    log.add_argument("--contact", required=True, metavar="NO", help="contact number")
    log.add_argument("--template", required=True, metavar="CODE", help="interaction template code")
    log.add_argument("--description", metavar="TEXT", help="description (default: the template's)")
    log.add_argument("--date", metavar="YYYY-MM-DD", help="date of the interaction (default: today)")
    log.add_argument("--campaign", metavar="NO", default="", help="the campaign it belongs to (a campaign entry)")
    log.add_argument("--json", action="store_true", help="print the entry as JSON")
    log.set_defaults(handler=run_log)
    listing = actions.add_parser("list", help="list interaction log entries")
    add_db_argument(listing)
    listing.add_argument("--contact", metavar="NO", default="", help="only this contact's entries")
    listing.add_argument("--postponed", action="store_true", help="list postponed interactions instead")
    listing.add_argument("--limit", type=int, default=0, metavar="N", help="at most N entries, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    return date.fromisoformat(text)


def run_log(args: argparse.Namespace) -> int:
    """Record one interaction exactly as the wizard's Finish would (merging the letter when the template says so)."""
    from contactdesk.crm import interactions
    from contactdesk.store.enums import WizardAction

    try:
        day = _parse_date(args.date)
    except ValueError:
        return fail(f"--date {args.date!r} is not a date: use YYYY-MM-DD", 2)
    open_target(args)
    request = interactions.new_request(args.contact, template_code=args.template, campaign_no=args.campaign)
    if args.description is not None:
        request.description = args.description
    if day is not None:
        request.date = day
    interactions.check_contact(request.contact_no)
    with tempfile.TemporaryDirectory(prefix="contactdesk-letter-") as folder:
        if request.wizard_action in (WizardAction.MERGE, WizardAction.OPEN):
            from contactdesk.crm.interaction_documents import template_document
            from contactdesk.merge.errors import TemplateCheckError
            from contactdesk.merge.interaction_letter import merge_interaction_letter

            # Without a document the service reports the missing one (Open) or logs without (Merge).
            if template_document(request.template_code, request.language_code) is not None:
                try:
                    request.document_path = str(merge_interaction_letter(request, Path(folder)))
                except TemplateCheckError as error:
                    return _refused_letter(request.template_code, error.problems)
                request.merged = True
        entry = interactions.log_interaction(request)
    if args.json:
        print_json(entry.as_dict())
    else:
        print(
            f"Logged interaction log entry {entry.entry_no}: {entry.contact_no} {entry.contact_name}, "
            f"{entry.template} – {entry.description}, {entry.date.isoformat()}"
        )
    return 0


def _refused_letter(template_code: str, problems: list[dict[str, object]]) -> int:
    """The template check stopped the letter: nothing was logged; say why and what to do, on one line."""
    errors = "; ".join(str(problem.get("message", "")) for problem in problems if problem.get("severity") == "error")
    return fail(
        f"interaction not logged: the Word document of template {template_code} cannot be merged ({errors}); "
        "correct it in Word, attach it again under Setup → Interaction templates, and try again"
    )


def _row_dict(row: Any) -> dict[str, Any]:
    return {
        "entry_no": row.entry_no,
        "contact_no": row.contact_no,
        "contact_name": row.contact_name,
        "template": row.template_code,
        "group": row.group_code,
        "description": row.description,
        "date": row.date.isoformat(),
        "time": row.time.strftime("%H:%M") if row.time else None,
        "salesperson": row.salesperson_code,
        "cost": str(row.cost),
        "duration": row.duration,
        "evaluation": row.evaluation,
        "attempt_failed": row.attempt_failed,
        "segment_no": row.segment_no,
        "canceled": row.canceled,
        "postponed": row.postponed,
        "has_document": row.has_document,
    }


def run_list(args: argparse.Namespace) -> int:
    """List entries (or postponed interactions), newest first."""
    from contactdesk.crm.interaction_log import EntryFilter, count_entries, list_entries

    if args.limit < 0:
        return fail("--limit must be 0 or more", 2)
    open_target(args)
    flt = EntryFilter(postponed=args.postponed, contact_no=args.contact)
    wanted = args.limit or count_entries(flt)
    rows: list[Any] = []
    while len(rows) < wanted:
        page = list_entries(flt, "entry_no", True, len(rows), min(1000, wanted - len(rows)))
        if not page:
            break
        rows.extend(page)
    if args.json:
        print_json([_row_dict(row) for row in rows])
    else:
        for row in rows:
            print(f"{row.entry_no}\t{row.date.isoformat()}\t{row.contact_no}\t{row.template_code}\t{row.description}")
    return 0
