"""`contactdesk import-contacts` and `export-contacts` as scripts use them."""

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

DATA = Path(__file__).parents[1] / "data" / "import"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "contactdesk", *args], capture_output=True, text=True, env=environment, timeout=120
    )


def _empty_database(tmp_path: Path) -> str:
    """Only commands that make a database (demo, the GUI's New database) may create one: make it first."""
    return engines.ready_database(tmp_path, "office")


def _count(db: str) -> int:
    return engines.count(db, "contact")


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    out = capsys.readouterr().out
    return json.loads(out[out.index("{") :])  # type: ignore[no-any-return]


def test_problems_exit_non_zero_and_write_nothing(tmp_path: Path) -> None:
    db = _empty_database(tmp_path)
    result = _run("import-contacts", str(DATA / "problems.csv"), "--db", db, "--json")
    assert result.returncode == 1, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"imported", "updated", "skipped", "problems", "problem_count"}
    assert (payload["imported"], payload["updated"], payload["problem_count"]) == (0, 0, 6)
    assert payload["problems"][0] == {
        "row": 3,
        "column": "E-mail",
        "severity": "error",
        "message": "'bad.mail@@example' is not a valid e-mail address",
    }
    assert {problem["row"] for problem in payload["problems"]} == {3, 4, 5, 6, 7}
    assert _count(db) == 0


def test_skip_bad_imports_the_good_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _empty_database(tmp_path)
    assert main(["import-contacts", str(DATA / "problems.csv"), "--db", db, "--skip-bad", "--json"]) == 0
    store_db.close()
    payload = _json(capsys)
    assert (payload["imported"], payload["skipped"], len(payload["problems"])) == (1, 5, 6)  # type: ignore[arg-type]
    assert _count(db) == 1


@pytest.mark.parametrize(
    ("choice", "imported", "updated", "skipped"), [("skip", 0, 0, 5), ("update", 0, 5, 0), ("add", 5, 0, 0)]
)
def test_on_duplicate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], choice: str, imported: int, updated: int, skipped: int
) -> None:
    db = _empty_database(tmp_path)
    outlook = str(DATA / "outlook_windows1252.csv")
    assert main(["import-contacts", outlook, "--db", db, "--json"]) == 0
    store_db.close()
    assert _json(capsys)["imported"] == 5
    assert main(["import-contacts", outlook, "--db", db, "--on-duplicate", choice, "--json"]) == 0
    store_db.close()
    payload = _json(capsys)
    assert (payload["imported"], payload["updated"], payload["skipped"]) == (imported, updated, skipped)
    assert _count(db) == 8 + imported  # 5 people and 3 companies, plus what was added anyway


def test_export_all_and_a_segment_and_import_back(tmp_path: Path) -> None:
    db = _empty_database(tmp_path)
    assert _run("demo", "--db", db, "--contacts", "80", "--seed", "4").returncode == 0
    everything = _run("export-contacts", str(tmp_path / "all.csv"), "--db", db, "--json")
    assert everything.returncode == 0, everything.stderr
    assert json.loads(everything.stdout)["exported"] == 80
    segment, lines = engines.rows(
        db,
        "SELECT s.no, count(DISTINCT l.contact_id) FROM segment s JOIN segment_line l ON l.segment_id = s.id "
        "GROUP BY s.no ORDER BY s.no",
    )[0]
    cards = _run(
        "export-contacts",
        str(tmp_path / "segment.vcf"),
        "--db",
        str(db),
        "--segment",
        segment,
        "--vcard-version",
        "4.0",
    )
    assert cards.returncode == 0, cards.stderr
    assert f"Exported {lines} contacts" in cards.stdout
    assert (tmp_path / "segment.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == lines
    copy = engines.new_database(tmp_path, "copy", schema=False)
    assert _run("demo", "--db", copy, "--contacts", "0").returncode == 0
    back = _run("import-contacts", str(tmp_path / "all.csv"), "--db", copy, "--json")
    assert back.returncode == 0, back.stderr
    assert json.loads(back.stdout)["imported"] == 80 and _count(copy) == 80


def test_refusals_are_one_line_on_stderr(tmp_path: Path) -> None:
    db = _empty_database(tmp_path)
    missing = _run("import-contacts", str(tmp_path / "nope.csv"), "--db", db, "--json")
    assert missing.returncode == 1 and "file not found" in missing.stderr and "Traceback" not in missing.stderr
    wrong = _run("export-contacts", str(tmp_path / "contacts.pdf"), "--db", db)
    assert wrong.returncode == 1 and "use a .csv or .vcf file name" in wrong.stderr
    segment = _run("export-contacts", str(tmp_path / "contacts.csv"), "--db", db, "--segment", "NOPE")
    assert segment.returncode == 1 and "NOPE" in segment.stderr
    assert not (tmp_path / "contacts.csv").exists()
