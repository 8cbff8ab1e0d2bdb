"""`contactdesk field checkout|status`: the real entry point on the suite's engine, JSON keys as issue 14 names them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests import engines
from tests.cli_run import call

from contactdesk.store.models import Contact, Segment, SegmentLine


def test_checkout_then_status_print_the_named_json_keys(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts = Contact.select().count()
    laptop = str(tmp_path / "laptop.sqlite")
    code, out, err = call(capsys, "field", "checkout", "--office", engines.current, "--db", laptop, "--json")
    assert code == 0, err
    done = json.loads(out)
    assert {"device", "contacts", "scope"} <= set(done) and (done["contacts"], done["scope"]) == (contacts, "all")
    code, out, err = call(capsys, "field", "status", "--db", laptop, "--json")
    assert code == 0, err
    status = json.loads(out)
    assert set(status) >= {"device", "office", "pending", "numbers_left", "checked_out_at"}
    assert status["device"] == done["device"] and status["pending"] == 0
    assert set(status["numbers_left"].values()) == {1000}
    assert status["office"] == done["office"]


def test_the_status_never_shows_the_office_password(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = str(tmp_path / "laptop.sqlite")
    office = engines.current
    if engines.ENGINE == "postgresql":
        office = office.replace("postgres@", "postgres:not-needed-here@", 1)  # the test cluster trusts loopback
    assert call(capsys, "field", "checkout", "--office", office, "--db", laptop)[0] == 0
    code, out, _err = call(capsys, "field", "status", "--db", laptop, "--json")
    assert code == 0 and "not-needed-here" not in out
    assert "not-needed-here" not in Path(laptop).read_bytes().decode("latin-1")


def test_checkout_of_a_segment_from_the_command_line(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    segment = Segment.select().order_by(Segment.no).first()
    assert SegmentLine.select().where(SegmentLine.segment == segment.id).exists()
    laptop = str(tmp_path / "laptop.sqlite")
    argv = ["field", "checkout", "--office", engines.current, "--db", laptop, "--scope", "segment", str(segment.no)]
    code, out, err = call(capsys, *argv, "--json")
    assert code == 0, err
    assert json.loads(out)["scope"] == f"segment {segment.no}"


def test_status_of_a_database_that_is_no_field_copy_is_one_line(
    demo_database: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = call(capsys, "field", "status", "--db", engines.current, "--json")
    assert code == 1 and out == ""
    assert "is not a field copy" in err and len(err.strip().splitlines()) == 1


def test_an_unknown_scope_is_one_line_and_makes_nothing(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = tmp_path / "laptop.sqlite"
    code, _out, err = call(
        capsys, "field", "checkout", "--office", engines.current, "--db", str(laptop), "--scope", "everyone"
    )
    assert code == 1 and "unknown scope" in err and len(err.strip().splitlines()) == 1
    assert not laptop.exists()
