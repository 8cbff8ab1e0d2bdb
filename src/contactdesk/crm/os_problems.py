"""What kind of problem an OSError is, as a code each face words itself (GUI: translated; CLI: English).

The system's own text ("[Errno 13] Permission denied") is English whatever the interface language and
says nothing about what to do; the faces turn these codes into a sentence that does.
"""

from __future__ import annotations

import errno

# Windows reports a file another program holds open as a permission error with these codes.
_WINDOWS_IN_USE = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_GROUPS = {
    "denied": {errno.EACCES, errno.EPERM},
    "full": {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)},
    "missing": {errno.ENOENT},
    "read_only": {errno.EROFS},
    "in_use": {errno.EBUSY, getattr(errno, "ETXTBSY", errno.EBUSY)},
    "too_long": {errno.ENAMETOOLONG},
    "not_a_folder": {errno.ENOTDIR},
    "a_folder": {errno.EISDIR},
    "exists": {errno.EEXIST, errno.ENOTEMPTY},
    "too_many_open": {errno.EMFILE, errno.ENFILE},
    "device": {errno.EIO, errno.ENXIO, errno.ENODEV, getattr(errno, "ESTALE", errno.EIO)},
}
PROBLEMS = tuple(_GROUPS)


def problem_of(error: OSError) -> str:
    """One of PROBLEMS for an OSError, or "" when it is none of them."""
    if getattr(error, "winerror", None) in _WINDOWS_IN_USE:
        return "in_use"
    return next((kind for kind, numbers in _GROUPS.items() if error.errno in numbers), "")


def path_of(error: OSError) -> str:
    """The file or folder the error is about ("" when the system did not say)."""
    name = error.filename if error.filename not in (None, "") else error.filename2
    return "" if name in (None, "") else str(name)
