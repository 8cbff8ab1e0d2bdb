"""Command line: no subcommand starts the GUI; subcommands drive the same services headless.

Qt is imported only when the GUI starts, so scripts and CI run without a display. Subcommands live
in contactdesk/commands/.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import os
import sys
from collections.abc import Sequence

from contactdesk import __version__, logsetup
from contactdesk.commands import COMMAND_MODULES, add_db_argument, fail, given_database, os_error_message
from contactdesk.crm.errors import DomainError, StoreError


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="contactdesk", description="ContactDesk: contacts, segments, letters.")
    parser.add_argument("--version", action="version", version=f"contactdesk {__version__}")
    add_db_argument(parser)
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from contactdesk.ui.app import run_gui

    return run_gui(given_database(args))


def _engine(args: argparse.Namespace) -> str:
    from contactdesk.commands import database_target
    from contactdesk.crm.database import parse_location

    try:
        return parse_location(database_target(args)).scheme
    except (DomainError, StoreError):
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run one command; errors become one line on stderr."""
    # A frozen app (PyInstaller) starts its merge workers by running itself again: this turns such a
    # start into the worker instead of a second ContactDesk. Does nothing otherwise.
    multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        return _run_gui(args)
    command = " ".join(filter(None, (args.command, getattr(args, f"{args.command}_command", None))))
    logsetup.setup()  # the file only: stdout carries the command's JSON
    logsetup.log_start(f"command {command}", _engine(args))
    try:
        return int(handler(args))
    except (DomainError, StoreError) as exc:
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
