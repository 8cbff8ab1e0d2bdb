"""The `list` and `show` subcommands every record group offers, declared once (same options, same help)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from contactdesk.commands import add_db_argument

Handler = Callable[[argparse.Namespace], int]


def add_list_command(commands: Any, help_text: str, what: str, handler: Handler) -> argparse.ArgumentParser:
    """`list [--search TEXT] [--json]`; `what` names the records in --search's help ("campaigns")."""
    listing: argparse.ArgumentParser = commands.add_parser("list", help=help_text)
    add_db_argument(listing)
    listing.add_argument("--search", default="", metavar="TEXT", help=f"only {what} matching this text")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=handler)
    return listing


def add_show_command(commands: Any, help_text: str, no_help: str, handler: Handler) -> argparse.ArgumentParser:
    """`show NO [--json]`; `no_help` says what NO is ("campaign number")."""
    show: argparse.ArgumentParser = commands.add_parser("show", help=help_text)
    show.add_argument("no", metavar="NO", help=no_help)
    add_db_argument(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=handler)
    return show
