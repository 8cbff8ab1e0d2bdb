"""The merge's temporary files: their names, and removing those a killed merge left behind.

Every file a merge writes (letter, e-mail draft, combined document, PDF) is first written under
`.~merge-<tag>-<pid>-<random>.tmp` beside its final name and then renamed into place. A process killed
in between leaves that file. The next merge into the folder removes it when nobody can still be
writing it: the process named in it no longer runs, or it has not changed for a minute (its writer
ran on another computer that shares the folder, or the name has no process number). A file that
another merge writes into the same folder at this moment is kept, because its writer runs.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import time
import uuid
from pathlib import Path

PATTERN = ".~merge-*.tmp"
_OWNED = re.compile(r"\.~merge-[A-Za-z0-9]+-(\d+)-.*\.tmp")
STALE_SECONDS = 60.0  # nothing writes one file for this long: whoever started it is gone
# A writer on another computer sharing the folder has a process number that means nothing here;
# its file lives for milliseconds, so one untouched for this long is not being written.
ORPHAN_SECONDS = 2.0


def temporary_path(folder: Path, tag: str) -> Path:
    """A new temporary name in `folder` that says which process writes it."""
    return Path(folder) / f".~merge-{tag}-{os.getpid()}-{uuid.uuid4().hex[:12]}.tmp"


def remove_stale(*folders: Path | None) -> int:
    """Remove the temporary files killed merges left in these folders; returns how many were removed."""
    removed = 0
    now = time.time()
    for folder in {Path(folder) for folder in folders if folder is not None}:
        try:
            candidates = list(folder.glob(PATTERN))
        except OSError:
            continue
        for path in candidates:
            try:
                info = path.lstat()
                if stat.S_ISREG(info.st_mode) and _abandoned(path.name, now - info.st_mtime):
                    path.unlink()
                    removed += 1
            except OSError:  # gone meanwhile, or still open on Windows: a live writer's, then
                continue
    return removed


def _abandoned(name: str, age: float) -> bool:
    if age > STALE_SECONDS:
        return True
    owned = _OWNED.fullmatch(name)
    return owned is not None and age > ORPHAN_SECONDS and not process_running(int(owned.group(1)))


def process_running(pid: int) -> bool:
    """Whether a process with this number runs on this computer (ours counts as running)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, belongs to someone else
        pass
    except OSError:
        return False
    return not _ended_not_reaped(pid)


def _ended_not_reaped(pid: int) -> bool:
    # A killed worker whose parent died too stays a zombie until init collects it: it writes nothing.
    try:
        with open(f"/proc/{pid}/stat", "rb") as stream:
            return stream.read().rpartition(b")")[2].split()[:1] in ([b"Z"], [b"X"])
    except OSError:  # no /proc (macOS), or gone meanwhile
        return False


def _windows_process_running(pid: int) -> bool:
    # os.kill on Windows would end the process; ask for its exit code instead.
    if sys.platform != "win32":  # lets mypy check the rest for Windows only
        return True
    import ctypes  # noqa: PLC0415 - Windows only

    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == access_denied
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
