"""`contactdesk field sync --db laptop.sqlite [--json]`: the real entry point, {"pushed", "pulled", "conflicts"}."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests import engines
from tests.cli_run import call
from tests.field.sync_office import office_sql

from contactdesk.store.migrations import LATEST


def _checkout(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    laptop = str(tmp_path / "laptop.sqlite")
    code, _out, err = call(capsys, "field", "checkout", "--office", engines.current, "--db", laptop)
    assert code == 0, err
    return laptop


@pytest.mark.postgresql_only
def test_sync_prints_zeros_then_what_it_pulled_and_status_says_when(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _checkout(capsys, tmp_path)
    code, out, err = call(capsys, "field", "sync", "--db", laptop, "--json")
    assert code == 0, err
    assert json.loads(out) == {"pushed": 0, "pulled": 0, "conflicts": 0}
    office_sql("UPDATE contact SET name = 'From the office' WHERE id = (SELECT MIN(id) FROM contact)")
    code, out, err = call(capsys, "field", "sync", "--db", laptop, "--json")
    assert code == 0, err
    assert json.loads(out) == {"pushed": 0, "pulled": 1, "conflicts": 0}
    code, out, err = call(capsys, "field", "status", "--db", laptop, "--json")
    status = json.loads(out)
    assert status["last_sync"] and status["conflicts"] == 0 and status["pending"] == 0
    code, out, err = call(capsys, "field", "sync", "--db", laptop)
    assert code == 0 and out.startswith("Sent 0 changes, received 0 changes")


@pytest.mark.postgresql_only
def test_sync_refuses_a_newer_office_in_one_line(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _checkout(capsys, tmp_path)
    office_sql("UPDATE schema_version SET version = %s", [LATEST + 1])
    code, out, err = call(capsys, "field", "sync", "--db", laptop, "--json")
    assert code == 1 and out == ""
    assert "update ContactDesk on this laptop" in err and len(err.strip().splitlines()) == 1


def test_sync_of_a_database_that_is_no_field_copy_is_one_line(
    demo_database: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = call(capsys, "field", "sync", "--db", engines.current, "--json")
    assert code == 1 and out == ""
    assert "is not a field copy" in err and len(err.strip().splitlines()) == 1
