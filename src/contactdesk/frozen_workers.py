"""Worker processes of the frozen app (PyInstaller), without importing multiprocessing at every start.

PyInstaller's own runtime hook for multiprocessing imports it, with subprocess, before any of our code runs:
~10 ms of every start of the built app, also of the many that never start a worker. The spec leaves that hook
out (packaging/contactdesk.spec) and this module does its two jobs where they are needed:

- a process that multiprocessing started from the app (a merge worker, or its resource tracker) becomes that
  process instead of a second ContactDesk: run_as_worker(), first thing in the command line's main();
- a process that starts workers keeps spawn from looking for the app's script in the folder it started in:
  before_starting_workers(), called by the merge before its pool.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# The helper processes multiprocessing starts with `-c CODE` (resource tracker, fork server), as PyInstaller's hook
# recognises them.
HELPERS = (
    "from multiprocessing.resource_tracker import main",
    "from multiprocessing.forkserver import main",
    "import sys; from multiprocessing.forkserver import main",
)


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def before_starting_workers() -> None:
    """Frozen: spawn's children must not look for the main script in the start folder (there is none)."""
    if not _frozen():
        return
    import multiprocessing.process  # noqa: PLC0415 - here: only a process that starts workers needs it

    multiprocessing.process.ORIGINAL_DIR = None  # type: ignore[attr-defined]


def run_as_worker(argv: Sequence[str]) -> None:
    """Frozen and started by multiprocessing: run the worker or helper, then exit; otherwise return at once."""
    if not _frozen():
        return
    if argv[1:2] == ["--multiprocessing-fork"]:
        import multiprocessing.spawn  # noqa: PLC0415

        before_starting_workers()
        options: dict[str, int | None] = {}
        for word in argv[2:]:
            name, value = word.split("=")
            options[name] = None if value == "None" else int(value)
        multiprocessing.spawn.spawn_main(**options)  # type: ignore[arg-type]
        sys.exit()
    if "-c" not in argv:
        return
    switch = list(argv).index("-c")
    command = argv[switch + 1] if len(argv) > switch + 1 else ""
    if not command.startswith(HELPERS):
        return
    from subprocess import _args_from_interpreter_flags  # type: ignore[attr-defined]  # noqa: PLC0415

    if set(argv[1:switch]) != set(_args_from_interpreter_flags()):
        return
    before_starting_workers()
    exec(command)  # noqa: S102 - multiprocessing's own fixed helper code, recognised above
    sys.exit()
