"""Classifying contacts: codes per kind and contact type, one transaction per action, typed refusals."""

from __future__ import annotations

import pytest

from contactdesk.crm import classification, segments
from contactdesk.crm.card_save import save_card
from contactdesk.crm.classification_errors import ClassificationTypeError, UnknownCodeError
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.contacts import create_contact, get_contact
from contactdesk.crm.errors import ConcurrentEditError
from contactdesk.crm.segment_mailing import apply_mailing_group, remove_mailing_group
from contactdesk.store.enums import ContactType
from contactdesk.store.models import ContactMailingGroup

pytestmark = pytest.mark.usefixtures("database")


def _setup() -> tuple[str, str]:
    for kind, code in [
        ("industry_group", "RETAIL"),
        ("industry_group", "FOOD"),
        ("business_relation", "CUST"),
        ("mailing_group", "XMAS"),
        ("mailing_group", "NEWS"),
        ("job_responsibility", "PURCH"),
    ]:
        save_code(kind, CodeData(code, code.title()))
    company = create_contact(ContactData(type=ContactType.COMPANY, name="Nordmann AS"))
    person = create_contact(ContactData(name="Kari Nordmann", company_no=company))
    return company, person


def _codes(no: str, kind: str) -> list[str]:
    return [code.code for code in classification.get_classification(no).codes.get(kind, [])]


def test_codes_are_added_and_removed_per_kind_and_a_person_shows_its_companys() -> None:
    company, person = _setup()
    assert classification.add_codes(company, "industry_group", ["retail", "FOOD", "retail"]) == 2
    assert classification.add_codes(company, "industry_group", ["RETAIL"]) == 0  # had it already
    assert classification.add_codes(company, "business_relation", ["CUST"]) == 1
    assert classification.add_codes(person, "job_responsibility", ["PURCH"]) == 1
    assert classification.add_codes(person, "mailing_group", ["XMAS"]) == 1
    assert _codes(company, "industry_group") == ["FOOD", "RETAIL"]
    shown = classification.get_classification(person)
    assert shown.company_no == company
    assert [c.code for c in shown.company_codes["industry_group"]] == ["FOOD", "RETAIL"]
    assert set(shown.codes) == {"mailing_group", "job_responsibility"}
    assert classification.remove_codes(company, "industry_group", ["FOOD", "RETAIL"]) == 2
    assert _codes(company, "industry_group") == []


def test_unknown_codes_and_wrong_contact_types_are_refused_and_nothing_changes() -> None:
    company, person = _setup()
    version = get_contact(company).version
    with pytest.raises(UnknownCodeError) as unknown:
        classification.change_codes(company, {"mailing_group": ["XMAS"], "industry_group": ["NOPE"]})
    assert unknown.value.kind == "industry_group" and unknown.value.code == "NOPE"
    assert "industry group 'NOPE' does not exist" in str(unknown.value)
    assert _codes(company, "mailing_group") == [] and get_contact(company).version == version
    with pytest.raises(ClassificationTypeError) as wrong:
        classification.add_codes(person, "industry_group", ["RETAIL"])
    assert wrong.value.contact_is_person and "companies" in str(wrong.value)
    with pytest.raises(ClassificationTypeError):
        classification.add_codes(company, "job_responsibility", ["PURCH"])


def test_a_change_raises_the_version_so_an_open_card_refuses_to_overwrite_it() -> None:
    company, _person = _setup()
    seen = get_contact(company)
    classification.add_codes(company, "mailing_group", ["NEWS"])
    with pytest.raises(ConcurrentEditError):
        save_card(company, seen, {"mailing_group": []})
    assert _codes(company, "mailing_group") == ["NEWS"]


def test_the_card_saves_fields_and_codes_together_or_nothing() -> None:
    company, _person = _setup()
    data = get_contact(company)
    data.city = "Oslo"
    save_card(company, data, {"industry_group": ["RETAIL"], "mailing_group": ["NEWS"]})
    assert get_contact(company).city == "Oslo" and _codes(company, "industry_group") == ["RETAIL"]
    data = get_contact(company)
    data.city = "Bergen"
    with pytest.raises(UnknownCodeError):
        save_card(company, data, {"industry_group": ["RETAIL", "GONE"]})
    assert get_contact(company).city == "Oslo", "a refused code leaves the fields unsaved too"
    new = save_card("", ContactData(type=ContactType.COMPANY, name="Ny AS"), {"industry_group": ["FOOD"]})
    assert _codes(new, "industry_group") == ["FOOD"]


def test_a_segment_applies_and_removes_a_mailing_group_for_every_lines_contact() -> None:
    company, person = _setup()
    other = create_contact(ContactData(name="Ola"))
    classification.add_codes(other, "mailing_group", ["XMAS"])
    no = segments.create_segment("Christmas", "", None, None, [company, person, other])
    assert apply_mailing_group(no, "xmas") == 2
    assert apply_mailing_group(no, "XMAS") == 0
    assert {_c for n in (company, person, other) for _c in _codes(n, "mailing_group")} == {"XMAS"}
    with pytest.raises(UnknownCodeError):
        apply_mailing_group(no, "NOPE")
    assert remove_mailing_group(no, "XMAS") == 3
    assert ContactMailingGroup.select().count() == 0
