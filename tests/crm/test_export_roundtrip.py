"""Export to CSV and vCard, and import the file back: the same contacts come out."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from tests import engines

from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.contacts import create_contact
from contactdesk.crm.demo import load_demo
from contactdesk.crm.errors import ExportFileError, NotFoundError
from contactdesk.crm.exports import SEARCH, SEGMENT, ExportScope, count_contacts, export_contacts
from contactdesk.crm.imports import check_import, read_source, run_import
from contactdesk.store.db import db
from contactdesk.store.models import Segment, SegmentLine
from contactdesk.store.opening import open_database

COLUMNS = (
    "no, uid, type, name, name_2, first_name, middle_name, surname, initials, job_title, company_name, address, "
    "address_2, post_code, city, county, country_code, phone_no, mobile_phone_no, email, email_2, home_page, "
    "vat_registration_no, salesperson_id, territory_code, language_code, correspondence_type, salutation_code, "
    "exclude_from_segment, privacy_blocked, minor, parental_consent_received, search_name, search_text, "
    "(SELECT c.no FROM contact c WHERE c.id = contact.company_id) AS company_number"
)


def _contacts() -> list[tuple[object, ...]]:
    """Every contact of the bound database, column by column (through the engine in use)."""
    return [tuple(row) for row in db.execute_sql(f"SELECT {COLUMNS} FROM contact ORDER BY contact.no").fetchall()]


def _odd_contact() -> None:
    """Values that test escaping: separators, quotes, line breaks, formulas, non-ASCII."""
    create_contact(
        ContactData(
            type=1,
            name='Åse "Ås" Ødegård; Jr.',
            first_name="Åse",
            surname="Ødegård",
            address="Strandgata 1,\nbakgården",
            post_code="0150",
            city="Oslo",
            country_code="NO",
            phone_no="+47 22 00 00 00",
            job_title="=1+2",
            email="aase@odegard.no",
            home_page="https://odegard.no/a,b;c",
            exclude_from_segment=True,
            minor=True,
        )
    )


@pytest.mark.parametrize(
    ("name", "version"), [("contacts.csv", "3.0"), ("contacts.vcf", "3.0"), ("contacts.vcf", "4.0")]
)
def test_export_then_import_gives_the_same_contacts(demo_database, tmp_path: Path, name: str, version: str) -> None:  # type: ignore[no-untyped-def]
    _odd_contact()
    target = tmp_path / name
    assert export_contacts(target, vcard_version=version) == 121
    exported = _contacts()
    copy = engines.new_database(tmp_path, "copy")
    try:
        open_database(copy, create=True)
        load_demo(contacts=0)
        check = check_import(read_source(target))
        assert check.problems == [] and check.new_companies == []
        result = run_import(check)
        assert (result.imported, result.skipped) == (121, 0)
        assert _contacts() == exported
        again = check_import(read_source(target))
        assert len(again.duplicates) == 121 and all(match.reason == "uid" for match in again.duplicates)
    finally:
        db.close()
        engines.drop_database(copy)


def test_csv_is_excel_friendly(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _odd_contact()
    target = tmp_path / "excel.csv"
    export_contacts(target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfNo.;Type;Name;") and b"\r\n" in raw
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert rows[0]["Name"] == 'Åse "Ås" Ødegård; Jr.' and rows[0]["Address"] == "Strandgata 1,\nbakgården"
    # Nothing a spreadsheet would run as a formula.
    assert rows[0]["Job Title"] == "'=1+2" and rows[0]["Phone No."] == "'+47 22 00 00 00"
    assert (rows[0]["Type"], rows[0]["Exclude from Segment"], rows[0]["Post Code"]) == ("Person", "Yes", "0150")
    comma = tmp_path / "uk.csv"
    export_contacts(comma, delimiter=",")
    assert comma.read_bytes().startswith(b"\xef\xbb\xbfNo.,Type,")
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    assert list(tmp_path.glob(".*part")) == []


def _umask() -> int:
    import os

    current = os.umask(0)
    os.umask(current)
    return current


def test_vcard_escapes_and_folds(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _odd_contact()
    target = tmp_path / "card.vcf"
    export_contacts(target, vcard_version="4.0")
    text = target.read_bytes().decode("utf-8")
    assert 'FN:Åse "Ås" Ødegård\\; Jr.\r\n' in text and "KIND:individual" in text
    assert "ADR;TYPE=work:;;Strandgata 1\\,\\nbakgården;Oslo;;0150;Norway\r\n" in text
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))


def test_search_and_segment_scopes(demo_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    segment = Segment.select().join(SegmentLine).distinct().order_by(Segment.no).first()
    on_segment = {line.contact_id for line in SegmentLine.select().where(SegmentLine.segment == segment.id)}
    scope = ExportScope(SEGMENT, segment_no=segment.no)
    assert count_contacts(scope) == len(on_segment)
    assert export_contacts(tmp_path / "segment.csv", scope) == len(on_segment)
    create_contact(ContactData(type=1, name="Kari Ødegårdsvåg", email="kari@odegard.no"))
    search = ExportScope(SEARCH, query="ØDEGÅRDSV")
    assert export_contacts(tmp_path / "found.vcf", search) == 1
    assert "FN:Kari Ødegårdsvåg" in (tmp_path / "found.vcf").read_text(encoding="utf-8")
    with pytest.raises(NotFoundError):
        export_contacts(tmp_path / "none.csv", ExportScope(SEGMENT, segment_no="NOPE"))


def test_export_refusals_leave_no_file(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ExportFileError) as raised:
        export_contacts(tmp_path / "contacts.xlsx")
    assert raised.value.problem == "unsupported"
    with pytest.raises(ExportFileError) as raised:
        export_contacts(tmp_path / "missing-folder" / "contacts.csv")
    assert raised.value.problem == "unwritable"
    assert [path.name for path in tmp_path.iterdir() if "sqlite" not in path.name] == []
