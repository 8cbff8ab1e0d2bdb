"""New contacts take Marketing Setup's defaults where their own value is blank (issue 12 §3.8, spec 1.2)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.office_defaults import set_office_defaults

from contactdesk.crm.contacts import ContactData, create_contact, get_contact, update_contact
from contactdesk.store.enums import ContactType, CorrespondenceType

pytestmark = pytest.mark.usefixtures("database")


@pytest.fixture
def office_defaults(database: object) -> None:
    set_office_defaults()


def _defaults(no: str) -> tuple[str, str, str, int, str]:
    data = get_contact(no)
    return (
        data.salesperson_code,
        data.country_code,
        data.language_code,
        int(data.correspondence_type),
        data.salutation_code,
    )


@pytest.mark.usefixtures("office_defaults")
def test_blank_values_take_the_setup_defaults_and_given_ones_stay() -> None:
    company = create_contact(ContactData(type=ContactType.COMPANY, name="Bakker BV"))
    assert _defaults(company) == ("JD", "NL", "nl", CorrespondenceType.EMAIL, "COMPANY")
    person = create_contact(ContactData(type=ContactType.PERSON, name="Kari Nordmann"))
    assert _defaults(person) == ("JD", "NL", "nl", CorrespondenceType.EMAIL, "PERSON")
    own = create_contact(
        ContactData(
            type=ContactType.PERSON,
            name="Ola Nordmann",
            salesperson_code="KO",
            country_code="NO",
            language_code="nb",
            correspondence_type=CorrespondenceType.HARD_COPY,
            salutation_code="COMPANY",
        )
    )
    assert _defaults(own) == ("KO", "NO", "nb", CorrespondenceType.HARD_COPY, "COMPANY")


@pytest.mark.usefixtures("office_defaults")
def test_a_person_takes_its_company_values_before_the_setup_defaults() -> None:
    company = create_contact(
        ContactData(
            type=ContactType.COMPANY, name="Nordic AS", country_code="NO", language_code="nb", salesperson_code="KO"
        )
    )
    person = create_contact(ContactData(type=ContactType.PERSON, name="Per Hansen", company_no=company))
    assert _defaults(person)[:3] == ("KO", "NO", "nb")


@pytest.mark.usefixtures("office_defaults")
def test_saving_an_existing_contact_leaves_blank_values_blank() -> None:
    no = create_contact(ContactData(type=ContactType.COMPANY, name="Bakker BV"))
    data = replace(get_contact(no), salesperson_code="", language_code="")
    update_contact(no, data)
    assert _defaults(no)[0::2] == ("", "", "COMPANY")
