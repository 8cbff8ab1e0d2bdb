"""`contactdesk segment log` and `contactdesk logged …`: the JSON scripts rely on, refusals, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.cli_run import call as _call

from contactdesk.store import db as store_db

from .conftest import F


@pytest.fixture
def office(f: F, database: object) -> tuple[F, str]:
    """Fixture F in a file, with SEG00001 (C1, P1, P4) and SEG00002 (P3, excluded, added by hand)."""
    f.segment("C1", "P1", "P4")
    f.segment("P3", description="Excluded one")
    path = database.target  # type: ignore[attr-defined]
    store_db.close()
    return f, path


def test_segment_log_prints_the_logged_segment_entries_and_follow_up(
    office: tuple[F, str], capsys: pytest.CaptureFixture[str]
) -> None:
    _f, path = office
    code, out, _err = _call(capsys, "segment", "log", "SEG00001", "--db", path, "--follow-up", "--json")
    assert code == 0
    assert json.loads(out) == {"logged_segment": "LSEG00001", "entries": 3, "follow_up": "SEG00003"}
    code, out, _err = _call(capsys, "logged", "list", "--db", path, "--json")
    (row,) = json.loads(out)
    assert row == {
        "no": "LSEG00001",
        "segment_no": "SEG00001",
        "description": "Spring",
        "date": row["date"],
        "user": row["user"],
        "entries": 3,
        "canceled": False,
    }
    code, out, _err = _call(capsys, "segment", "log", "SEG00003", "--db", path)
    assert code == 0 and "has been logged as LSEG00002: 3 entries" in out


def test_refusals_exit_non_zero_with_every_problem(office: tuple[F, str], capsys: pytest.CaptureFixture[str]) -> None:
    f, path = office
    code, out, err = _call(capsys, "segment", "log", "SEG00002", "--db", path, "--json")
    assert code == 1
    refused = json.loads(out)
    assert refused["logged_segment"] is None and refused["problems"] == []
    assert refused["flagged"] == [{"line_no": 10000, "contact_no": f.P3, "name": "Per Tre", "reasons": ["excluded"]}]
    assert "excluded from segments" in err and "--skip-problems" in err
    code, out, err = _call(capsys, "segment", "log", "SEG00002", "--db", path, "--skip-problems", "--json")
    assert code == 1 and [p["kind"] for p in json.loads(out)["problems"]] == ["empty"]
    code, out, err = _call(capsys, "segment", "log", "SEG00001", "--db", path)
    code, out, err = _call(capsys, "segment", "log", "SEG00001", "--db", path, "--json")
    assert code == 1 and json.loads(out)["problems"][0]["kind"] == "already_logged"
    assert "already exists" in err


def test_logged_actions_cancel_restore_undo_delete(office: tuple[F, str], capsys: pytest.CaptureFixture[str]) -> None:
    _f, path = office
    _call(capsys, "segment", "log", "SEG00001", "--db", path, "--json")
    assert _call(capsys, "logged", "cancel", "LSEG00001", "--db", path, "--json")[1].strip() == '{\n  "changed": 1\n}'
    code, _out, err = _call(capsys, "logged", "undo", "LSEG00001", "--db", path)
    assert code == 1 and "canceled" in err
    assert _call(capsys, "logged", "restore", "LSEG00001", "--db", path)[0] == 0
    code, out, _err = _call(capsys, "logged", "undo", "LSEG00001", "--db", path, "--json")
    assert code == 0 and json.loads(out) == {"segment_no": "SEG00001", "entries_removed": 3, "follow_up_removed": None}
    _call(capsys, "segment", "log", "SEG00001", "--db", path)
    code, out, _err = _call(capsys, "logged", "follow-up", "LSEG00001", "--db", path, "--json")
    assert code == 0 and json.loads(out)["follow_up"].startswith("SEG")
    code, _out, err = _call(capsys, "logged", "delete", "LSEG00001", "--db", path)
    assert code == 1 and "not_canceled" in err


def test_deliver_from_the_command_line(office: tuple[F, str], tmp_path: Path) -> None:
    _f, path = office
    environment = dict(os.environ)
    environment.pop("QT_QPA_PLATFORM", None)
    out = tmp_path / "letters"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "contactdesk",
            "segment",
            "log",
            "SEG00001",
            "--db",
            path,
            "--deliver",
            "--out",
            str(out),
            "--skip-problems",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    # C1 and P4 have no e-mail address for their e-mail lines: skipped at the last-moment check.
    assert (result["logged_segment"], result["entries"], result["kept"], result["failed"]) == ("LSEG00001", 1, 1, None)
    assert len(result["emails"]) == 1
    assert all(Path(letter).is_file() for letter in result["letters"])
    missing = subprocess.run(
        [sys.executable, "-m", "contactdesk", "segment", "log", "SEG00002", "--db", path, "--deliver"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert missing.returncode == 2 and "--out" in missing.stderr
