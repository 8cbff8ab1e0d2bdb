"""A render worker ends with the process that started it and lets go of the files it inherited.

A ProcessPoolExecutor worker waits for work on a pipe whose writing end it holds itself, so it never
notices that its parent is gone: a merge killed with SIGKILL (or ended from the task manager) left its
workers running for ever, holding the database and the caller's stdout/stderr pipes open. Two guards:

- a thread waits on multiprocessing's parent sentinel (a pipe on POSIX, the parent's process handle on
  Windows; there for fork and spawn alike) and ends the worker the moment it signals;
- on Linux the kernel is asked as well (PR_SET_PDEATHSIG), which works even while the worker is busy
  in C code. The signal follows the *thread* that started the worker: LetterRun starts and stops its
  pool in one thread, which outlives the pool.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import stat
import sys
import threading
from multiprocessing.process import BaseProcess

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def guard_worker(forked: bool) -> None:
    """Run first in a worker: die with the parent; a forked worker also drops the parent's files."""
    parent = multiprocessing.parent_process()
    if parent is None:  # not started by multiprocessing: nothing to follow
        return
    _ask_kernel(parent)
    threading.Thread(target=_follow, args=(parent,), name="follow-parent", daemon=True).start()
    if forked:
        release_inherited_files()


def _follow(parent: BaseProcess) -> None:
    parent.join()  # returns when the sentinel signals: the parent has ended
    os._exit(1)  # no clean-up that could block: a worker's letters are renamed into place or nothing


def _ask_kernel(parent: BaseProcess) -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return
    except (OSError, AttributeError):  # no prctl (another libc): the sentinel thread still guards
        return
    if os.getppid() != parent.pid:  # the parent ended before the request took effect
        os._exit(1)


def release_inherited_files() -> None:
    """Point every inherited regular file and socket (the database, its WAL, a log) at the null device.

    Only for a forked worker on Linux, which shares the parent's open files but never uses them. The
    numbers stay taken (dup2, not close): the copied SQLite connection still names them, and a letter
    opened later must not get one of its numbers.
    """
    if not os.path.isdir("/proc/self/fd"):
        return
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for name in os.listdir("/proc/self/fd"):
            number = int(name)
            if number <= 2 or number == null:
                continue
            try:
                mode = os.fstat(number).st_mode
            except OSError:  # the listing's own descriptor, closed again
                continue
            if stat.S_ISREG(mode) or stat.S_ISSOCK(mode):
                os.dup2(null, number, inheritable=False)
    finally:
        os.close(null)
