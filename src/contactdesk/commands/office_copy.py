"""`contactdesk office copy`: a single desktop's database into the office database, or back as a backup."""

from __future__ import annotations

import argparse
from typing import Any

from contactdesk.commands import add_db_argument, count, database_target, office_commands, print_json


def register(sub: Any) -> None:
    """Add `office copy`."""
    copy = office_commands(sub).add_parser(
        "copy",
        help="copy every row and document of one database into a new or empty one (SQLite ↔ PostgreSQL)",
        description="Copy every row and document, keeping numbers and ids, into a database that holds no data "
        "yet; verified by per-table row counts and checksums, in one transaction on the target. "
        "Passwords come from the address, PGPASSWORD or ~/.pgpass, or the keychain.",
    )
    add_db_argument(copy)
    copy.add_argument(
        "--from", dest="source", metavar="DB", help="file or postgresql:// address to copy (default: --db)"
    )
    copy.add_argument("--to", dest="target", metavar="DB", required=True, help="file or postgresql:// address")
    copy.add_argument("--json", action="store_true", help="print the result as JSON")
    copy.set_defaults(handler=run_copy)


def run_copy(args: argparse.Namespace) -> int:
    """Copy the whole database and print what was copied."""
    from contactdesk.crm.office_copy import copy_database

    result = copy_database(args.source or database_target(args), args.target)
    if args.json:
        print_json(
            {
                "source": result.source,
                "target": result.target,
                "rows": result.rows,
                "tables": [{"table": t.table, "rows": t.rows, "sha256": t.sha256} for t in result.tables],
            }
        )
    else:
        print(
            f"Copied {count(result.rows, 'row')} in {count(len(result.tables), 'table')} "
            f"from {result.source} to {result.target}"
        )
        print("Every table's row count and checksum match.")
    return 0
