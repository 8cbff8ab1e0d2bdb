"""Render workers end with the merge that started them, forked or spawned, and let go of its files.

A merge is killed (SIGKILL) while its workers render; afterwards no process of its group may still
run, and the pipes it shared with its caller must close (a script waiting for its output would hang).
Processes are found by process group through /proc, so workers adopted by init are found too; a
zombie has let go of everything and counts as gone.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from tests import engines

from contactdesk.crm import criteria, segments
from contactdesk.crm.criteria import CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.merge import temporaries
from contactdesk.merge.parallel import IN_PROCESS_BELOW
from contactdesk.store import db as store_db
from contactdesk.store.enums import CriteriaAction
from contactdesk.store.models import Contact
from contactdesk.store.opening import open_database

LINES = 1000
GONE_WITHIN = 5.0
needs_proc = pytest.mark.skipif(
    not Path("/proc/self/stat").is_file() or not hasattr(signal, "SIGKILL"),
    reason="finds processes through Linux's /proc",
)

SPAWNING = """
import sys, threading, time
from pathlib import Path
from contactdesk.merge import parallel
from contactdesk.merge.fields import example_context
from contactdesk.merge.names import LetterNames
from contactdesk.paths import sample_templates_dir
from contactdesk.merge.render import PreparedTemplate

def merge():
    print("method", parallel.start_method(), flush=True)
    template = PreparedTemplate.from_file(sample_templates_dir() / "en" / "welcome_letter.docx")
    names = LetterNames(Path(sys.argv[1]))
    jobs = [parallel.LetterJob(names.path_for(f"CT{index:06d}", "Contact"), template.key, example_context())
            for index in range(3000)]
    run = parallel.LetterRun({template.key: template}, workers=2, chunk=10, in_process_below=1)
    run.run(jobs, progress=lambda done, total: time.sleep(0.01))

# As in the GUI: the merge runs in a thread while another one (here the main thread) runs too.
thread = threading.Thread(target=merge)
thread.start()
thread.join()
"""

WATCHED = """
import multiprocessing, os, sys, time
from contactdesk.merge import worker_guard

def work():
    worker_guard._ask_kernel = lambda parent: None  # only the guard every system has: the parent's sentinel
    worker_guard.guard_worker(forked=False)
    print(os.getpid(), flush=True)
    time.sleep(120)

if __name__ == "__main__":
    worker = multiprocessing.get_context(sys.argv[1]).Process(target=work)
    worker.start()
    worker.join()
