"""`contactdesk contact set | classify`: the card's checks from a script, one-line refusals, stable JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests import engines
from tests.cli_run import call

from contactdesk.cli import main
from contactdesk.store import db as store_db

SET_KEYS = {"no", "type", "name", "city", "phone_no", "language_code", "company_name", "version", "changed"}


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    target = engines.new_database(tmp_path, "office")
    assert main(["demo", "--db", target, "--contacts", "40", "--seed", "3"]) == 0
    store_db.close()
    capsys.readouterr()
    return target


def _contact(capsys: pytest.CaptureFixture[str], office: str, no: str) -> dict[str, object]:
    code, out, err = call(capsys, "contact", "set", no, "city=", "--db", office, "--json")
    assert code == 0, err
    return dict(json.loads(out))


def test_set_changes_fields_and_prints_the_contact(capsys: pytest.CaptureFixture[str], office: str) -> None:
    code, out, err = call(
        capsys, "contact", "set", "ct000002", "city=Bergen", "phone_no=+47 55 00 00 00", "language_code=nb",
        "--db", office, "--json",
    )  # fmt: skip
    assert code == 0, err
    shown = json.loads(out)
    assert SET_KEYS <= set(shown)
    assert shown["no"] == "CT000002" and shown["city"] == "Bergen" and shown["language_code"] == "nb"
    assert shown["changed"] == ["city", "phone_no", "language_code"]
    code, out, _err = call(capsys, "contact", "set", "CT000002", "city=Bergen", "--db", office)
    assert (code, out.strip()) == (0, "CT000002: nothing changed")


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("email=kari@", "email 'kari@' is not a valid e-mail address"),
        ("language_code=xx", "language_code 'xx' does not exist"),
        ("privacy_blocked=maybe", "privacy_blocked: 'maybe' is not a valid value"),
        ("colour=red", "unknown field 'colour'"),
        ("city", "write FIELD=VALUE"),
    ],
)
def test_a_bad_value_exits_non_zero_naming_the_field_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], office: str, value: str, named: str
) -> None:
    before = _contact(capsys, office, "CT000002")
    code, out, err = call(capsys, "contact", "set", "CT000002", "phone_no=1234", value, "--db", office)
    assert code != 0 and out == ""
    assert named in err and len(err.strip().splitlines()) == 1, err
    assert _contact(capsys, office, "CT000002")["phone_no"] == before["phone_no"]


def test_classify_adds_and_removes_codes(capsys: pytest.CaptureFixture[str], office: str) -> None:
    code, out, err = call(
        capsys, "contact", "classify", "CT000001", "--industry-group", "retail", "--industry-group", "IT",
        "--mailing-group", "NEWS", "--business-relation", "CUST", "--db", office, "--json",
    )  # fmt: skip
    assert code == 0, err
    shown = json.loads(out)
    assert {"IT", "RETAIL"} <= set(shown["industry_groups"]) and "NEWS" in shown["mailing_groups"]
    assert set(shown) == {
        "no",
        "industry_groups",
        "business_relations",
        "mailing_groups",
        "job_responsibilities",
        "changed",
    }
    code, out, err = call(
        capsys, "contact", "classify", "CT000001", "--industry-group", "IT", "--remove", "--db", office
    )
    assert code == 0 and "1 code removed" in out, err
    code, out, err = call(
        capsys, "contact", "classify", "CT000001", "--industry-group", "RETAIL", "--db", office, "--json"
    )
    assert json.loads(out)["changed"] == 0 and "IT" not in json.loads(out)["industry_groups"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["CT000001", "--industry-group", "NOPE"], "industry group 'NOPE' does not exist"),
        (["CT000001", "--mailing-group", "NEWS", "--job-responsibility", "PURCH"], "contact CT000001 is a company"),
        (["CT000001", "--remove"], "name at least one code"),
        (["CT999999", "--mailing-group", "NEWS"], "contact 'CT999999' does not exist"),
    ],
)
def test_classify_refuses_with_one_line(
    capsys: pytest.CaptureFixture[str], office: str, args: list[str], message: str
) -> None:
    code, out, err = call(capsys, "contact", "classify", *args, "--db", office)
    assert code != 0 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1, err
