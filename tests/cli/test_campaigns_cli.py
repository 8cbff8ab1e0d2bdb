"""Campaigns on the command line (issue 12 §5), and the issue's "done when" run from an empty database:
industry groups set up, contacts classified, "all RETAIL companies in Norway and their purchasing persons"
put on a segment of a campaign, logged, and the campaign's entries and statistics read back."""

from __future__ import annotations

import json

import pytest
from tests import engines
from tests.campaign_office import make_office
from tests.cli_run import call

from contactdesk.crm import criteria
from contactdesk.crm.criteria import CriteriaOptions, CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.store.db import close
from contactdesk.store.enums import CriteriaAction
from contactdesk.store.opening import OpenedDatabase, open_database


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = call(capsys, *args, "--db", engines.current)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def office(database: OpenedDatabase) -> dict[str, str]:
    """The campaign office (tests/campaign_office.py), closed again so the commands open it themselves."""
    made = make_office()
    close()
    return made


def _add(segment: str, *filters: Filter) -> int:
    open_database(engines.current)
    try:
        request = CriteriaRequest(CriteriaAction.ADD, filters, CriteriaOptions())
        return criteria.run(segment, request).added
    finally:
        close()


def test_a_campaign_from_an_empty_office_to_its_entries_and_statistics(
    office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    made = _json(
        capsys,
        "campaign",
        "new",
        "--description",
        "Retail Norway",
        "--starting-date",
        "2026-03-01",
        "--ending-date",
        "2026-05-31",
        "--json",
    )
    assert made == {"no": "CP0001"}
    segment = _json(
        capsys,
        "segment",
        "new",
        "--description",
        "Retail Norway",
        "--template",
        "CALL",
        "--campaign",
        "CP0001",
        "--campaign-target",
        "--json",
    )
    assert segment["campaign"] == "CP0001"  # type: ignore[index]
    retail, norway = Filter("industry_group", "industry_group_code", "RETAIL"), Filter("contact", "country_code", "NO")
    assert _add(segment["no"], retail, norway, Filter("contact", "type", "company")) == 2  # type: ignore[index]
    purchasing = Filter("job_responsibility", "job_responsibility_code", "PURCH")
    assert _add(segment["no"], retail, norway, purchasing) == 2  # type: ignore[index]
    logged = _json(capsys, "segment", "log", segment["no"], "--json")  # type: ignore[index]
    assert logged["entries"] == 4  # type: ignore[index]
    code, out, err = call(capsys, "campaign", "activate", "cp0001", "--db", engines.current)
    assert (code, err) == (0, "") and out.startswith("Campaign CP0001 is now activated (2 in its target group)")
    single = _json(
        capsys,
        "interaction",
        "log",
        "--contact",
        office["anna"],
        "--template",
        "CALL",
        "--campaign",
        "CP0001",
        "--json",
    )
    assert single["entry_no"] == 5  # type: ignore[index]
    shown = _json(capsys, "campaign", "show", "CP0001", "--json")
    assert shown["statistics"] == {  # type: ignore[index]
        "interactions": 5,
        "cost": "10.00",
        "duration": 75,
        "targets_contacted": 4,
        "contacts_responded": 0,
    }
    assert shown["target_group"] == [office["fjord"], office["nordlys"]]  # type: ignore[index]
    entries = shown["entries"]  # type: ignore[index]
    assert [(e["segment_no"], e["interactions"], e["canceled"]) for e in entries] == [
        ("", 1, False),
        (segment["no"], 4, False),  # type: ignore[index]
    ]
    (listed,) = _json(capsys, "campaign", "list", "--json")  # type: ignore[misc]
    assert {key: listed[key] for key in ("no", "description", "starting_date", "ending_date", "activated")} == {
        "no": "CP0001",
        "description": "Retail Norway",
        "starting_date": "2026-03-01",
        "ending_date": "2026-05-31",
        "activated": True,
    }
    assert listed["status"] == "" and listed["interactions"] == 5 and listed["campaign_entries"] == 2
    info = _json(capsys, "info", "--json")
    assert (info["campaigns"], info["campaign_entries"]) == (1, 2)  # type: ignore[index]
    code, out, _err = call(capsys, "campaign", "deactivate", "CP0001", "--db", engines.current)
    assert code == 0 and "is no longer activated (2 left its target group)" in out
    assert _json(capsys, "campaign", "show", "CP0001", "--json")["target_group"] == []  # type: ignore[index]


def test_campaign_commands_refuse_in_one_line(database: OpenedDatabase, capsys: pytest.CaptureFixture[str]) -> None:
    close()
    db = ("--db", engines.current)
    code, _out, err = call(capsys, "campaign", "activate", "CP9999", *db)
    assert code == 1 and err.count("\n") == 1 and "CP9999" in err and "Traceback" not in err
    code, _out, err = call(capsys, "campaign", "new", "--description", "X", "--starting-date", "1 May", *db)
    assert code == 2 and "--starting-date must look like 2026-11-22" in err
    code, _out, err = call(
        capsys,
        "campaign",
        "new",
        "--description",
        "X",
        "--starting-date",
        "2026-05-01",
        "--ending-date",
        "2026-04-01",
        *db,
    )
    assert code == 1 and "ending_date: before_start" in err
    code, _out, err = call(capsys, "segment", "new", "--description", "X", "--campaign-target", *db)
    assert code == 2 and "--campaign-target needs --campaign" in err
    code, _out, err = call(capsys, "segment", "new", "--description", "X", "--campaign", "CP9999", *db)
    assert code == 1 and "campaign_no: unknown" in err
    assert _json(capsys, "campaign", "list", "--json") == []
