"""`contactdesk field checkout|status|sync`: a field laptop's copy of the office database (issue 14)."""

from __future__ import annotations

import argparse
from typing import Any

from contactdesk.commands import add_db_argument, command_group, count, field_admin, open_target, print_json


def register(sub: Any) -> None:
    """Add `field checkout`, `field status`, `field sync` and the administrator's `field devices|retention|retire`."""
    field = command_group(sub, "field", "field laptops: check out a copy of the office database, see its state")
    checkout = field.add_parser(
        "checkout",
        help="copy the office data you need into a new laptop file and register the laptop",
        description="Register this laptop with the office database, give it its own blocks of numbers, and "
        "copy the scope's contacts (with their companies), the setup, code tables and templates into a new "
        "SQLite file that records every change for the office.",
    )
    add_db_argument(checkout)
    checkout.add_argument("--office", metavar="URL", required=True, help="the office database (postgresql://…)")
    checkout.add_argument(
        "--scope",
        nargs="+",
        metavar="SCOPE",
        default=["all"],
        help="all (default), mine (your salesperson's contacts) or segment NO",
    )
    checkout.add_argument("--json", action="store_true", help="print the result as JSON")
    checkout.set_defaults(handler=run_checkout)
    status = field.add_parser("status", help="a laptop file's device, office, changes to send and numbers left")
    add_db_argument(status)
    status.add_argument("--json", action="store_true", help="print the result as JSON")
    status.set_defaults(handler=run_status)
    sync = field.add_parser(
        "sync",
        help="send this laptop's changes to the office and bring the office's changes here",
        description="Push the laptop file's waiting changes to its office database, then pull the office's "
        "changes since the last sync. Uses your own login; the password comes from PGPASSWORD, ~/.pgpass "
        "or the keychain.",
    )
    add_db_argument(sync)
    sync.add_argument("--json", action="store_true", help='print {"pushed": N, "pulled": M, "conflicts": K}')
    sync.set_defaults(handler=run_sync)
    field_admin.register(field)


def run_checkout(args: argparse.Namespace) -> int:
    """Check a laptop copy out of the office."""
    from contactdesk.crm.field.checkout import checkout
    from contactdesk.crm.field.scope import parse_scope

    if not getattr(args, "db", None):
        from contactdesk.commands import fail

        return fail("give the new laptop file with --db")
    words = list(args.scope)
    scope = parse_scope(words[0], " ".join(words[1:]))
    result = checkout(args.office, args.db, scope)
    if args.json:
        print_json(
            {
                "device": result.device,
                "contacts": result.contacts,
                "scope": result.scope,
                "laptop": result.laptop,
                "office": result.office,
                "blocks": {series: list(block) for series, block in result.blocks.items()},
            }
        )
    else:
        print(f"Checked out {count(result.contacts, 'contact')} ({result.scope}) into {result.laptop}")
        print(f"Device {result.device} registered with {result.office}")
    return 0


def run_status(args: argparse.Namespace) -> int:
    """Show a laptop file's state."""
    from contactdesk.commands import database_target
    from contactdesk.crm.field.errors import NotFieldCopyError
    from contactdesk.crm.field.status import field_status
    from contactdesk.store import field_conflicts, field_sqlite

    open_target(args)
    status = field_status()
    if status is None:
        raise NotFieldCopyError(database_target(args))
    if args.json:
        print_json(
            {
                "device": status.device,
                "office": status.office,
                "login": status.login,
                "scope": status.scope,
                "pending": status.pending,
                "numbers_left": status.numbers_left,
                "checked_out_at": status.checked_out_at,
                "last_sync": field_sqlite.info().get("last_sync_at") or None,
                "conflicts": field_conflicts.open_count(),
            }
        )
    else:
        print(f"Device {status.device} ({status.scope}) checked out of {status.office} at {status.checked_out_at}")
        print(f"{count(status.pending, 'change')} to send")
        print(f"Last sync: {field_sqlite.info().get('last_sync_at') or 'never'}")
        for series, left in status.numbers_left.items():
            print(f"{series}: {count(left, 'number')} left")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    """Synchronise a laptop file with its office."""
    from contactdesk.crm.field.sync import sync

    open_target(args)
    result = sync()
    if args.json:
        print_json(result.as_json())
    else:
        print(
            f"Sent {count(result.pushed, 'change')}, received {count(result.pulled, 'change')}, "
            f"{count(result.conflicts, 'new conflict')}"
        )
    return 0
