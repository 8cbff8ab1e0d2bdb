"""`contactdesk field devices|retention|retire`: the office administrator's commands, on the suite's engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests import engines
from tests.cli_run import call
from tests.field.field_office import back_to_office, check_out
from tests.office_logins import as_login, office_database

KEYS = {"device", "login", "host", "scope", "checked_out_at", "last_sync", "schema_version", "blocks", "expired"}


def test_devices_prints_each_laptop_with_the_named_keys(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = check_out(tmp_path)
    back_to_office()
    code, out, err = call(capsys, "field", "devices", "--db", engines.current, "--json")
    assert code == 0, err
    (laptop,) = json.loads(out)
    assert set(laptop) == KEYS
    assert (laptop["device"], laptop["host"], laptop["scope"]) == (result.device, "field-pc", "all")
    assert laptop["last_sync"] is None and laptop["expired"] is False
    assert laptop["blocks"] == {series: list(block) for series, block in result.blocks.items()}
    assert laptop["checked_out_at"][:4].isdigit() and isinstance(laptop["schema_version"], int)
    code, out, _err = call(capsys, "field", "devices", "--db", engines.current)
    assert code == 0 and f"Device {result.device}" in out and "never" in out


def test_retention_is_shown_and_set_and_bad_days_are_one_line(
    database: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = call(capsys, "field", "retention", "--db", engines.current, "--json")
    assert code == 0, err
    assert json.loads(out) == {"retention_days": 90, "pruned_below": 0}
    code, out, err = call(capsys, "field", "retention", "--db", engines.current, "--days", "30", "--json")
    assert code == 0, err
    assert json.loads(out) == {"retention_days": 30, "pruned_below": 0}
    code, out, err = call(capsys, "field", "retention", "--db", engines.current, "--days", "3", "--json")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "7 and 3650" in err
    code, out, _err = call(capsys, "field", "retention", "--db", engines.current, "--json")
    assert json.loads(out)["retention_days"] == 30


def test_retire_removes_the_laptop_and_an_unknown_one_is_one_line(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device = check_out(tmp_path).device
    back_to_office()
    code, out, err = call(capsys, "field", "retire", str(device), "--db", engines.current, "--json")
    assert code == 0, err
    assert json.loads(out) == {"retired": device}
    assert json.loads(call(capsys, "field", "devices", "--db", engines.current, "--json")[1]) == []
    code, out, err = call(capsys, "field", "retire", str(device), "--db", engines.current)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and str(device) in err


@pytest.mark.postgresql_only
def test_staff_may_list_the_laptops_but_not_retire_one_or_change_the_retention(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with office_database(engines.current, capsys, monkeypatch) as office:
        device = check_out(tmp_path).device
        back_to_office()
        staff = as_login(office.url, office.staff)
        code, out, err = call(capsys, "field", "devices", "--db", staff, "--json")
        assert code == 0, err
        assert [laptop["device"] for laptop in json.loads(out)] == [device]
        for argv in (["retire", str(device)], ["retention", "--days", "30"]):
            code, out, err = call(capsys, "field", *argv, "--db", staff, "--json")
            assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "administrator" in err
        code, out, _err = call(capsys, "field", "retention", "--db", staff, "--json")
        assert json.loads(out)["retention_days"] == 90
        admin = as_login(office.url, office.admin)
        assert call(capsys, "field", "retire", str(device), "--db", admin)[0] == 0
        back_to_office()
