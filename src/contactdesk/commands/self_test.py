"""`contactdesk self-test`: checks an installation (above all the built app) end to end."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from contactdesk.commands import add_db_argument, fail, given_database, print_json


def register(sub: Any) -> None:
    """Add the self-test subcommand."""
    test = sub.add_parser(
        "self-test",
        help="check this installation: the window (offscreen) on a new database with sample data, one merged letter",
    )
    add_db_argument(test)
    test.add_argument("--out", required=True, metavar="DIR", help="folder for the new database and the letters")
    test.add_argument("--json", action="store_true", help="print the result as JSON")
    test.set_defaults(handler=run_self_test)


def run_self_test(args: argparse.Namespace) -> int:
    """Open the window on a new database, load sample data, merge a letter, quit; 0 when all worked."""
    from contactdesk.crm.database import parse_location  # noqa: PLC0415 - only for this command

    out = Path(args.out).absolute()
    given = given_database(args)
    if given and not parse_location(given).is_file:
        return fail("the self-test makes a new database file; give --db a file path, not a server's address", 2)
    target = Path(given or out / "self-test.sqlite").absolute()
    if target.exists():
        return fail(f"{target} already exists; the self-test makes a new database, name one that does not exist", 2)
    from contactdesk.ui.self_test import SelfTestError, run  # noqa: PLC0415 - Qt only for this command

    try:
        result = run(target, out)
    except SelfTestError as exc:
        return fail(f"self-test failed: {exc}")
    if args.json:
        print_json(result)
    else:
        print(f"self-test passed: {len(result['letters'])} letter(s) in {out}, one more by a worker process")
    return 0
