"""Values that would break output are refused at the command line with one line, and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contactdesk.cli import main
from contactdesk.store import db as store_db


def _call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    finally:
        store_db.close()
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_segment_new_refuses_a_description_with_a_line_break(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "office.sqlite")
    code, _out, err = _call(capsys, "segment", "new", "--db", db, "--description", "Spring\r\nBcc: evil@example.com")
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "description" in err and "line_break" in err
    code, out, _err = _call(capsys, "segment", "list", "--db", db, "--json")
    assert code == 0 and json.loads(out) == []
