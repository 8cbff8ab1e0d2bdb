"""`contactdesk segment add-contacts | reduce | refine`: a segment built by criteria from a script (issue 12 §5)."""

from __future__ import annotations

import json

import pytest
from tests import engines
from tests.cli_run import call as _call

from contactdesk.crm import classification, contacts, criteria, segment_lines, segments
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_data import ContactData
from contactdesk.store import db as store_db
from contactdesk.store.enums import ContactType
from contactdesk.store.opening import OpenedDatabase


def _contact(name: str, country: str = "", company: str = "") -> str:
    kind = ContactType.PERSON if company else ContactType.COMPANY
    return contacts.create_contact(ContactData(type=kind, name=name, country_code=country, company_no=company))


def _classify(no: str, kind: str, code: str) -> None:
    # Classified as the card and `contact classify` do it.
    classification.add_codes(no, kind, [code])


@pytest.fixture
def office(database: OpenedDatabase) -> dict[str, str]:
    """Retail in Norway and the Netherlands, a Norwegian bank; purchasers and others. The segment is new."""
    save_code("industry_group", CodeData("RETAIL", "Retail"))
    save_code("industry_group", CodeData("FINANCE", "Finance"))
    save_code("job_responsibility", CodeData("PURCH", "Purchasing"))
    save_code("job_responsibility", CodeData("FIN", "Finance"))
    made = {
        "nordic": _contact("Nordic Retail AS", "NO"),
        "bergen": _contact("Bergen Shop AS", "NO"),
        "dutch": _contact("Dutch Retail BV", "NL"),
        "bank": _contact("Oslo Bank ASA", "NO"),
    }
    for company in ("nordic", "bergen", "dutch"):
        _classify(made[company], "industry_group", "RETAIL")
    _classify(made["bank"], "industry_group", "FINANCE")
    for person, company, task in (
        ("kari", "nordic", "PURCH"),
        ("ola", "nordic", "FIN"),
        ("per", "bergen", "PURCH"),
        ("jan", "dutch", "PURCH"),
        ("ingrid", "bank", "PURCH"),
    ):
        made[person] = _contact(person.title(), company=made[company])
        _classify(made[person], "job_responsibility", task)
    made["segment"] = segments.create_segment("Norwegian retail purchasers")
    store_db.close()
    return made


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, int]:
    code, out, err = _call(capsys, "segment", *args, "--db", engines.current, "--json")
    assert code == 0, err
    result: dict[str, int] = json.loads(out)
    return result


def _on_segment(no: str) -> set[str]:
    with engines.opened(engines.current):
        return {line.contact_no for line in segment_lines.list_lines(no, limit=-1)}


def test_retail_companies_in_norway_and_their_purchasing_persons(
    office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    no = office["segment"]
    retail_in_norway = ("--industry-group", "retail", "--where", "country=NO")
    # The two Norwegian retail companies and all their persons.
    added = _json(capsys, "add-contacts", no, *retail_in_norway, "--expand-companies")
    assert added == {"added": 5, "lines": 5}
    # Keep the purchasers only: the companies and Ola (finance) go.
    assert _json(capsys, "refine", no, "--job-responsibility", "PURCH") == {"removed": 3, "lines": 2}
    # And the companies themselves again.
    assert _json(capsys, "add-contacts", no, *retail_in_norway, "--where", "type=Company") == {"added": 2, "lines": 4}
    want = {office[key] for key in ("nordic", "bergen", "kari", "per")}
    assert _on_segment(no) == want
    # Each command is one recorded criteria action, with its filters: Go back undoes the last.
    with engines.opened(engines.current):
        actions = criteria.list_actions(no)
        assert len(actions) == 3
        assert {(f.source, f.field, f.expr) for f in actions[0].request.filters} == {
            ("industry_group", "industry_group_code", "retail"),
            ("contact", "country_code", "NO"),
        }
        assert actions[0].request.options.expand_companies
        criteria.go_back(no)
    assert _on_segment(no) == {office["kari"], office["per"]}


def test_reduce_a_contact_field_and_an_action_that_changes_nothing_still_counts(
    office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    no = office["segment"]
    assert _json(capsys, "add-contacts", no, "--where", "type=company") == {"added": 4, "lines": 4}
    assert _json(capsys, "reduce", no, "--where", "country=NL") == {"removed": 1, "lines": 3}
    assert _json(capsys, "reduce", no, "--where", "name=*Bank*", "--where", "city=Oslo") == {"removed": 0, "lines": 3}
    assert _json(capsys, "add-contacts", no, "--where", "post_code=''", "--allow-existing") == {
        "added": 9,
        "lines": 12,
    }
    with engines.opened(engines.current):
        assert len(criteria.list_actions(no)) == 4


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--where", "colour=red"), "--where colour: no such contact field"),
        (("--where", "Oslo"), "FIELD=VALUE"),
        (("--industry-group", "RETAILX"), "--industry-group: 'RETAILX' does not exist"),
        (("--where", "country=ZZ"), "--where country: 'ZZ' does not exist"),
        (("--where", "salesperson_code=NOBODY"), "--where salesperson: 'NOBODY' does not exist"),
        (("--where", "type=robot"), "--where type: 'robot' is not a valid value"),
        (("--job-responsibility", "PURCH|NOPE"), "--job-responsibility: 'NOPE' does not exist"),
    ],
)
def test_an_unknown_field_or_bad_value_is_one_line_and_changes_nothing(
    office: dict[str, str], capsys: pytest.CaptureFixture[str], args: tuple[str, ...], named: str
) -> None:
    no = office["segment"]
    code, out, err = _call(capsys, "segment", "add-contacts", no, *args, "--db", engines.current, "--json")
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert named in err
    with engines.opened(engines.current):
        assert criteria.list_actions(no) == [] and segment_lines.count_lines(no) == 0


def test_a_segment_that_does_not_exist_is_one_line(office: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _call(capsys, "segment", "refine", "SEG99999", "--db", engines.current, "--where", "city=Oslo")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "SEG99999" in err
