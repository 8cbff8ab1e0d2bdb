"""`contactdesk segment new | list | show`: the JSON shape scripts rely on, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests import engines
from tests.cli_run import call as _call

from contactdesk.cli import main
from contactdesk.store import db as store_db


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "contactdesk", *args], capture_output=True, text=True, env=environment, timeout=120
    )


@pytest.fixture
def demo_file(tmp_path: Path) -> str:
    target = engines.new_database(tmp_path, "office")
    assert main(["demo", "--db", target, "--contacts", "200", "--seed", "4"]) == 0
    store_db.close()
    return target


def test_new_list_show_as_a_script_would(demo_file: str) -> None:
    created = _run(
        "segment",
        "new",
        "--db",
        demo_file,
        "--description",
        "Spring mailing",
        "--template",
        "WELCOME",
        "--contact",
        "CT000001",
        "--contact",
        "ct000002",
    )
    assert created.returncode == 0, created.stderr
    no = created.stdout.strip()
    assert no.startswith("SEG")
    listed = _run("segment", "list", "--db", demo_file, "--json")
    rows = json.loads(listed.stdout)
    assert {"no", "description", "lines"} <= set(rows[0])
    assert {"no": no, "description": "Spring mailing", "lines": 2}.items() <= next(
        r for r in rows if r["no"] == no
    ).items()
    assert len(rows) == 3  # the two demo segments and ours
    shown = json.loads(_run("segment", "show", no, "--db", demo_file, "--json").stdout)
    assert {"no", "description", "salesperson", "template", "correspondence_type", "language", "lines"} <= set(shown)
    assert (shown["no"], shown["template"], shown["correspondence_type"]) == (no, "WELCOME", "Hard Copy")
    first = shown["lines"][0]
    assert {
        "line_no",
        "contact_no",
        "contact_name",
        "template",
        "description",
        "correspondence_type",
        "language",
    } <= set(first)
    assert first["description"] == "Spring mailing" and first["template"] == "WELCOME"
    assert first["correspondence_type"] in ("", "Hard Copy", "E-mail")
    assert sorted(line["contact_no"] for line in shown["lines"]) == ["CT000001", "CT000002"]


def test_demo_segments_are_shown_with_their_lines(demo_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _call(capsys, "segment", "list", "--db", demo_file, "--json")
    assert code == 0
    by_hand = next(r for r in json.loads(out) if r["description"].startswith("Welcome"))
    code, out, _err = _call(capsys, "segment", "show", by_hand["no"], "--db", demo_file, "--json")
    shown = json.loads(out)
    assert len(shown["lines"]) == by_hand["lines"] == 6
    assert shown["criteria_actions"] == 6
    assert any(line["comment"] for line in shown["lines"])


def test_new_without_contacts_and_plain_output(demo_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _call(
        capsys, "segment", "new", "--db", demo_file, "--description", "Calls", "--date", "2026-12-01", "--json"
    )
    assert code == 0
    shown = json.loads(out)
    assert shown["lines"] == [] and shown["date"] == "2026-12-01" and shown["template"] == ""
    code, out, _err = _call(capsys, "segment", "list", "--db", demo_file)
    assert code == 0 and shown["no"] in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("segment", "show", "SEG99999"), "does not exist"),
        (("segment", "new", "--description", "x", "--contact", "NOPE"), "contact 'NOPE' does not exist"),
        (("segment", "new", "--description", "x", "--template", "NOPE"), "template_code"),
        (("segment", "new", "--description", "x", "--date", "tomorrow"), "--date"),
    ],
)
def test_errors_are_one_line_and_change_nothing(
    demo_file: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, _out, err = _call(capsys, *args, "--db", demo_file)
    assert code != 0
    assert message in err and len(err.strip().splitlines()) == 1
    code, out, _err = _call(capsys, "segment", "list", "--db", demo_file, "--json")
    assert len(json.loads(out)) == 2
