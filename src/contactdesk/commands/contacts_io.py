"""`contactdesk import-contacts` and `contactdesk export-contacts`."""

from __future__ import annotations

import argparse
from typing import Any

from contactdesk.commands import add_db_argument, fail, open_target, print_json
from contactdesk.commands import count as count_of


def register(sub: Any) -> None:
    """Add the import-contacts and export-contacts subcommands."""
    importing = sub.add_parser("import-contacts", help="import contacts from a CSV or vCard file")
    importing.add_argument("file", metavar="FILE", help=".csv (our own, Outlook or Google layout) or .vcf")
    add_db_argument(importing)
    importing.add_argument("--skip-bad", action="store_true", help="import the good rows, skip rows with problems")
    importing.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "add"),
        default="skip",
        help="rows matching an existing contact (same e-mail, or name and post code): "
        "skip them (default), update the contact, or add them anyway",
    )
    importing.add_argument(
        "--create-codes",
        action="store_true",
        help="create the industry groups, business relations, mailing groups and job responsibilities "
        "the file names that are not set up yet (otherwise each is a problem of its row)",
    )
    importing.add_argument("--json", action="store_true", help="print the result as JSON")
    importing.set_defaults(handler=run_import_contacts)
    exporting = sub.add_parser("export-contacts", help="export contacts to a CSV or vCard file")
    exporting.add_argument("file", metavar="FILE", help="the file to write; .csv or .vcf decides the format")
    add_db_argument(exporting)
    exporting.add_argument("--segment", metavar="NO", help="only the contacts on this segment")
    exporting.add_argument(
        "--vcard-version",
        choices=("3.0", "4.0"),
        default="3.0",
        help="vCard version for .vcf files (default 3.0, which most programs read)",
    )
    exporting.add_argument("--json", action="store_true", help="print the result as JSON")
    exporting.set_defaults(handler=run_export_contacts)


def run_import_contacts(args: argparse.Namespace) -> int:
    """Check the whole file; write nothing while rows have problems, unless --skip-bad."""
    from contactdesk.crm.imports import check_import, read_source, run_import
    from contactdesk.crm.imports.results import ImportResult

    open_target(args)
    check = check_import(read_source(args.file), create_codes=bool(args.create_codes))
    if check.bad and not args.skip_bad:
        result = ImportResult(0, 0, check.row_count, 0, check.problems, check.problem_count)
        status = 1
    else:
        result = run_import(check, args.on_duplicate, skip_bad=args.skip_bad)
        status = 0
    if args.json:
        print_json(result.as_dict())
    else:
        for problem in result.problems:
            severity = "warning: " if problem.warning else ""
            print(f"row {problem.row}, {problem.column or '-'}: {severity}{problem.message}")
        if result.problem_count > len(result.problems):
            print(
                f"… and {result.problem_count - len(result.problems)} more problems (only the first "
                f"{len(result.problems)} are listed)."
            )
        if status:
            print(
                f"Nothing imported: {count_of(len(check.bad), 'row')} {'has' if len(check.bad) == 1 else 'have'} "
                "problems. Fix the file, or use --skip-bad "
                "to import the other rows."
            )
        else:
            print(
                f"Imported {result.imported}, updated {result.updated}, skipped {result.skipped} "
                f"({result.companies_created} companies created"
                + (f", {count_of(result.codes_created, 'code')} created" if result.codes_created else "")
                + ")."
            )
    return status


def run_export_contacts(args: argparse.Namespace) -> int:
    """Write all contacts, or a segment's, to FILE."""
    from contactdesk.crm.exports import SEGMENT, ExportScope, export_contacts, export_format

    if not args.file:
        return fail("give the file to write", 2)
    export_format(args.file)
    open_target(args)
    scope = ExportScope(SEGMENT, segment_no=args.segment) if args.segment else ExportScope()
    count = export_contacts(args.file, scope, vcard_version=args.vcard_version)
    if args.json:
        print_json({"file": args.file, "exported": count})
    else:
        print(f"Exported {count_of(count, 'contact')} to {args.file}")
    return 0