"""


@pytest.fixture(scope="module")
def big_segment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    """(database, segment number, its first contact's number): a demo database made by the command line
    and a segment with far more lines than a merge renders without workers."""
    target = engines.new_database(tmp_path_factory.mktemp("workers"), "workers", schema=False)
    subprocess.run(
        [sys.executable, "-m", "contactdesk", "demo", "--db", target, "--contacts", str(LINES + 100)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    open_database(target)
    try:
        nos = [
            str(no)
            for (no,) in Contact.select(Contact.no)
            .where(Contact.exclude_from_segment == False)  # noqa: E712
            .order_by(Contact.no)
            .limit(LINES)
            .tuples()
        ]
        no = segments.create_segment("Workers", "WELCOME", "JV")
        criteria.run(no, CriteriaRequest(CriteriaAction.ADD, (Filter("contact", "no", f"{nos[0]}..{nos[-1]}"),)))
        assert segments.get_segment(no).no == no
    finally:
        store_db.close()
    assert len(nos) > IN_PROCESS_BELOW
    yield target, no, nos[0]
    engines.drop_database(target)


def _group(pgid: int) -> dict[int, str]:
    """The processes of a process group that have not ended: pid -> command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            found[int(entry.name)] = command
    return found


def _open_files(pid: int) -> list[str]:
    folder = Path(f"/proc/{pid}/fd")
    links = []
    for entry in folder.iterdir() if folder.is_dir() else []:
        try:
            links.append(os.readlink(entry))
        except OSError:
            continue
    return links


def _holds(pid: int, database: str) -> bool:
    """Whether the process has the database open: the file (or its -wal, -shm companions), or a socket
    (the connection to the server; a worker needs none at all)."""
    holding = database if engines.ENGINE == "sqlite" else "socket:"
    return any(link.startswith(holding) for link in _open_files(pid))


def _gone_within(pgid: int, seconds: float) -> dict[int, str]:
    """What of the group still runs after waiting up to `seconds` for it to end."""
    deadline = time.monotonic() + seconds
    while (left := _group(pgid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def _closed_within(stream: IO[bytes] | None, seconds: float) -> bool:
    """Whether every writer of the pipe closed it (end of file) within `seconds`."""
    assert stream is not None
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        if select.select([stream.fileno()], [], [], left)[0] and not os.read(stream.fileno(), 65536):
            return True
    return False


def _wait_for_workers(process: subprocess.Popen[bytes], first_letter: Path, command_part: str) -> dict[int, str]:
    """The workers, once one of them has written the first letter (this process renders from the back)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, "the merge ended before its workers were seen"
        workers = {
            pid: command
            for pid, command in _group(process.pid).items()
            if pid != process.pid and command_part in command
        }
        if workers and list(first_letter.parent.glob(first_letter.name)):
            return workers
        time.sleep(0.02)
    raise AssertionError("no worker wrote a letter within two minutes")


def _end_group(process: subprocess.Popen[bytes]) -> None:
    """Whatever the test found, nothing it started stays behind."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait(timeout=10)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@pytest.mark.slow
@needs_proc
def test_a_killed_merge_leaves_no_worker_behind(big_segment: tuple[str, str, str], tmp_path: Path) -> None:
    database, no, first = big_segment
    out = tmp_path / "letters"
    merge = subprocess.Popen(
        [sys.executable, "-m", "contactdesk", "segment", "merge", no, "--db", database, "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        workers = _wait_for_workers(merge, out / f"{first} *.docx", "contactdesk")
        # Forked from the merge, a worker lets go of its database files and connection as it starts (on a
        # machine with more cores, a worker other than the one that wrote the first letter may still be starting).
        deadline = time.monotonic() + 1.0  # a worker renders for seconds; it starts in milliseconds
        while (holding := {pid for pid in workers if _holds(pid, database)}) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert holding == set()
        assert _holds(merge.pid, database), "the check would see the merge's own database"
        assert merge.poll() is None and set(workers) <= set(_group(merge.pid)), "the merge ended before the kill"
        merge.kill()
        merge.wait(timeout=10)
        assert _gone_within(merge.pid, GONE_WITHIN) == {}
        assert _closed_within(merge.stderr, GONE_WITHIN) and _closed_within(merge.stdout, GONE_WITHIN)
        # A file the kill cut short names its writer: the next merge removes it (once the grace that
        # protects another computer's writer is over: the clock is moved past it here).
        for path in out.glob(temporaries.PATTERN):
            os.utime(path, (time.time() - 10, time.time() - 10))
        temporaries.remove_stale(out)
        assert list(out.glob(temporaries.PATTERN)) == []
    finally:
        _end_group(merge)


@pytest.mark.slow
@needs_proc
def test_spawned_workers_end_with_a_killed_parent(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    parent = subprocess.Popen(
        [sys.executable, "-c", SPAWNING, str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline().split() == [b"method", b"spawn"]
        workers = _wait_for_workers(parent, out / "CT000000 *.docx", "spawn_main")
        assert set(workers) <= set(_group(parent.pid)), "the run ended before the kill"
        parent.kill()
        parent.wait(timeout=10)
        assert _gone_within(parent.pid, GONE_WITHIN) == {}  # the workers, and multiprocessing's resource tracker
        assert _closed_within(parent.stderr, GONE_WITHIN)
    finally:
        _end_group(parent)


@needs_proc
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_the_parent_watch_alone_ends_a_worker(tmp_path: Path, method: str) -> None:
    script = tmp_path / "watched.py"
    script.write_text(WATCHED, encoding="utf-8")
    parent = subprocess.Popen(
        [sys.executable, str(script), method], stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())
        assert worker in _group(parent.pid)
        parent.kill()
        parent.wait(timeout=10)
        assert _gone_within(parent.pid, GONE_WITHIN) == {}
    finally:
        _end_group(parent)
