"""Import and export carry industry groups, business relations, mailing groups and job responsibilities."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import engines
from tests.classified_copies import codes_after_import, codes_by_no
from tests.cli_run import call

from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_class_kinds import INDUSTRY_GROUP, MAILING_GROUP
from contactdesk.crm.contact_classes import codes_by_id
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.contacts import create_contact
from contactdesk.crm.demo import load_demo
from contactdesk.crm.errors import ImportProblemsError
from contactdesk.crm.exports import export_contacts
from contactdesk.crm.imports import check_import, read_source, run_import
from contactdesk.crm.imports.results import UnknownCode
from contactdesk.store.db import db
from contactdesk.store.models import Contact, IndustryGroup, MailingGroup
from contactdesk.store.opening import open_database

HEADER = "Name;Type;City;Post Code;Industry groups;Mailing groups;Job responsibilities\r\n"


def _file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "classified.csv"
    path.write_text(HEADER + "".join(row + "\r\n" for row in rows), encoding="utf-8")
    return path


def _setup() -> None:
    load_demo(contacts=0)  # number series, and the sample codes (RETAIL, NEWS, …)


def test_export_then_import_into_a_new_database_keeps_the_classification(demo_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = codes_by_no()
    assert any(codes.get(INDUSTRY_GROUP) for codes in before.values())
    assert any(codes.get(MAILING_GROUP) for codes in before.values())
    target = tmp_path / "contacts.csv"
    export_contacts(target)
    header = target.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.endswith(";UID;Industry groups;Business relations;Mailing groups;Job responsibilities")
    assert codes_after_import(tmp_path, target) == before


def test_unknown_codes_are_problems_with_row_and_column_and_listed_once(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _setup()
    path = _file(
        tmp_path,
        "Hansen AS;Company;Oslo;5000;RETAIL; FISH ;",
        "Berg AS;Company;Bergen;5000;fish;news;",
        "Kari Berg;Person;Bergen;5000;;NEWS;BUYER",
    )
    check = check_import(read_source(path))
    assert [(p.row, p.column, p.field, p.problem, p.value) for p in check.problems] == [
        (2, "Mailing groups", "mailing_groups", "unknown", "FISH"),
        (3, "Industry groups", "industry_groups", "unknown", "FISH"),
        (4, "Job responsibilities", "job_responsibilities", "unknown", "BUYER"),
    ]
    assert check.unknown_codes == [
        UnknownCode(INDUSTRY_GROUP, "FISH", 1, 3),
        UnknownCode(MAILING_GROUP, "FISH", 1, 2),
        UnknownCode("job_responsibility", "BUYER", 1, 4),
    ]
    with pytest.raises(ImportProblemsError):
        run_import(check)
    # Create only the industry group the user ticked: the other unknown codes stay problems of their rows.
    chosen = check_import(read_source(path), create_codes={(INDUSTRY_GROUP, "fish")})
    assert [p.row for p in chosen.problems] == [2, 4]
    result = run_import(chosen, skip_bad=True)
    assert (result.imported, result.skipped, result.codes_created) == (1, 2, 1)
    assert IndustryGroup.get_or_none(IndustryGroup.code == "FISH") is not None
    assert MailingGroup.get_or_none(MailingGroup.code == "FISH") is None
    berg = Contact.get(Contact.name == "Berg AS")
    assert codes_by_id([berg.id])[berg.id] == {INDUSTRY_GROUP: ["FISH"], MAILING_GROUP: ["NEWS"]}


def test_create_all_codes_and_a_duplicate_update_adds_to_the_contact_s_codes(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _setup()
    save_code("mailing_group", CodeData("XMAS2", "Cards"))
    no = create_contact(ContactData(type=0, name="Hansen AS", city="Oslo", post_code="5000"))
    path = _file(tmp_path, "Hansen AS;Company;Oslo;5000;RETAIL;XMAS2;", "Kari Berg;Person;Bergen;5000;;NEWS;BUYER;")
    check = check_import(read_source(path), create_codes=True)
    assert check.problems == [] and [c.code for c in check.unknown_codes] == ["BUYER"]
    result = run_import(check, "update")
    assert (result.imported, result.updated, result.codes_created) == (1, 1, 1)
    codes = codes_by_no()
    assert codes[no] == {INDUSTRY_GROUP: ["RETAIL"], MAILING_GROUP: ["XMAS2"]}
    kari = Contact.get(Contact.name == "Kari Berg")
    assert codes[str(kari.no)] == {MAILING_GROUP: ["NEWS"], "job_responsibility": ["BUYER"]}
    again = run_import(check_import(read_source(path), create_codes=True), "update")
    assert again.updated == 2 and codes_by_no()[no] == codes[no], "a link the contact has is kept once"


def test_the_command_line_creates_codes_only_when_asked(database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _setup()
    db.close()
    path = _file(tmp_path, "Kari Berg;Person;Bergen;5000;;NEWS;BUYER")
    status, out, _err = call(capsys, "import-contacts", str(path), "--db", engines.current, "--json")
    assert status == 1 and '"column": "Job responsibilities"' in out and "BUYER" in out
    status, out, _err = call(capsys, "import-contacts", str(path), "--db", engines.current, "--create-codes")
    assert status == 0 and "1 code created" in out, out
    open_database(engines.current)
    kari = Contact.get(Contact.name == "Kari Berg")
    assert codes_by_id([kari.id])[kari.id]["job_responsibility"] == ["BUYER"]
