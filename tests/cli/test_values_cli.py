"""Values that would break output are refused at the command line with one line, and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests import engines
from tests.cli_run import call as _call

from contactdesk.cli import main
from contactdesk.store import db as store_db


def test_segment_new_refuses_a_description_with_a_line_break(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = engines.ready_database(tmp_path, "office")
    code, _out, err = _call(capsys, "segment", "new", "--db", db, "--description", "Spring\r\nBcc: evil@example.com")
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "description" in err and "line_break" in err
    code, out, _err = _call(capsys, "segment", "list", "--db", db, "--json")
    assert code == 0 and json.loads(out) == []


def test_a_folder_that_cannot_be_made_is_one_line_without_errno(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = engines.new_database(tmp_path, "office")
    assert main(["demo", "--db", db, "--contacts", "20", "--seed", "4"]) == 0
    store_db.close()
    capsys.readouterr()
    code, out, _err = _call(capsys, "segment", "list", "--db", db, "--json")
    no = json.loads(out)[0]["no"]
    blocker = tmp_path / "letters.txt"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    code, _out, err = _call(capsys, "segment", "merge", no, "--db", db, "--out", str(blocker / "out"))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "[Errno" not in err and "Traceback" not in err
    assert str(blocker) in err and "not a folder" in err
