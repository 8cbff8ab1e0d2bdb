"""`contactdesk field devices|retention|retire`: the office administrator's view of its field laptops."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from contactdesk.commands import add_db_argument, open_target, print_json


def register(field: Any) -> None:
    """Add `field devices`, `field retention` and `field retire` to the `field` group."""
    devices = field.add_parser(
        "devices",
        help="the laptops checked out of this office database, their last sync and number blocks",
        description="List the field laptops registered in the office database: login, computer, scope, "
        "checkout time, last sync, schema version, number blocks, and whether the laptop has been away "
        "longer than the office keeps its changes (it must check out again).",
    )
    add_db_argument(devices)
    devices.add_argument("--json", action="store_true", help="print the laptops as a JSON list")
    devices.set_defaults(handler=run_devices)
    retention = field.add_parser(
        "retention",
        help="how many days the office keeps its changes for field laptops (administrators may change it)",
    )
    add_db_argument(retention)
    retention.add_argument("--days", type=int, metavar="N", help="keep the changes N days (7 to 3650)")
    retention.add_argument("--json", action="store_true", help='print {"retention_days": N, "pruned_below": X}')
    retention.set_defaults(handler=run_retention)
    retire = field.add_parser(
        "retire",
        help="remove a lost or stolen laptop's registration so it can no longer sync (administrators)",
    )
    retire.add_argument("device", type=int, metavar="DEVICE", help="the laptop's device number (see field devices)")
    add_db_argument(retire)
    retire.add_argument("--json", action="store_true", help='print {"retired": DEVICE}')
    retire.set_defaults(handler=run_retire)


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


def run_devices(args: argparse.Namespace) -> int:
    """List the office's field laptops."""
    from contactdesk.crm.field.devices import laptops

    open_target(args)
    found = laptops()
    if args.json:
        print_json(
            [
                {
                    "device": laptop.device,
                    "login": laptop.login,
                    "host": laptop.host,
                    "scope": laptop.scope,
                    "checked_out_at": _when(laptop.checked_out_at),
                    "last_sync": _when(laptop.last_sync),
                    "schema_version": laptop.schema_version,
                    "blocks": {series: list(block) for series, block in laptop.blocks.items()},
                    "expired": laptop.expired,
                }
                for laptop in found
            ]
        )
        return 0
    if not found:
        print("No field laptops are checked out of this database")
    for laptop in found:
        state = " (past the retention: must check out again)" if laptop.expired else ""
        print(
            f"Device {laptop.device}: {laptop.login} on {laptop.host or '?'} ({laptop.scope}), checked out "
            f"{_when(laptop.checked_out_at)}, last sync {_when(laptop.last_sync) or 'never'}{state}"
        )
    return 0


def run_retention(args: argparse.Namespace) -> int:
    """Show, or set, how long the office keeps its changes."""
    from contactdesk.crm.field.devices import retention, set_retention

    open_target(args)
    kept = retention() if args.days is None else set_retention(args.days)
    if args.json:
        print_json({"retention_days": kept.retention_days, "pruned_below": kept.pruned_below})
    else:
        print(f"Field laptops: the office keeps its changes for {kept.retention_days} days")
    return 0


def run_retire(args: argparse.Namespace) -> int:
    """Retire a laptop."""
    from contactdesk.crm.field.devices import retire

    open_target(args)
    retire(args.device)
    if args.json:
        print_json({"retired": args.device})
    else:
        print(f"Device {args.device} retired: it can no longer sync with this office")
    return 0
