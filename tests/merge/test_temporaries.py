"""Temporary files a killed merge left behind are removed by the next merge into the folder; files another
merge is writing at that moment, and files that are not ours, stay."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.merge.test_parallel import jobs_for

from contactdesk.merge.parallel import LetterRun
from contactdesk.merge.render import PreparedTemplate
from contactdesk.merge.segment_merge import merge_segment
from contactdesk.merge.temporaries import remove_stale
from contactdesk.paths import sample_templates_dir
from contactdesk.store.models import Segment


@pytest.fixture
def writers() -> Iterator[tuple[int, int]]:
    """(a process that has ended, one that runs): the writers named in the planted temporary files."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        yield ended.pid, running.pid
    finally:
        running.kill()
        running.wait()


def _plant(folder: Path, name: str, seconds_old: float = 0.0, folder_named: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if folder_named:
        path.mkdir()
    else:
        path.write_bytes(b"half a letter")
    moment = time.time() - seconds_old
    os.utime(path, (moment, moment))
    return path


def test_a_merge_removes_what_killed_merges_left_and_keeps_what_a_running_one_writes(
    tmp_path: Path, writers: tuple[int, int]
) -> None:
    ended, running = writers
    out = tmp_path / "letters"
    stale = [
        _plant(out, f".~merge-1a2b3c4d-{ended}-0123456789ab.tmp", seconds_old=10),  # its writer was killed
        _plant(out, f".~merge-email-{ended}-0123456789ab.tmp", seconds_old=10),
        _plant(out, f".~merge-pdf-{ended}-SEG00001 - print.pdf.tmp", seconds_old=10),
        _plant(out, ".~merge-5e6f7a8b-k3j_x9ab.tmp", seconds_old=3600),  # old name without a writer, an hour old
        _plant(out, f".~merge-9c8d7e6f-{running}-0123456789ab.tmp", seconds_old=3600),  # nothing writes for an hour
    ]
    kept = [
        _plant(out, f".~merge-9c8d7e6f-{running}-fedcba987654.tmp"),  # another merge writes it right now
        _plant(out, f".~merge-9c8d7e6f-{os.getpid()}-fedcba987654.tmp", seconds_old=30),  # a merge in this process
        _plant(out, f".~merge-0d1e2f3a-{ended}-fedcba987654.tmp"),  # just written, maybe by another computer
        _plant(out, ".~merge-5e6f7a8b-q1w2e3r4.tmp", seconds_old=30),  # no writer named, not a minute old
        _plant(out, ".~lock.CT000001 - Smit.docx#", seconds_old=3600),  # Word's, not ours
        _plant(out, "notes.tmp", seconds_old=3600),
        _plant(out, f".~merge-abc-{ended}-folder.tmp", seconds_old=3600, folder_named=True),
    ]
    template = PreparedTemplate.from_file(sample_templates_dir() / "en" / "welcome_letter.docx")
    jobs = jobs_for(out, [template], 3)
    outcome = LetterRun({template.key: template}).run(jobs)
    assert outcome.written == [job.target for job in jobs]
    assert [path.name for path in stale if path.exists()] == []
    assert [path.name for path in kept if not path.exists()] == []


def test_a_segment_merge_cleans_its_outbox_and_print_folder(demo_database: object, tmp_path: Path) -> None:
    no = str(Segment.select().order_by(Segment.no).first().no)
    outbox, printed = tmp_path / "outbox", tmp_path / "print"
    stale = [_plant(folder, ".~merge-email-k3j_x9ab.tmp", seconds_old=3600) for folder in (outbox, printed)]
    result = merge_segment(no, tmp_path / "letters", combined=printed / "all.docx", outbox=outbox)
    assert result.ok and result.letters
    assert [path for path in stale if path.exists()] == []


@pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="zombies are seen through Linux's /proc")
def test_a_writer_that_ended_but_was_not_collected_yet_counts_as_gone(tmp_path: Path) -> None:
    # A killed worker whose merge was killed too stays a zombie until init collects it.
    zombie = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        deadline = time.monotonic() + 30
        while Path(f"/proc/{zombie.pid}/stat").read_bytes().rpartition(b")")[2].split()[0] != b"Z":
            assert time.monotonic() < deadline
            time.sleep(0.01)
        left = _plant(tmp_path, f".~merge-1a2b3c4d-{zombie.pid}-0123456789ab.tmp", seconds_old=10)
        assert remove_stale(tmp_path) == 1 and not left.exists()
    finally:
        zombie.wait()
