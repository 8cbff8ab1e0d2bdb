"""Fixture F of the spec (§4), cut to what single interactions need, on a real database with real .docx files.

Salespeople SP1 and SP2; group LETTER; templates T1 (E-mail, Merge, Word documents in en and nl),
T2 (Hard copy, ignores the contact's type, Merge, cost 1), T3 (E-mail, no document, no wizard action),
TOPEN (Open, no document) and TPHONE (no channel, no document). Company C1 with persons P1 (e-mail,
Dutch, E-mail) and P2 (no e-mail); standalone person P4 (salesperson SP2, no channel); a blocked person.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from tests.recorder import Recorder

from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.company_info import CompanyInfoData, save_company_info
from contactdesk.crm.contacts import ContactData, create_contact
from contactdesk.crm.salespeople import SalespersonData, save_salesperson
from contactdesk.crm.templates import TemplateData, get_template, save_template, set_template_attachment
from contactdesk.store.enums import ContactType, CorrespondenceType, InformationFlow, InitiatedBy, WizardAction

LETTER = [
    "{{ sender.name }}",
    "{{ contact.address_block }}",
    "{{ sender.city }}, {{ today }}",
    "{{ line.subject or line.description }}",
    "{{ salutation.formal }},",
    "Text for {{ contact.name }}.",
    "{{ salesperson.name }}",
]


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    """A real Word document with these paragraphs."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def read_docx(source: Path | bytes) -> list[str]:
    """The paragraphs of a Word document (a file, or its bytes as stored in the database)."""
    opened = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    return [paragraph.text for paragraph in docx.Document(opened).paragraphs]


@pytest.fixture
def docx_text() -> Callable[[Path | bytes], list[str]]:
    """Reads a Word document's paragraphs."""
    return read_docx


@pytest.fixture
def make_docx(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str = "letter.docx", paragraphs: list[str] | None = None) -> Path:
        return write_docx(tmp_path / name, paragraphs or LETTER)

    return make


@pytest.fixture
def scenario(database: object, tmp_path: Path) -> dict[str, str]:
    """Fixture F; returns the contact numbers by their spec names."""
    save_company_info(
        CompanyInfoData(
            name="Van Dijk & Zn",
            address="Keizersgracht 1",
            post_code="1015 CJ",
            city="Amsterdam",
            country_code="NL",
            phone_no="+31 20 555 0100",
        )
    )
    save_salesperson(SalespersonData("SP1", "Sanne Pieters", email="sp1@x.nl", job_title="Accountmanager"))
    save_salesperson(SalespersonData("SP2", "Simon Price", email="sp2@x.co.uk"))
    save_code("interaction_group", CodeData("LETTER", "Letters"))
    common: dict[str, Any] = {
        "interaction_group_code": "LETTER",
        "information_flow": InformationFlow.OUTBOUND,
        "initiated_by": InitiatedBy.US,
    }
    save_template(
        TemplateData(
            "T1",
            description="Spring mail",
            unit_cost=Decimal("2.50"),
            unit_duration=5,
            correspondence_type_default=CorrespondenceType.EMAIL,
            **common,
        )
    )
    for language in ("en", "nl"):
        set_template_attachment(
            "T1", language, write_docx(tmp_path / f"t1_{language}.docx", [f"[{language}]", *LETTER])
        )
    save_template(
        TemplateData(
            "T2",
            description="Hard copy letter",
            unit_cost=Decimal("1"),
            correspondence_type_default=CorrespondenceType.HARD_COPY,
            ignore_contact_corres_type=True,
            **common,
        )
    )
    set_template_attachment("T2", "en", write_docx(tmp_path / "t2.docx", ["[T2]", *LETTER]))
    # Merge once the default language has its document (a template refuses Merge without one).
    for code in ("T1", "T2"):
        save_template(replace(get_template(code), wizard_action=WizardAction.MERGE), code)
    save_template(
        TemplateData("T3", description="Empty mail", correspondence_type_default=CorrespondenceType.EMAIL, **common)
    )
    save_template(
        TemplateData(
            "TOPEN",
            description="Open me",
            wizard_action=WizardAction.OPEN,
            correspondence_type_default=CorrespondenceType.BLANK,
            **common,
        )
    )
    save_template(
        TemplateData(
            "TPHONE",
            description="Phone call",
            unit_cost=Decimal("0.50"),
            unit_duration=10,
            correspondence_type_default=CorrespondenceType.BLANK,
            **common,
        )
    )
    person = {"type": ContactType.PERSON}
    numbers = {
        "C1": create_contact(
            ContactData(
                type=ContactType.COMPANY,
                name="Bakker & Zonen <BV>",
                address="Dorpsstraat 1",
                post_code="3511 AB",
                city="Utrecht",
                country_code="NL",
                salesperson_code="SP1",
            )
        ),
    }
    numbers["P1"] = create_contact(
        ContactData(
            **person,
            name="Piet Bakker",
            first_name="Piet",
            surname="Bakker",
            company_no=numbers["C1"],
            email="p1@x.nl",
            language_code="nl",
            correspondence_type=CorrespondenceType.EMAIL,
            salesperson_code="SP1",
        )
    )
    numbers["P2"] = create_contact(
        ContactData(
            **person, name="Paula Visser", company_no=numbers["C1"], correspondence_type=CorrespondenceType.EMAIL
        )
    )
    numbers["P4"] = create_contact(
        ContactData(
            **person,
            name="Peter Jones",
            first_name="Peter",
            surname="Jones",
            address="1 High Street",
            post_code="SW1A 1AA",
            city="London",
            country_code="GB",
            salesperson_code="SP2",
            language_code="en",
        )
    )
    numbers["BLOCKED"] = create_contact(
        ContactData(**person, name="Bea Blocked", salesperson_code="SP1", privacy_blocked=True)
    )
    return numbers


@pytest.fixture(autouse=True)
def quiet_messages(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> dict[str, Recorder]:
    """No real message box may block a Qt test: questions answer No (closing a wizard asks one) unless a test says.

    Service tests stay free of Qt: nothing is imported for them.
    """
    if "qtbot" not in request.fixturenames:
        return {}
    from contactdesk.ui import messages

    recorders = {"confirm": Recorder(False), "warning": Recorder(), "information": Recorder()}
    for name, recorder in recorders.items():
        monkeypatch.setattr(messages, name, recorder)
    return recorders
