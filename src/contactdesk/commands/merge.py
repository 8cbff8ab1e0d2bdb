"""`contactdesk segment merge NO --out DIR [--combined FILE.docx] [--pdf] [--check-only] [--json]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from contactdesk.commands import add_db_argument, count, fail, open_target, print_json, segment_commands


def register(sub: Any) -> None:
    """Add `segment merge`."""
    merge = segment_commands(sub).add_parser("merge", help="write one Word letter per segment line")
    merge.add_argument("no", metavar="NO", help="segment number")
    add_db_argument(merge)
    merge.add_argument("--out", required=True, metavar="DIR", help="folder for the letters")
    merge.add_argument("--combined", metavar="FILE.docx", help="also write all printed letters into one document")
    merge.add_argument("--pdf", action="store_true", help="also make a PDF of the combined document (LibreOffice)")
    merge.add_argument("--outbox", metavar="DIR", help="folder for e-mail drafts (default: DIR/outbox)")
    merge.add_argument(
        "--order",
        choices=("post_code", "line"),
        default="post_code",
        help="order of the combined document (default: post code)",
    )
    merge.add_argument("--check-only", action="store_true", help="only check the templates; write nothing")
    merge.add_argument("--json", action="store_true", help="print the result as JSON")
    merge.set_defaults(handler=run_merge)


def run_merge(args: argparse.Namespace) -> int:
    """Check, then merge; problems that stop the merge exit with status 1 and write nothing."""
    from contactdesk.merge.segment_merge import merge_segment

    if args.combined and not str(args.combined).lower().endswith(".docx"):
        return fail("--combined must name a .docx file", 2)
    open_target(args)
    # Absolute paths in the output, so a script can use them whatever its working folder.
    result = merge_segment(
        args.no,
        Path(args.out).absolute(),
        combined=Path(args.combined).absolute() if args.combined else None,
        pdf=args.pdf,
        check_only=args.check_only,
        outbox=Path(args.outbox).absolute() if args.outbox else None,
        order="post_code" if args.order == "post_code" else "as_given",
    )
    if args.json:
        print_json(result.as_dict())
    else:
        for problem in result.problems:
            print(f"{problem.severity}: {problem.message}")
        print(
            f"{count(len(result.letters), 'letter')}, {count(len(result.emails), 'e-mail draft')}"
            + (f", combined: {result.combined}" if result.combined else "")
            + (f", PDF: {result.pdf}" if result.pdf else "")
        )
    return 0 if result.ok else 1
