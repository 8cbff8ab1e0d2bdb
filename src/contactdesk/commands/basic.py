"""`contactdesk demo` and `contactdesk info`."""

from __future__ import annotations

import argparse
from typing import Any

from contactdesk.commands import add_db_argument, count, database_target, fail, open_target, print_json


def register(sub: Any) -> None:
    """Add the demo and info subcommands."""
    demo = sub.add_parser("demo", help="create or fill a database with sample data")
    add_db_argument(demo)
    demo.add_argument("--contacts", type=int, default=500, metavar="N", help="number of contacts (default 500)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    demo.add_argument("--json", action="store_true", help="print the result as JSON")
    demo.set_defaults(handler=run_demo)
    info = sub.add_parser("info", help="show what a database holds")
    add_db_argument(info)
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(handler=run_info)


def run_demo(args: argparse.Namespace) -> int:
    """Fill the database with sample data."""
    from contactdesk.crm.demo import load_demo

    if args.contacts < 0:
        return fail("--contacts must be 0 or more", 2)
    open_target(args, create=True)
    result = load_demo(contacts=args.contacts, seed=args.seed)
    payload = {
        "database": database_target(args),
        "contacts": result.contacts,
        "segments": result.segments,
        "interactions": result.interactions,
    }
    if args.json:
        print_json(payload)
    else:
        print(
            f"Added {count(result.contacts, 'contact')}, {count(len(result.segments), 'segment')} and "
            f"{count(result.interactions, 'interaction')} to {payload['database']}"
        )
    return 0


def run_info(args: argparse.Namespace) -> int:
    """Count what the database holds."""
    from contactdesk.crm.info import database_info

    open_target(args)
    info = database_info().as_dict()
    if args.json:
        print_json(info)
    else:
        for key, value in info.items():
            print(f"{key.replace('_', ' ')}: {value}")
    return 0
