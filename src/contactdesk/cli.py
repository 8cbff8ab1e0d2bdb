"""Command line: no subcommand starts the GUI; subcommands drive the same services headless.

Qt is imported only when the GUI starts, so scripts and CI run without a display. Subcommands live
in contactdesk/commands/.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from contactdesk import __version__

if TYPE_CHECKING:
    import argparse

# argparse, the subcommands, the logger, the errors and multiprocessing are imported where a command needs them:
# a GUI start shows its window before any of them is needed (tests/test_startup_imports.py).


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    import argparse

    from contactdesk.commands import COMMAND_MODULES, add_db_argument

    parser = argparse.ArgumentParser(prog="contactdesk", description="ContactDesk: contacts, segments, letters.")
    parser.add_argument("--version", action="version", version=f"contactdesk {__version__}")
    add_db_argument(parser)
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    parser.set_defaults(command_names=sorted(sub.choices))
    return parser


def _gui_start(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when they only start the GUI (none, or just --db); None when they name a command."""
    # Building the whole parser imports every subcommand's module: time a GUI start need not spend.
    import argparse

    from contactdesk.commands import add_db_argument

    quick = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    add_db_argument(quick)
    try:
        args, rest = quick.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the whole parser says what is wrong
    return None if rest else args


def _plain_gui_start(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, the database) for the GUI's usual command lines (none, `--db FILE`), told without argparse."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return True, argv[0][len("--db=") :]
    return False, None


def _run_gui(target: str | None) -> int:
    from contactdesk.ui.app import run_gui

    return run_gui(target)


def _file_as_db(argv: list[str], commands: Collection[str]) -> list[str]:
    """`contactdesk FILE` (how a file manager opens a .contactdesk file) means `contactdesk --db FILE`.

    Only a lone word that looks like a file or an address counts: a command name stays a command (write
    ./demo for a file called demo), and a mistyped command stays an error.
    """
    words = [index for index, word in enumerate(argv) if not word.startswith("-")]
    values = {index + 1 for index, word in enumerate(argv) if word in ("--db", "--language")}
    loose = [index for index in words if index not in values]
    if len(loose) != 1 or argv[loose[0]] in commands:
        return argv
    word = argv[loose[0]]
    if not ("://" in word or os.sep in word or "/" in word or os.path.splitext(word)[1] or os.path.exists(word)):
        return argv
    return [*argv[: loose[0]], "--db", word, *argv[loose[0] + 1 :]]


def _engine(args: argparse.Namespace) -> str:
    from contactdesk.commands import database_target
    from contactdesk.crm.database import parse_location
    from contactdesk.crm.errors import DomainError, StoreError

    try:
        return parse_location(database_target(args)).scheme
    except (DomainError, StoreError):
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run one command; errors become one line on stderr."""
    # A frozen app (PyInstaller) starts its merge workers by running itself again: this turns such a
    # start into the worker instead of a second ContactDesk. Does nothing otherwise, and imports
    # multiprocessing only for a worker's start (frozen_workers.py).
    if getattr(sys, "frozen", False):
        from contactdesk.frozen_workers import run_as_worker

        run_as_worker(sys.argv)
    elif sys.argv[1:2] == ["--multiprocessing-fork"]:
        import multiprocessing

        multiprocessing.freeze_support()
    given = list(sys.argv[1:] if argv is None else argv)
    plain, target = _plain_gui_start(given)
    if plain:
        return _run_gui(target)
    from contactdesk.commands import fail, given_database, os_error_message

    gui_args = _gui_start(given)
    if gui_args is not None:
        return _run_gui(given_database(gui_args))
    parser = build_parser()
    # A file handed over by the file manager takes this slower path: telling a file from a command needs the names.
    args = parser.parse_args(_file_as_db(given, parser.get_default("command_names")))
    handler = getattr(args, "handler", None)
    if handler is None:
        return _run_gui(given_database(args))
    command = " ".join(filter(None, (args.command, getattr(args, f"{args.command}_command", None))))
    from contactdesk import logsetup
    from contactdesk.crm.errors import DomainError, NumberSeriesError, StoreError

    logsetup.setup()  # the file only: stdout carries the command's JSON
    logsetup.log_start(f"command {command}", _engine(args))
    try:
        return int(handler(args))
    except (DomainError, StoreError, NumberSeriesError) as exc:
        logsetup.log.warning("command %s refused: %s", command, type(exc).__name__)
        return fail(str(exc))
    except BrokenPipeError:
        # Output piped into `head` and cut short: not an error of ours, and no traceback for it.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed stream until exit
        return 0
    except OSError as exc:
        # A folder without permission, a full disk: the environment, told in one line, not a traceback.
        logsetup.log.warning("command %s stopped: %s", command, type(exc).__name__)
        return fail(os_error_message(exc))
    except Exception as exc:
        logsetup.log_failure(f"command {command}", exc)
        raise
    finally:
        from contactdesk.store.db import close

        close()


if __name__ == "__main__":
    sys.exit(main())
