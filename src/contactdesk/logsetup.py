"""The application log and the crash file, set up once at start by the GUI and the command line (no Qt here).

- contactdesk.log: a rotating log (1 MB × 5) in the OS log folder. INFO says what happened in coarse
  words (an action and its count, a record's number), never a name, an address or an e-mail address;
  failures go in at ERROR with their traceback.
- crash.txt: faulthandler writes a hard crash's Python stacks there (the file stays open for the
  process's life, since a crashing process can no longer open one).
- unexpected-errors.txt: the excepthook adds each unexpected exception's traceback.

At the next start, whatever those two files hold is moved into crash-report.txt, which the GUI offers
once (ui/crash_report.py) and then renames aside, so it stays in the log folder for sending.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
from datetime import datetime
from pathlib import Path

from contactdesk import __version__
from contactdesk.paths import log_dir

LOG_FILE = "contactdesk.log"
CRASH_FILE = "crash.txt"
ERRORS_FILE = "unexpected-errors.txt"
PENDING_FILE = "crash-report.txt"
MAX_BYTES = 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

log = logging.getLogger("contactdesk")
_state: dict[str, object] = {}


def folder() -> Path:
    """The folder set up (the OS log folder unless setup() was given another one)."""
    chosen = _state.get("folder")
    return chosen if isinstance(chosen, Path) else log_dir()


def setup(where: Path | None = None, *, catch_crashes: bool = True) -> Path:
    """Log to the rotating file in `where` (default: the OS log folder); once per process and folder.

    A previous run's crash text is collected first. faulthandler is left alone when something already
    enabled it (python -X faulthandler, pytest): a developer's choice of where crashes go wins.
    """
    target = where if where is not None else log_dir()
    target.mkdir(parents=True, exist_ok=True)
    if _state.get("folder") == target:
        return target
    shutdown()
    collect_previous(target)
    handler = logging.handlers.RotatingFileHandler(
        target / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _state.update(folder=target, handler=handler)
    if catch_crashes and not faulthandler.is_enabled():
        # Kept open on purpose: faulthandler writes to the file descriptor when the process is dying.
        crash = (target / CRASH_FILE).open("a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(crash)
        _state["crash"] = crash
    return target


def catch_crashes_in_worker() -> None:
    """A spawned worker process (a letter merge's) writes a hard crash's stacks to the crash file too.

    A forked worker inherits its parent's faulthandler and is left alone.
    """
    if faulthandler.is_enabled():
        return
    try:
        crash = (log_dir() / CRASH_FILE).open("a", encoding="utf-8")  # noqa: SIM115 - open for the process's life
    except OSError:
        return
    faulthandler.enable(crash)
    _state["crash"] = crash


def shutdown() -> None:
    """Undo setup() (tests; a second setup for another folder)."""
    handler = _state.pop("handler", None)
    if isinstance(handler, logging.Handler):
        log.removeHandler(handler)
        handler.close()
    crash = _state.pop("crash", None)
    if crash is not None:
        faulthandler.disable()
        crash.close()  # type: ignore[attr-defined]
    _state.pop("folder", None)


def log_start(face: str, engine: str) -> None:
    """One INFO line at start: which ContactDesk, on what, with which database engine."""
    log.info(
        "ContactDesk %s started (%s) on %s, Python %s, database engine %s",
        __version__,
        face,
        platform.platform(),
        platform.python_version(),
        engine or "none",
    )


def collect_previous(where: Path | None = None) -> str:
    """Move a previous run's crash text (hard crash, unexpected errors) into the pending report; its text."""
    target = where if where is not None else folder()
    pending = target / PENDING_FILE
    for name in (CRASH_FILE, ERRORS_FILE):
        source = target / name
        text = _read(source)
        if not text.strip():
            continue
        with pending.open("a", encoding="utf-8") as report:
            report.write(text if text.endswith("\n") else text + "\n")
        try:
            source.unlink()
        except OSError:
            # Still open by another running ContactDesk (Windows): emptied instead, offered once all the same.
            with source.open("w", encoding="utf-8"):
                pass
    return pending_report(target)


def pending_report(where: Path | None = None) -> str:
    """The crash text not yet offered to the user ("" when there is none)."""
    return _read((where if where is not None else folder()) / PENDING_FILE).strip()


def report_offered(where: Path | None = None) -> Path | None:
    """Move the pending report aside (kept for sending), so the next start does not offer it again."""
    pending = (where if where is not None else folder()) / PENDING_FILE
    if not pending.exists():
        return None
    kept = pending.with_name(f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt")
    pending.replace(kept)
    return kept


def record_unexpected(details: str, where: Path | None = None) -> None:
    """Keep an unexpected exception's traceback for the next start's report (the log has it too)."""
    try:
        with ((where if where is not None else folder()) / ERRORS_FILE).open("a", encoding="utf-8") as file:
            file.write(f"{datetime.now():%Y-%m-%d %H:%M:%S} ContactDesk {__version__}\n{details}\n")
    except OSError:
        log.exception("could not record the unexpected error for the next start")


def log_failure(what: str, error: BaseException, details: str = "") -> None:
    """A failure with its traceback at ERROR (details: a traceback formatted elsewhere, e.g. another thread)."""
    if details:
        log.error("%s failed: %s\n%s", what, type(error).__name__, details.rstrip())
    else:
        log.error("%s failed: %s", what, type(error).__name__, exc_info=error)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
