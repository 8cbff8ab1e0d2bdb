"""Fixture F of spec §4, on a real database: salespeople, templates T1–T3, companies C1/C2, persons P1–P4.

The spec's language DEU is Dutch here (nl): the languages ContactDesk ships are en, nl and nb.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from contactdesk.crm import contacts, templates
from contactdesk.crm.contact_data import ContactData
from contactdesk.store.enums import ContactType, CorrespondenceType, InformationFlow, InitiatedBy, WizardAction
from contactdesk.store.models import (
    BusinessRelation,
    ContactBusinessRelation,
    ContactIndustryGroup,
    IndustryGroup,
    InteractionGroup,
    InteractionLogEntry,
    Salesperson,
)

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "templates"
TODAY = date(2026, 11, 22)


@dataclass
class FixtureF:
    """Contact numbers of fixture F by their names in the spec."""

    C1: str
    C2: str
    P1: str
    P2: str
    P3: str
    P4: str


def _template(
    code: str,
    description: str,
    cost: str,
    channel: CorrespondenceType,
    ignore: bool,
    action: WizardAction = WizardAction.BLANK,
    minutes: int = 0,
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
            wizard_action=action,
        )
    )


def _contact(**values: object) -> str:
    return contacts.create_contact(ContactData(**values))  # type: ignore[arg-type]


@pytest.fixture
def fixture_f(database) -> FixtureF:  # type: ignore[no-untyped-def]
    """Fixture F (segment series SEG is seeded by the first migration)."""
    Salesperson.create(code="SP1", name="Sam Person", email="sp1@x.example")
    Salesperson.create(code="SP2", name="Sue Person")
    InteractionGroup.create(code="LETTER", description="Letters")
    _template("T1", "Spring mail", "2.50", CorrespondenceType.EMAIL, False, minutes=5)
    templates.set_template_attachment("T1", "", SAMPLES / "en" / "welcome_letter.docx")
    templates.set_template_attachment("T1", "nl", SAMPLES / "nl" / "welcome_letter.docx")
    _template("T2", "Printed letter", "1.00", CorrespondenceType.HARD_COPY, True)
    templates.set_template_attachment("T2", "en", SAMPLES / "en" / "follow_up.docx")
    # Merge once the default language has its document (a template refuses Merge without one).
    templates.save_template(replace(templates.get_template("T2"), wizard_action=WizardAction.MERGE), "T2")
    _template("T3", "Plain e-mail", "0.00", CorrespondenceType.EMAIL, False)
    for model, code in ((IndustryGroup, "RETAIL"), (IndustryGroup, "WHOLESALE"), (BusinessRelation, "CUST")):
        model.create(code=code, description=code.title())
    c1 = _contact(type=ContactType.COMPANY, name="Company One", city="Utrecht", country_code="NL")
    c2 = _contact(type=ContactType.COMPANY, name="Company Two", city="Oslo", country_code="NO")
    p1 = _contact(
        type=ContactType.PERSON,
        name="Piet Een",
        company_no=c1,
        email="p1@x.example",
        language_code="nl",
        correspondence_type=CorrespondenceType.EMAIL,
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
    p4 = _contact(type=ContactType.PERSON, name="Pam Four", salesperson_code="SP2")
    ids = {no: contacts._get_row(no).id for no in (c1, c2, p1, p2, p3, p4)}
    ContactIndustryGroup.create(contact=ids[c1], industry_group="RETAIL")
    ContactIndustryGroup.create(contact=ids[c2], industry_group="WHOLESALE")
    ContactBusinessRelation.create(contact=ids[c1], business_relation="CUST")
    InteractionLogEntry.create(
        entry_no=1,
        contact=ids[p4],
        contact_no=p4,
        date=date(2024, 5, 1),
        interaction_template="T2",
        interaction_group="LETTER",
        description="Old letter",
    )
    return FixtureF(c1, c2, p1, p2, p3, p4)
