"""Entry point of `contactdesk-gui` and the frozen app: the GUI, or any `contactdesk` command.

On Windows both start without a console window (pythonw / a windowed executable), so sys.stdout and
sys.stderr are None there. A command typed in a console still prints: this process attaches to the
console it was started from; started from Explorer, output goes nowhere instead of failing.
"""

from __future__ import annotations

import os
import sys

from contactdesk.cli import main as cli_main


def _attach_parent_console() -> bool:
    """Windows only: borrow the console of the shell that started us, if any."""
    if sys.platform != "win32":
        return False
    import ctypes  # noqa: PLC0415 - Windows only

    attach_parent_process = -1
    return bool(ctypes.windll.kernel32.AttachConsole(attach_parent_process))


def give_output_a_home() -> None:
    """Make print() and argparse work when the process has no standard streams."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    target = "CONOUT$" if _attach_parent_console() else os.devnull
    if sys.stdout is None:
        sys.stdout = open(target, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stderr is None:
        sys.stderr = open(target, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process


def restore_system_library_path() -> None:
    """The built app (Linux): give the programs it starts the system's libraries, not its own.

    PyInstaller's launcher points LD_LIBRARY_PATH at the app's folder (keeping the user's value in
    LD_LIBRARY_PATH_ORIG); LibreOffice or the file manager's "open with" program started from here would
    load our older copies of libstdc++ or glib and may fail. This process has read the variable at start
    already, so changing it affects only the programs started from now on.
    """
    if not getattr(sys, "frozen", False):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original


def main() -> int:
    """Run the command line (no command: the GUI) with somewhere to print to."""
    give_output_a_home()
    restore_system_library_path()
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
