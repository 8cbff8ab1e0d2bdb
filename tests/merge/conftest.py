"""Merge test data: a real database with contacts in the Netherlands, Norway and the UK whose names and
addresses carry the characters letters break on (&, <, ø, ĳ, emoji), and helpers to read .docx back."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from contactdesk.paths import sample_templates_dir
from contactdesk.store.enums import ContactType, CorrespondenceType
from contactdesk.store.models import CompanyInfo, Contact, Salesperson

TODAY = date(2026, 11, 22)
SAMPLES = sorted(sample_templates_dir().glob("*/*.docx"))


def _contact(no: str, name: str, kind: ContactType, **values: object) -> Contact:
    return Contact.create(no=no, name=name, type=int(kind), **values)


@pytest.fixture
def merge_data(database: object) -> Iterator[dict[str, Contact]]:
    """Our company in Amsterdam, a salesperson, and five contacts that exercise every letter path."""
    CompanyInfo.update(
        name="Van Dijk Kantoorinrichting B.V.",
        address="Keizersgracht 123",
        post_code="1015 CJ",
        city="Amsterdam",
        country_code="NL",
        phone_no="+31 20 555 0100",
        email="info@vandijk-kantoor.nl",
    ).execute()
    Salesperson.create(code="JV", name="Jan de Vries", job_title="Accountmanager", email="jan@vandijk.nl")
    Salesperson.create(code="IH", name="Ingrid Hansen", job_title="Salgssjef", email="ingrid@vandijk.no")
    smit = _contact(
        "CT000001",
        "Smit & Zn <b> B.V.",
        ContactType.COMPANY,
        company_name="Smit & Zn <b> B.V.",
        address="Damrak 1",
        post_code="1012 LG",
        city="Amsterdam",
        country_code="NL",
        language_code="nl",
        email="info@smit.nl",
        salesperson="JV",
        salutation_code="COMPANY",
    )
    ijs = _contact(
        "CT000002",
        "Ĳsbrand van 't Hoff",
        ContactType.PERSON,
        company=smit,
        company_name="Smit & Zn <b> B.V.",
        first_name="Ĳsbrand",
        surname="van 't Hoff",
        address="Damrak 1",
        post_code="1012 LG",
        city="Amsterdam",
        country_code="NL",
        language_code="nl",
        email="ijsbrand@smit.nl",
        salesperson="JV",
        salutation_code="PERSON",
    )
    oyvind = _contact(
        "CT000003",
        "Øyvind Ødegård",
        ContactType.PERSON,
        first_name="Øyvind",
        surname="Ødegård",
        address="Karl Johans gate 1",
        post_code="0150",
        city="Oslo",
        country_code="NO",
        language_code="nb",
        email="oyvind@example.no",
        salesperson="IH",
        salutation_code="PERSON",
    )
    emma = _contact(
        "CT000004",
        "Emma 😀 Brown",
        ContactType.PERSON,
        first_name="Emma 😀",
        surname="Brown",
        company_name="",
        address="1 High Street",
        post_code="SW1A 1AA",
        city="London",
        county="Greater London",
        country_code="GB",
        language_code="en",
        email="emma@example.co.uk",
        salutation_code="PERSON",
    )
    nowhere = _contact(
        "CT000005",
        "Klaus Weber",
        ContactType.PERSON,
        first_name="Klaus",
        surname="Weber",
        country_code="DE",
        language_code="de",
        salutation_code="PERSON",
    )
    yield {"smit": smit, "ijs": ijs, "oyvind": oyvind, "emma": emma, "nowhere": nowhere}


LINE = {
    "description": "Welcome letter",
    "subject": "Welcome & <hello>",
    "comment": "See you at the fair ø ĳ 😀",
    "correspondence_type": CorrespondenceType.HARD_COPY,
    "date": TODAY,
    "cost": Decimal("1234.5"),
}
SEGMENT = {"no": "SEG00012", "description": "Autumn mailing", "date": TODAY}


def document_text(data: bytes | Path) -> list[str]:
    """The paragraphs of a .docx as python-docx reads them."""
    source = io.BytesIO(data) if isinstance(data, bytes) else str(data)
    return [paragraph.text for paragraph in docx.Document(source).paragraphs]


def footer_text(data: bytes | Path) -> list[str]:
    """The first section's footer paragraphs."""
    source = io.BytesIO(data) if isinstance(data, bytes) else str(data)
    return [paragraph.text for paragraph in docx.Document(source).sections[0].footer.paragraphs]


def make_template(path: Path, *paragraphs: str | list[str]) -> Path:
    """A .docx made with python-docx; a list is one paragraph written as several runs."""
    document = docx.Document()
    for paragraph in paragraphs:
        runs = [paragraph] if isinstance(paragraph, str) else paragraph
        target = document.add_paragraph()
        for run in runs:
            target.add_run(run)
    document.save(str(path))
    return path


def part(data: bytes | Path, name: str) -> str:
    """One XML part of a package, as text."""
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    with zipfile.ZipFile(source) as package:
        return package.read(name).decode("utf-8")
