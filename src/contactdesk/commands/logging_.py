"""`contactdesk segment log NO` and `contactdesk logged list | undo | cancel | restore | delete | follow-up`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from contactdesk.commands import (
    add_db_argument,
    count,
    fail,
    open_target,
    os_error_message,
    print_json,
    segment_commands,
)
from contactdesk.commands.listing_parsers import add_list_command


def register(sub: Any) -> None:
    """Add `segment log` and the `logged` command."""
    log = segment_commands(sub).add_parser("log", help="log a segment: one interaction log entry per line")
    log.add_argument("no", metavar="NO", help="segment number")
    add_db_argument(log)
    log.add_argument("--follow-up", action="store_true", help="also create a follow-up segment with the same contacts")
    log.add_argument(
        "--skip-problems",
        action="store_true",
        help="leave out blocked, excluded or unreachable contacts instead of stopping",
    )
    log.add_argument("--deliver", action="store_true", help="also write the letters and e-mail drafts (needs --out)")
    log.add_argument("--out", metavar="DIR", help="folder for the delivered letters")
    log.add_argument("--outbox", metavar="DIR", help="folder for e-mail drafts (default: DIR/outbox)")
    log.add_argument("--pdf", action="store_true", help="also make a PDF of the print document (LibreOffice)")
    log.add_argument("--json", action="store_true", help="print the result as JSON")
    log.set_defaults(handler=run_log)
    logged = sub.add_parser("logged", help="list, undo, cancel and delete logged segments")
    actions = logged.add_subparsers(dest="logged_command", required=True)
    add_list_command(actions, "list the logged segments", "logged segments", run_list)
    for name, text in (
        ("undo", "undo a logging completely (when nothing depends on it)"),
        ("cancel", "mark logged segments and all their entries canceled"),
        ("restore", "un-cancel logged segments and their entries"),
        ("delete", "delete canceled logged segments (their entries stay, unlinked)"),
        ("follow-up", "create a follow-up segment from a logged segment"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument(
            "nos",
            nargs="+" if name in ("cancel", "restore", "delete") else 1,
            metavar="NO",
            help="logged segment number",
        )
        add_db_argument(action)
        action.add_argument("--json", action="store_true", help="print JSON")
        action.set_defaults(handler=run_action, logged_action=name)


def _refusal(args: argparse.Namespace, error: Any) -> int:
    problems = [
        {"kind": p.kind, "count": p.count, "contacts": list(p.contacts), "message": str(p)} for p in error.problems
    ]
    flagged = [
        {"line_no": f.line_no, "contact_no": f.contact_no, "name": f.contact_name, "reasons": list(f.reasons)}
        for f in error.flagged
    ]
    if args.json:
        print_json({"logged_segment": None, "entries": 0, "follow_up": None, "problems": problems, "flagged": flagged})
    for problem in error.problems:
        print(f"contactdesk: {problem}", file=sys.stderr)
    for item in error.flagged:
        print(f"contactdesk: {item}", file=sys.stderr)
    if error.flagged:
        print("contactdesk: use --skip-problems to log without these contacts", file=sys.stderr)
    return fail(f"segment {error.segment_no} was not logged")


def run_log(args: argparse.Namespace) -> int:
    """Log a segment (and deliver its letters); refusals exit non-zero with every problem listed."""
    from contactdesk.crm.errors import LogRefusedError
    from contactdesk.crm.log_data import LogOptions
    from contactdesk.crm.logging_ import log_segment

    if args.deliver and not args.out:
        return fail("--deliver needs --out DIR", 2)
    open_target(args)
    options = LogOptions(follow_up=args.follow_up, deliver=args.deliver, skip_flagged=args.skip_problems)
    try:
        if args.deliver:
            from contactdesk.merge.deliver import log_and_deliver

            delivered = log_and_deliver(
                args.no,
                Path(args.out).absolute(),
                options,
                outbox=Path(args.outbox).absolute() if args.outbox else None,
                pdf=args.pdf,
            )
            return _delivered(args, delivered)
        result = log_segment(args.no, options)
    except LogRefusedError as error:
        return _refusal(args, error)
    if args.json:
        print_json(result.as_dict())
    else:
        extra = f", follow-up segment {result.follow_up}" if result.follow_up else ""
        print(
            f"Segment {result.segment_no} has been logged as {result.logged_segment}: "
            f"{count(result.entries, 'entry', 'entries')}{extra}"
        )
    return 0


def _delivered(args: argparse.Namespace, result: Any) -> int:
    if args.json:
        print_json(result.as_dict())
    for problem in result.problems:
        print(f"contactdesk: {problem.severity}: {problem.message}", file=sys.stderr)
    if result.logged is None:
        return fail(f"segment {args.no} was not logged: the letters cannot be merged")
    if not args.json:
        print(
            f"Segment {result.logged.segment_no} has been logged as {result.logged.logged_segment}: "
            f"{count(result.logged.entries, 'entry', 'entries')}, {count(len(result.letters), 'letter')}, "
            f"{count(len(result.emails), 'e-mail draft')}"
        )
    if result.failed:
        why = os_error_message(result.error) if isinstance(result.error, OSError) else result.failed
        return fail(
            f"the segment was logged, but its letters could not be made ({why}); "
            f"the entries stay logged: make the letters again later"
        )
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Every logged segment."""
    from contactdesk.crm.logged_segments import list_logged_segments

    open_target(args)
    rows = list_logged_segments(args.search)
    if args.json:
        print_json([row.as_dict() for row in rows])
    else:
        for row in rows:
            mark = " (canceled)" if row.canceled else ""
            print(f"{row.no}\t{row.segment_no}\t{row.date}\t{row.entries:>7}\t{row.description}{mark}")
    return 0


def run_action(args: argparse.Namespace) -> int:
    """undo, cancel, restore, delete or follow-up."""
    from contactdesk.crm import logged_segments

    open_target(args)
    action, nos = args.logged_action, list(args.nos)
    result: dict[str, Any]
    if action == "undo":
        undone = logged_segments.undo_logging(nos[0])
        result = {
            "segment_no": undone.segment_no,
            "entries_removed": undone.entries_removed,
            "follow_up_removed": undone.follow_up_removed,
        }
        removed = count(undone.entries_removed, "entry", "entries")
        text = f"Logging undone: segment {undone.segment_no} is back ({removed} removed)"
    elif action in ("cancel", "restore"):
        changed = logged_segments.set_canceled(nos, action == "cancel")
        result, text = {"changed": changed}, f"{changed} logged segment(s) changed"
    elif action == "delete":
        deleted = logged_segments.delete_canceled(nos)
        result, text = {"deleted": deleted}, f"{deleted} logged segment(s) deleted"
    else:
        no = logged_segments.create_follow_up(nos[0])
        result, text = {"follow_up": no}, f"Follow-up segment {no} created"
    if args.json:
        print_json(result)
    else:
        print(text)
    return 0
