"""`contactdesk segment new | list | show`: segments from scripts, through the same services as the GUI."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from contactdesk.commands import add_db_argument, fail, open_target, print_json, segment_commands
from contactdesk.commands.listing_parsers import add_list_command, add_show_command

CHANNELS = {0: "", 1: "Hard Copy", 2: "E-mail"}


def register(sub: Any) -> None:
    """Add `segment` with its subcommands."""
    commands = segment_commands(sub)
    new = commands.add_parser("new", help="create a segment and print its number")
    add_db_argument(new)
    new.add_argument("--description", required=True, metavar="TEXT", help="what the segment is for")
    new.add_argument("--template", default="", metavar="CODE", help="interaction template")
    new.add_argument("--salesperson", default=None, metavar="CODE", help="salesperson (default: Marketing Setup's)")
    new.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="interaction date (default: today)")
    new.add_argument("--contact", action="append", default=[], metavar="NO", help="add a contact (repeatable)")
    new.add_argument("--campaign", default="", metavar="NO", help="the campaign the segment belongs to")
    new.add_argument("--campaign-target", action="store_true", help="its contacts are the campaign's targets")
    new.add_argument("--json", action="store_true", help="print the new segment as JSON")
    new.set_defaults(handler=run_new)
    add_list_command(commands, "list the unlogged segments", "segments", run_list)
    add_show_command(commands, "show a segment's header and lines", "segment number", run_show)


def run_new(args: argparse.Namespace) -> int:
    """Create a segment (optionally with contacts) and print its number."""
    from contactdesk.crm import segments

    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        return fail(f"--date must look like 2026-11-22, not {args.date!r}", 2)
    if args.campaign_target and not args.campaign:
        return fail("--campaign-target needs --campaign NO", 2)
    open_target(args)
    no = segments.create_segment(
        args.description, args.template, args.salesperson, day, args.contact, args.campaign, args.campaign_target
    )
    if args.json:
        print_json(_show(no))
    else:
        print(no)
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Every unlogged segment with its number of lines."""
    from contactdesk.crm import segments

    open_target(args)
    rows = segments.list_segments(args.search)
    if args.json:
        print_json(
            [
                {
                    "no": r.no,
                    "description": r.description,
                    "lines": r.lines,
                    "salesperson": r.salesperson_code,
                    "date": r.date.isoformat() if r.date else None,
                    "template": r.template_code,
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            print(f"{r.no}\t{r.lines:>7}\t{r.description}")
    return 0


def _show(no: str) -> dict[str, Any]:
    from contactdesk.crm import segment_lines, segments

    header = segments.get_segment(no)
    lines = segment_lines.list_lines(header.no, limit=-1)
    return {
        "no": header.no,
        "description": header.description,
        "salesperson": header.salesperson_code,
        "template": header.template_code,
        "correspondence_type": CHANNELS[int(header.correspondence_type)],
        "language": header.language_code,
        "subject": header.subject,
        "date": header.date.isoformat() if header.date else None,
        "campaign": header.campaign_no,
        "unit_cost": str(header.unit_cost),
        "unit_duration": header.unit_duration,
        "criteria_actions": header.criteria_actions,
        "version": header.version,
        "lines": [
            {
                "line_no": line.line_no,
                "contact_no": line.contact_no,
                "contact_name": line.contact_name,
                "template": line.template_code,
                "description": line.description,
                "correspondence_type": CHANNELS[int(line.correspondence_type)],
                "language": line.language_code,
                "subject": line.subject,
                "salesperson": line.salesperson_code,
                "cost": str(line.cost),
                "duration": line.duration,
                "comment": line.comment,
                "source_action_no": line.source_action_no,
            }
            for line in lines
        ],
    }


def run_show(args: argparse.Namespace) -> int:
    """One segment's header and lines."""
    open_target(args)
    data = _show(args.no)
    if args.json:
        print_json(data)
    else:
        print(f"{data['no']}  {data['description']}  ({data['template'] or '-'}, {data['salesperson'] or '-'})")
        for line in data["lines"]:
            print(
                f"{line['line_no']:>8}  {line['contact_no']:<10} {line['contact_name']:<30} "
                f"{line['template']:<10} {line['correspondence_type']:<9} {line['language']}"
            )
    return 0
