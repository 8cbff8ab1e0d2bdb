"""The command line drives the same services, prints JSON scripts can rely on, and needs no display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests import engines

from contactdesk.cli import main
from contactdesk.store import db as store_db

INFO_KEYS = {
    "contacts",
    "segments",
    "segment_lines",
    "logged_segments",
    "interaction_log_entries",
    "postponed_interactions",
    "interaction_templates",
    "campaigns",
    "campaign_entries",
}


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    environment.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "contactdesk", *args], capture_output=True, text=True, env=environment, timeout=120
    )


def test_demo_then_info_as_a_script_would(database_target: str) -> None:
    db = database_target
    demo = _run("demo", "--db", db, "--contacts", "300", "--seed", "3", "--json")
    assert demo.returncode == 0, demo.stderr
    created = json.loads(demo.stdout)
    assert created["contacts"] == 300 and len(created["segments"]) == 2
    info = _run("info", "--db", db, "--json")
    assert info.returncode == 0, info.stderr
    counts = json.loads(info.stdout)
    assert set(counts) == INFO_KEYS
    assert counts["contacts"] == 300
    assert counts["segments"] == 2 and counts["segment_lines"] > 0
    assert counts["logged_segments"] == 1 and counts["interaction_log_entries"] > 0
    assert counts["postponed_interactions"] == 2 and counts["interaction_templates"] == 5


def test_demo_fills_an_existing_database_and_is_reproducible(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = (engines.new_database(tmp_path, name, schema=False) for name in ("a", "b"))
    for target in (first, second):
        assert main(["demo", "--db", target, "--contacts", "50", "--seed", "9"]) == 0
        store_db.close()
    assert main(["demo", "--db", first, "--contacts", "50", "--seed", "9"]) == 0
    assert main(["info", "--db", first, "--json"]) == 0
    store_db.close()
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{") :])["contacts"] == 100
    names = [engines.rows(target, "SELECT no, name, city FROM contact ORDER BY id") for target in (first, second)]
    assert names[0][:50] == names[1]


@pytest.mark.sqlite_only("a file that is not SQLite; a server has no such thing (an empty one: test_database_option)")
def test_a_file_that_is_not_a_database_gives_one_clear_line(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("shopping list", encoding="utf-8")
    result = _run("info", "--db", str(bogus), "--json")
    assert result.returncode == 1
    assert "not a ContactDesk database" in result.stderr
    assert "Traceback" not in result.stderr
    assert bogus.read_text(encoding="utf-8") == "shopping list"


@pytest.mark.sqlite_only("without --db your own database is a file in the data folder, whatever the engine")
def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    result = _run("info", "--json", env={"CONTACTDESK_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "contactdesk.sqlite").exists()
