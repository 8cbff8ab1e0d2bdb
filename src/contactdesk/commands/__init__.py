"""Headless subcommands of `contactdesk`; each module registers its own (no Qt imported).

A module here defines `register(subparsers)`, which adds its subcommands and sets `handler` on each
with `parser.set_defaults(handler=...)`; a handler takes the parsed arguments and returns the exit
status. List the module in COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

COMMAND_MODULES = [
    "contactdesk.commands.basic",
    "contactdesk.commands.interactions",
    "contactdesk.commands.segments",
    "contactdesk.commands.segment_criteria",
    "contactdesk.commands.campaigns",
    "contactdesk.commands.contacts_io",
    "contactdesk.commands.merge",
    "contactdesk.commands.logging_",
    "contactdesk.commands.office",
    "contactdesk.commands.office_copy",
    "contactdesk.commands.self_test",
    "contactdesk.commands.contact_edit",
    "contactdesk.commands.field",
]


def command_group(sub: Any, name: str, help_text: str) -> Any:
    """The subcommands of a group such as `segment` or `office`, shared by the modules that add to it.

    argparse has no public way to find a parser's subcommand group again, so the first module to ask
    creates it and keeps it on the parser; metavar is left unset so `--help` lists every subcommand.
    """
    group = sub.choices.get(name)
    if group is None:
        group = sub.add_parser(name, help=help_text)
        group.contactdesk_commands = group.add_subparsers(dest=f"{name}_command")
        group.contactdesk_commands.required = True
    return group.contactdesk_commands


def segment_commands(sub: Any) -> Any:
    """The subcommands of `segment` (new/list/show, merge, log)."""
    return command_group(sub, "segment", "create, list, show, merge and log segments")


def office_commands(sub: Any) -> Any:
    """The subcommands of `office`: setting up and filling a shared PostgreSQL database, and its users."""
    return command_group(sub, "office", "set up the office database (PostgreSQL), its users, and copies")


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """The --db option; every command takes it, before or after the subcommand's name.

    SUPPRESS: a subcommand that was not given --db must not overwrite the value given before it
    (`contactdesk --db spare.sqlite info`), which an ordinary default of None would do.
    """
    parser.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help="database file or URL (default: your data folder)"
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        default=argparse.SUPPRESS,
        help="language of a new database's number series, salutations and countries: en, nl or nb "
        "(default: from LC_ALL, LC_MESSAGES or LANG)",
    )


def database_language(args: argparse.Namespace) -> str:
    """The language a database made by this command is named in: --language, else the locale's, else English."""
    import os

    from contactdesk.store.seed_texts import seed_language

    given = getattr(args, "language", None)
    if given:
        return seed_language(str(given))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return seed_language(value)
    return "en"


def given_database(args: argparse.Namespace) -> str | None:
    """The --db value, wherever on the command line it was given; None when it was not."""
    value = getattr(args, "db", None)
    return str(value) if value else None


def database_target(args: argparse.Namespace) -> str:
    """The database the command works on."""
    from contactdesk.paths import default_database_path

    return given_database(args) or str(default_database_path())


def open_target(args: argparse.Namespace, *, create: bool = False) -> None:
    """Open (and migrate) the command's database.

    Only commands that make a database (demo) pass create=True; the others refuse a path where no
    database is. Your own database in the data folder is made on first use, as the app does. An office
    database's password comes from the address, PGPASSWORD or ~/.pgpass, or the keychain.
    """
    from contactdesk.crm.database import open_location

    open_location(
        database_target(args), create=create or given_database(args) is None, language=database_language(args)
    )


def print_json(value: Any) -> None:
    """JSON on stdout, UTF-8, dates and decimals as text."""
    import json  # here: a GUI start parses its command line with this module and needs no JSON

    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


_OS_ADVICE = {
    "denied": "permission denied; choose a folder you can write to, or ask for access",
    "full": "the disk is full; free some space or choose another drive",
    "missing": "not found; check that it still exists",
    "read_only": "the drive is read-only; choose a folder on another drive",
    "in_use": "another program is using it; close it there and try again",
    "too_long": "the name is too long; choose a shorter name or folder",
    "not_a_folder": "part of the path is a file, not a folder; choose another folder",
    "a_folder": "it is a folder, not a file; name a file",
    "exists": "it already exists; choose another name",
    "too_many_open": "too many files are open; close some programs and try again",
    "device": "the drive could not be read or written; check the drive or network connection",
}


def os_error_message(error: OSError) -> str:
    """One English line for an OSError: the file or folder, what is wrong and what to do (no "[Errno …]")."""
    from contactdesk.crm.os_problems import path_of, problem_of

    advice = _OS_ADVICE.get(problem_of(error), f"system error {error.errno}: {error.strerror or 'unknown'}")
    path = path_of(error)
    return f"cannot use {path}: {advice}" if path else f"cannot read or write a file: {advice}"


def count(number: int, one: str, many: str = "") -> str:
    """ "1 letter", "2 letters": a count with its noun in the right form (many defaults to one + "s")."""
    return f"{number} {one if number == 1 else many or one + 's'}"


def fail(message: str, code: int = 1) -> int:
    """One line on stderr and a non-zero status."""
    print(f"contactdesk: {message}", file=sys.stderr)
    return code


__all__ = [
    "COMMAND_MODULES",
    "Path",
    "add_db_argument",
    "count",
    "database_language",
    "database_target",
    "fail",
    "given_database",
    "os_error_message",
    "open_target",
    "print_json",
    "command_group",
    "office_commands",
    "segment_commands",
]
