"""The import checks every row first, writes nothing until asked, and then writes in one transaction."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.errors import ImportFileError, ImportOutdatedError, ImportProblemsError, MissingSetupError
from contactdesk.crm.imports import check_import, read_source, run_import
from contactdesk.crm.validation import _plain_valid, email
from contactdesk.store import fulltext
from contactdesk.store.db import db
from contactdesk.store.models import Contact, MarketingSetup, Salesperson
from contactdesk.store.search import fold, search_text_for

DATA = Path(__file__).parents[1] / "data" / "import"


class Cancelled(Exception):
    """What the GUI's worker raises from the progress callback when the user presses Cancel."""


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """A database with the salespeople our sample files name."""
    for code in ("JV", "IH"):
        Salesperson.create(code=code, name=code)
    return database


def _names() -> list[str]:
    return [c.name for c in Contact.select().order_by(Contact.no)]


def _check(name: str):  # type: ignore[no-untyped-def]
    return check_import(read_source(DATA / name))


def test_every_problem_is_reported_with_row_and_column_and_nothing_is_written(office) -> None:  # type: ignore[no-untyped-def]
    check = _check("problems.csv")
    found = [(p.row, p.column, p.field, p.problem) for p in check.problems]
    assert found == [
        (3, "E-mail", "email", "invalid_email"),
        (4, "Name", "name", "required"),
        (5, "Salesperson Code", "salesperson_code", "unknown"),
        (6, "Country/Region Code", "country_code", "unknown"),
        (7, "Type", "type", "invalid"),
        (7, "Language Code", "language_code", "unknown"),
    ]
    assert check.bad_rows == [3, 4, 5, 6, 7]
    with pytest.raises(ImportProblemsError):
        run_import(check)
    assert _names() == []
    result = run_import(check, skip_bad=True)
    assert (result.imported, result.updated, result.skipped) == (1, 0, 5)
    assert _names() == ["Good Row"]
    assert {p["message"] for p in result.as_dict()["problems"]} >= {"Name must have a value"}  # type: ignore[union-attr]


def test_outlook_rows_link_to_companies_created_once(office) -> None:  # type: ignore[no-untyped-def]
    check = _check("outlook_windows1252.csv")
    assert check.problems == []
    assert check.new_companies == ["Harbour Supplies Ltd", "Waterbouw IJsselmeer B.V.", "Ødegård Byggevarer AS"]
    result = run_import(check)
    assert (result.imported, result.companies_created) == (5, 3)
    kari = Contact.get(Contact.email == "kari@odegard.no")
    per = Contact.get(Contact.email == "per@odegard.no")
    assert kari.company_id == per.company_id and kari.company_name == "Ødegård Byggevarer AS"
    assert (kari.country_code, kari.post_code, kari.city) == ("NO", "6004", "Ålesund")
    assert Contact.get(Contact.email == "emile.muller@example.be").country_code == "BE"  # "België"
    # Every contact carries the same search columns the contact card writes.
    for contact in Contact.select():
        assert contact.search_name == fold(contact.name)
        assert contact.search_text == search_text_for(
            contact.no,
            contact.name,
            contact.company_name,
            contact.city,
            contact.post_code,
            contact.email,
            contact.phone_no,
        )
    assert [row.name for row in contacts.list_contacts("ødegå")] == [
        "Kari Ødegård",
        "Per Hansen",
        "Ødegård Byggevarer AS",
    ]
    # Importing again links to the existing companies and finds every row a duplicate.
    again = _check("outlook_windows1252.csv")
    assert again.new_companies == [] and len(again.duplicates) == 5
    assert all(match.reason == "email" for match in again.duplicates)


def test_persons_link_to_an_existing_company_and_inherit_its_address(office) -> None:  # type: ignore[no-untyped-def]
    contacts.create_contact(
        ContactData(type=0, name="Visser Transport", address="Industrieweg 7", city="Utrecht", phone_no="030 123 4567")
    )
    check = _check("spreadsheet_semicolon.csv")
    assert check.new_companies == []
    run_import(check)
    anneke = Contact.get(Contact.email == "anneke@visser-transport.nl")
    assert anneke.company.name == "Visser Transport"
    assert anneke.phone_no == "030 123 4567"  # blank in the file: taken from the company


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("skip", (0, 0, 3)),
        ("update", (0, 3, 0)),
        ("add", (3, 0, 0)),
    ],
)
def test_duplicates_are_skipped_updated_or_added(office, choice: str, expected: tuple[int, int, int]) -> None:  # type: ignore[no-untyped-def]
    run_import(_check("google_utf16.csv"))
    before = Contact.select().count()
    Contact.update(job_title="Old title").where(Contact.email == "pieter@devries-bouw.nl").execute()
    check = _check("google_utf16.csv")
    assert [(d.row, d.reason, d.contact_name) for d in check.duplicates] == [
        (2, "email", "Ingrid Ødegård"),
        (3, "email", "Pieter de Vries"),
        (4, "email", "Ola Nordmann"),
    ]
    result = run_import(check, choice)
    assert (result.imported, result.updated, result.skipped) == expected
    assert Contact.select().count() == before + expected[0]
    pieter = Contact.select().where(Contact.email == "pieter@devries-bouw.nl").order_by(Contact.id).first()
    assert pieter.job_title == ("Directeur" if choice == "update" else "Old title")
    if choice == "update":
        assert pieter.version == 2


