"""Letters, e-mail drafts, combined documents, PDFs and exports get the permissions the user's umask gives
every other program's files (0644 under umask 022), not the private 0600 of a temporary file."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from contactdesk.crm.exports.exporter import export_contacts
from contactdesk.merge.segment_merge import merge_segment
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Segment, SegmentLine

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

# Stands in for LibreOffice, the one program outside the process: it leaves its PDFs private to their owner.
FAKE_SOFFICE = """#!{python}
import os, sys
from pathlib import Path
arguments = sys.argv[1:]
out = Path(arguments[arguments.index("--outdir") + 1])
for document in [argument for argument in arguments if argument.endswith(".docx")]:
    handle = os.open(out / (Path(document).stem + ".pdf"), os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(handle, b"%PDF-1.4 made for the test")
    os.close(handle)
"""


@pytest.fixture
def fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`soffice` first on PATH is the stand-in above."""
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "soffice"
    program.write_text(FAKE_SOFFICE.format(python=sys.executable), encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")


@pytest.fixture(params=[0o022, 0o077], ids=["umask022", "umask077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """The process's umask for the test, restored afterwards."""
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_merged_files_follow_the_umask(demo_database: object, fake_soffice: None, umask: int, tmp_path: Path) -> None:
    expected = 0o666 & ~umask
    segment = Segment.select().order_by(Segment.no).first()
    first = SegmentLine.select().where(SegmentLine.segment == segment.id).order_by(SegmentLine.line_no).first()
    # One printed letter beside the e-mailed ones, so there is a combined document and a PDF.
    SegmentLine.update(correspondence_type=CorrespondenceType.HARD_COPY).where(SegmentLine.id == first.id).execute()
    result = merge_segment(str(segment.no), tmp_path / "letters", combined=tmp_path / "print" / "all.docx", pdf=True)
    assert result.ok and result.letters and result.emails and result.combined and result.pdf
    written = [*result.letters, *result.emails, result.combined, result.pdf]
    assert {path.name: oct(mode(path)) for path in written if mode(path) != expected} == {}


def test_an_export_follows_the_umask(demo_database: object, umask: int, tmp_path: Path) -> None:
    for name in ("contacts.csv", "contacts.vcf"):
        export_contacts(tmp_path / name)
        assert mode(tmp_path / name) == 0o666 & ~umask
