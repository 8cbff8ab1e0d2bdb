"""`contactdesk interaction log|list`: the same service, JSON out, one line on stderr for a refusal."""

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
from contactdesk.store.models import Contact


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ}
    environment.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "contactdesk", *args], capture_output=True, text=True, env=environment, timeout=120
    )


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    out = capsys.readouterr().out
    return json.loads(out[min(i for i in (out.find("{"), out.find("[")) if i >= 0) :])


@pytest.fixture
def office(tmp_path: Path) -> str:
    db = engines.new_database(tmp_path, "office")
    assert main(["demo", "--db", db, "--contacts", "40", "--seed", "2"]) == 0
    store_db.close()
    return db


def test_log_and_list_as_a_script_would(office: str) -> None:
    logged = _run(
        "interaction",
        "log",
        "--db",
        office,
        "--contact",
        "ct000001",
        "--template",
        "welcome",
        "--description",
        "Welcome pack",
        "--date",
        "2026-11-20",
        "--json",
    )
    assert logged.returncode == 0, logged.stderr
    entry = json.loads(logged.stdout)
    assert {"entry_no", "contact_no", "template", "description", "date"} <= set(entry)
    assert (entry["contact_no"], entry["template"], entry["description"], entry["date"]) == (
        "CT000001",
        "WELCOME",
        "Welcome pack",
        "2026-11-20",
    )
    assert entry["attachment"].endswith(".docx") and entry["postponed"] is False  # a merged letter is kept
    listed = _run("interaction", "list", "--db", office, "--contact", "CT000001", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert rows[0]["entry_no"] == entry["entry_no"] and all(r["contact_no"] == "CT000001" for r in rows)


def test_list_postponed_and_defaults(office: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["interaction", "list", "--db", office, "--postponed", "--json"]) == 0
    store_db.close()
    postponed = _json(capsys)
    assert isinstance(postponed, list) and len(postponed) == 2 and all(r["postponed"] for r in postponed)
    assert main(["interaction", "log", "--db", office, "--contact", "CT000002", "--template", "PHONE", "--json"]) == 0
    store_db.close()
    entry = _json(capsys)
    assert isinstance(entry, dict) and entry["description"] == "Phone call" and entry["cost"] == "0.50"
    assert main(["interaction", "list", "--db", office, "--limit", "1"]) == 0
    store_db.close()
    assert capsys.readouterr().out.startswith(str(entry["entry_no"]))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--contact", "NOBODY", "--template", "PHONE"], "does not exist"),
        (["--contact", "CT000001", "--template", "NOPE"], "does not exist"),
        (["--contact", "CT000001", "--template", "PHONE", "--date", "22-11-2026"], "YYYY-MM-DD"),
        (["--contact", "CT000001", "--template", "PHONE", "--description", ""], "description"),
    ],
)
def test_refusals_exit_non_zero_with_one_line(
    office: str, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    assert main(["interaction", "log", "--db", office, *args]) != 0
    store_db.close()
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1


def test_a_blocked_contact_is_refused(office: str) -> None:
    with engines.opened(office):
        Contact.update(privacy_blocked=True).where(Contact.no == "CT000003").execute()
    result = _run("interaction", "log", "--db", office, "--contact", "CT000003", "--template", "PHONE")
    assert result.returncode == 1 and "privacy blocked" in result.stderr and "Traceback" not in result.stderr
