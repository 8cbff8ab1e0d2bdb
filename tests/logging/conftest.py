"""Fixture F of spec §4 for logging, on a real database with real Word templates.

Salespeople SP1/SP2; group LETTER; T1 (E-mail, 2.50, 5 min, Outbound/Us, Word documents in en and
nl), T2 (Hard copy, ignores the contact's channel, cost 1, one document), T3 (E-mail, no document).
Company C1 (address, no e-mail) with persons P1 (e-mail, Dutch, E-mail) and P2 (no e-mail, E-mail);
company C2 with person P3 (Hard copy, excluded from segments); standalone person P4 (salesperson SP2,
no channel, an English address). Every message box a Qt test meets is answered by the test.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from tests.recorder import Recorder

from contactdesk.crm import contacts, segments, templates
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.salespeople import SalespersonData, save_salesperson
from contactdesk.store.enums import ContactType, CorrespondenceType, InformationFlow, InitiatedBy
from contactdesk.store.models import InteractionLogEntry, LoggedSegment, Segment, SegmentLine

TODAY = date(2026, 11, 22)
LETTER = [
    "{{ contact.address_block }}",
    "{{ salutation.formal }},",
    "{{ line.description }} for {{ contact.name }}.",
    "Entry {{ interaction.entry_no }}. {{ line.comment }}",
    "{{ salesperson.name }}",
]


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    """A real Word document with these paragraphs."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def read_docx(source: Path | bytes) -> str:
    """The text of a Word document (a file, or its bytes as stored in the database)."""
    opened = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    return "\n".join(paragraph.text for paragraph in docx.Document(opened).paragraphs)


@dataclass
class F:
    """Contact numbers of fixture F by their names in the spec, and a helper to make segments."""

    C1: str
    C2: str
    P1: str
    P2: str
    P3: str
    P4: str
    made: list[str] = field(default_factory=list)

    def segment(
        self, *names: str, template: str = "T1", description: str = "Spring", salesperson: str | None = "SP1"
    ) -> str:
        """A segment dated TODAY with lines for the named contacts (added by hand, in this order)."""
        no = segments.create_segment(description, template, salesperson, TODAY)
        from contactdesk.crm import segment_lines

        for name in names:
            segment_lines.add_contacts_by_hand(no, [getattr(self, name)])
        self.made.append(no)
        return no


def _template(
    code: str, description: str, cost: str, channel: CorrespondenceType, ignore: bool, minutes: int = 0
) -> None:
    templates.save_template(
        templates.TemplateData(
            code=code,
            interaction_group_code="LETTER",
            description=description,
            unit_cost=Decimal(cost),
            unit_duration=minutes,
            information_flow=InformationFlow.OUTBOUND,
            initiated_by=InitiatedBy.US,
            correspondence_type_default=channel,
            ignore_contact_corres_type=ignore,
        )
    )


def _contact(**values: Any) -> str:
    return contacts.create_contact(ContactData(**values))


@pytest.fixture
def f(database: Any, tmp_path: Path) -> F:
    """Fixture F on a fresh database (segment series SEG and logged series LSEG are seeded)."""
    save_salesperson(SalespersonData("SP1", "Sam Person", email="sp1@x.example"))
    save_salesperson(SalespersonData("SP2", "Sue Person"))
    save_code("interaction_group", CodeData("LETTER", "Letters"))
    _template("T1", "Spring mail", "2.50", CorrespondenceType.EMAIL, False, minutes=5)
    templates.set_template_attachment("T1", "", write_docx(tmp_path / "t1.docx", ["[en]", *LETTER]))
    templates.set_template_attachment("T1", "nl", write_docx(tmp_path / "t1nl.docx", ["[nl]", *LETTER]))
    _template("T2", "Printed letter", "1.00", CorrespondenceType.HARD_COPY, True)
    templates.set_template_attachment("T2", "", write_docx(tmp_path / "t2.docx", ["[T2]", *LETTER]))
    _template("T3", "Plain e-mail", "0.00", CorrespondenceType.EMAIL, False)
    address = {"address": "Dorpsstraat 1", "post_code": "3511 AB", "city": "Utrecht", "country_code": "NL"}
    c1 = _contact(type=ContactType.COMPANY, name="Company One", **address)
    c2 = _contact(type=ContactType.COMPANY, name="Company Two", city="Oslo", country_code="NO")
    p1 = _contact(
        type=ContactType.PERSON,
        name="Piet Een",
        company_no=c1,
        email="p1@x.example",
        language_code="nl",
        correspondence_type=CorrespondenceType.EMAIL,
        **address,
    )
    p2 = _contact(
        type=ContactType.PERSON, name="Paula Twee", company_no=c1, correspondence_type=CorrespondenceType.EMAIL
    )
    p3 = _contact(
        type=ContactType.PERSON,
        name="Per Tre",
        company_no=c2,
        correspondence_type=CorrespondenceType.HARD_COPY,
        exclude_from_segment=True,
    )
    p4 = _contact(
        type=ContactType.PERSON,
        name="Pam Four",
        salesperson_code="SP2",
        address="1 High Street",
        post_code="SW1A 1AA",
        city="London",
        country_code="GB",
        language_code="en",
    )
    return F(c1, c2, p1, p2, p3, p4)


def counts() -> dict[str, int]:
    """What logging writes and removes, counted."""
    return {
        "entries": InteractionLogEntry.select().count(),
        "logged": LoggedSegment.select().count(),
        "segments": Segment.select().count(),
        "lines": SegmentLine.select().count(),
    }


@pytest.fixture(autouse=True)
def quiet_messages(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> dict[str, Recorder]:
    """Qt tests: questions answer Yes unless a test says otherwise; warnings and notes are recorded."""
    if "qtbot" not in request.fixturenames:
        return {}
    from contactdesk.ui import messages

    recorders = {"confirm": Recorder(True), "warning": Recorder(), "information": Recorder(), "error": Recorder()}
    for name, recorder in recorders.items():
        monkeypatch.setattr(messages, name, recorder)
    return recorders