def test_duplicates_within_the_file_and_by_name_and_post_code(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    contacts.create_contact(ContactData(type=1, name="Anna Berg", post_code="1015 CJ", city="Amsterdam"))
    path = tmp_path / "dupes.csv"
    path.write_text(
        "Name,Post code,E-mail,City\nAnna Berg,1015CJ,,\nBob Dijk,,bob@dijk.nl,\nBob Dijk,,BOB@dijk.nl,Delft\n",
        encoding="utf-8",
    )
    check = check_import(read_source(path))
    assert [(d.row, d.reason, d.contact_no, d.other_row) for d in check.duplicates] == [
        (2, "name_post_code", "CT000001", None),
        (4, "email", "", 3),
    ]
    result = run_import(check, "update")
    assert (result.imported, result.updated) == (1, 2)
    bob = Contact.get(Contact.name == "Bob Dijk")
    assert bob.city == "Delft"  # the later row filled in the earlier one


def test_our_numbers_are_kept_and_the_series_moves_past_them(office) -> None:  # type: ignore[no-untyped-def]
    run_import(_check("contactdesk_utf8_bom.csv"))
    assert [c.no for c in Contact.select().order_by(Contact.no)][:2] == ["CT000101", "CT000102"]
    kari = Contact.get(Contact.no == "CT000102")
    assert kari.company.no == "CT000101" and kari.uid.endswith("000000000102")
    assert Contact.get(Contact.no == "CT000105").job_title == "=Director"
    assert contacts.create_contact(ContactData(type=1, name="Next One")) == "CT000106"


def test_a_file_without_any_name_column_is_refused(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = read_source(DATA / "spreadsheet_semicolon.csv")
    with pytest.raises(ImportFileError) as raised:
        check_import(source, {2: "email"})
    assert raised.value.problem == "no_name_column"


def test_changes_after_the_check_make_the_import_refuse(office) -> None:  # type: ignore[no-untyped-def]
    check = _check("google_new_utf8.csv")
    contacts.create_contact(ContactData(type=1, name="Someone Else"))
    with pytest.raises(ImportOutdatedError):
        run_import(check)
    assert _names() == ["Someone Else"]


def test_a_missing_contact_series_is_reported_before_anything_is_written(office) -> None:  # type: ignore[no-untyped-def]
    MarketingSetup.update(contact_nos="").execute()
    with pytest.raises(MissingSetupError):
        _check("google_new_utf8.csv")


def test_cancel_rolls_everything_back(office) -> None:  # type: ignore[no-untyped-def]
    check = _check("outlook_windows1252.csv")

    def report(done: int) -> None:
        if done:
            raise Cancelled()

    with pytest.raises(Cancelled):
        run_import(check, progress=report)
    assert _names() == []
    if fulltext.available():  # SQLite's trigram table: emptied again, and its insert trigger is back
        assert db.execute_sql(f"SELECT count(*) FROM {fulltext.TABLE}").fetchone() == (0,)
        assert db.execute_sql("SELECT count(*) FROM sqlite_master WHERE name='contact_fts_insert'").fetchone() == (1,)


def test_vcards_of_both_versions_import_with_their_companies(office) -> None:  # type: ignore[no-untyped-def]
    run_import(_check("contacts_vcard30.vcf"))
    check = _check("contacts_vcard40.vcf")
    assert check.duplicates == [] and check.new_companies == []  # Åse's company came with the 3.0 file
    run_import(check, "skip")
    aase = Contact.get(Contact.email == "aase@odegard.no")
    assert aase.company.name == "Ødegård Byggevarer AS" and aase.mobile_phone_no == "+47-915-00-000"
    assert aase.uid == "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1" and aase.language_code == "nb"
    assert Contact.select().where(Contact.name == "Ødegård Byggevarer AS").count() == 1


def test_plain_email_shortcut_agrees_with_the_full_check() -> None:
    pieces = [
        "a",
        "Z",
        "0",
        "_",
        "%",
        "+",
        "-",
        ".",
        "..",
        "@",
        "xn--",
        "--",
        ".test",
        ".local",
        ".arpa",
        ".nl",
        "co.uk",
        "é",
        "ø",
        " ",
        "'",
        "!",
        "1",
        ".123",
        ".c",
        "x" * 63,
        "\t",
        ".-",
        "-.",
    ]
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7))) + rng.choice(["@ab.nl", "", ".nl"])
        if _plain_valid(text):
            assert email("email", text) is None and _full_check(text), text
    assert email("email", "jan.devries@vandijk-kantoor.nl") is None
    assert email("email", "jan@localhost.local") is not None


def _full_check(text: str) -> bool:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def test_a_person_above_its_company_row_is_linked_to_it(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "order.csv"
    path.write_text(
        "Type;Name;Company Name;Address;City\nPerson;Anna Berg;Berg Bouw;;\nCompany;Berg Bouw;;Dorpsstraat 1;Delft\n",
        encoding="utf-8",
    )
    check = check_import(read_source(path))
    assert check.problems == [] and check.new_companies == []
    assert run_import(check).companies_created == 0
    anna, company = Contact.get(Contact.name == "Anna Berg"), Contact.get(Contact.name == "Berg Bouw")
    assert anna.company_id == company.id and company.id < anna.id  # companies are written first
    assert (anna.company_name, anna.address, anna.city) == ("Berg Bouw", "Dorpsstraat 1", "Delft")


def test_a_file_changed_after_it_was_read_is_refused(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "moving.csv"
    path.write_text("Name;City\nAnna Berg;Delft\n", encoding="utf-8")
    source = read_source(path)
    path.write_text("Name;City\nAnna Berg;Leiden\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as raised:
        check_import(source)
    assert raised.value.problem == "changed"
    assert _names() == []
