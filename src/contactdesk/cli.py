"""Command line: no subcommand starts the GUI; subcommands drive the same services headless.

Qt is imported only when the GUI starts, so scripts and CI run without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from contactdesk import __version__
from contactdesk.crm.errors import DomainError, StoreError


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help="database file or URL (default: your data folder)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="contactdesk", description="ContactDesk: contacts, segments, letters.")
    parser.add_argument("--version", action="version", version=f"contactdesk {__version__}")
    _db_argument(parser)
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="create or fill a database with sample data")
    _db_argument(demo)
    demo.add_argument("--contacts", type=int, default=500, metavar="N", help="number of contacts (default 500)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    demo.add_argument("--json", action="store_true", help="print the result as JSON")
    info = sub.add_parser("info", help="show what a database holds")
    _db_argument(info)
    info.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _database_target(args: argparse.Namespace) -> str:
    from contactdesk.paths import default_database_path

    return str(args.db) if args.db else str(default_database_path())


def _open(args: argparse.Namespace) -> None:
    from contactdesk.store.opening import open_database

    open_database(_database_target(args))


def _run_demo(args: argparse.Namespace) -> int:
    from contactdesk.crm.demo import load_demo

    if args.contacts < 0:
        print("contactdesk: --contacts must be 0 or more", file=sys.stderr)
        return 2
    _open(args)
    result = load_demo(contacts=args.contacts, seed=args.seed)
    payload = {"database": _database_target(args), "contacts": result.contacts, "segments": result.segments,
               "interactions": result.interactions}
    if args.json:
        print(json.dumps(payload, indent=2))
    else:
        print(f"Added {result.contacts} contacts, {len(result.segments)} segments and "
              f"{result.interactions} interactions to {payload['database']}")
    return 0


def _run_info(args: argparse.Namespace) -> int:
    from contactdesk.crm.info import database_info

    _open(args)
    info = database_info().as_dict()
    if args.json:
        print(json.dumps(info, indent=2))
    else:
        for key, value in info.items():
            print(f"{key.replace('_', ' ')}: {value}")
    return 0


def _run_gui(args: argparse.Namespace) -> int:
    from contactdesk.ui.app import run_gui

    return run_gui(Path(args.db) if args.db else None)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run one command; errors become one line on stderr."""
    args = build_parser().parse_args(argv)
    commands = {"demo": _run_demo, "info": _run_info}
    handler = commands.get(args.command or "", _run_gui)
    if handler is _run_gui:
        return handler(args)
    try:
        return handler(args)
    except (DomainError, StoreError) as exc:
        print(f"contactdesk: {exc}", file=sys.stderr)
        return 1
    finally:
        from contactdesk.store.db import close

        close()


if __name__ == "__main__":
    sys.exit(main())
