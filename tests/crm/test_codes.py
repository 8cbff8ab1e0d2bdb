"""The generic code-table service: every kind, renames, and what deleting does to users of a code."""

from __future__ import annotations

from datetime import date

import pytest

from contactdesk.crm.codes import KINDS, CodeData, delete_code, get_code, list_codes, save_code
from contactdesk.crm.errors import DuplicateCodeError, InUseError, NotFoundError, ValidationErrors
from contactdesk.store.models import (
    Contact,
    ContactIndustryGroup,
    ContactMailingGroup,
    IndustryGroup,
    InteractionGroup,
    InteractionLogEntry,
    InteractionTemplate,
    MailingGroup,
    Segment,
    SegmentLine,
    Territory,
)

pytestmark = pytest.mark.usefixtures("database")


@pytest.mark.parametrize("kind", KINDS)
def test_create_update_rename_delete(kind: str) -> None:
    created = save_code(kind, CodeData(" vip ", " Very important "))
    assert created == CodeData("VIP", "Very important")
    save_code(kind, CodeData("ABC", "First"))
    assert list_codes(kind) == [CodeData("ABC", "First"), CodeData("VIP", "Very important")]

    save_code(kind, CodeData("VIP", "Changed"), original_code="vip")
    assert get_code(kind, "VIP").description == "Changed"
    save_code(kind, CodeData("TOP", "Changed"), original_code="VIP")
    assert [item.code for item in list_codes(kind)] == ["ABC", "TOP"]

    delete_code(kind, "top")
    assert list_codes(kind) == [CodeData("ABC", "First")]


@pytest.mark.parametrize("kind", KINDS)
def test_duplicates_and_missing(kind: str) -> None:
    save_code(kind, CodeData("A"))
    save_code(kind, CodeData("B"))
    with pytest.raises(DuplicateCodeError):
        save_code(kind, CodeData("a"))
    with pytest.raises(DuplicateCodeError):
        save_code(kind, CodeData("B"), original_code="A")
    with pytest.raises(NotFoundError):
        save_code(kind, CodeData("C"), original_code="GONE")
    with pytest.raises(NotFoundError):
        delete_code(kind, "GONE")


def test_validation_collects_every_error_and_territory_uses_name() -> None:
    with pytest.raises(ValidationErrors) as caught:
        save_code("industry_group", CodeData("", "x" * 101))
    assert {(error.field, error.problem) for error in caught.value.errors} == {
        ("code", "required"),
        ("description", "too_long"),
    }
    with pytest.raises(ValidationErrors) as caught:
        save_code("territory", CodeData("X" * 11, "x" * 51))
    assert {(error.field, error.problem) for error in caught.value.errors} == {
        ("code", "too_long"),
        ("description", "too_long"),
    }
    save_code("territory", CodeData("NORTH", "North region"))
    assert Territory.get_by_id("NORTH").name == "North region"


def test_unknown_kind() -> None:
    with pytest.raises(ValueError):
        list_codes("nonsense")


def test_interaction_group_in_use_cannot_be_deleted() -> None:
    save_code("interaction_group", CodeData("LETTER", "Letters"))
    InteractionTemplate.create(code="WELCOME", interaction_group="LETTER")
    with pytest.raises(InUseError) as caught:
        delete_code("interaction_group", "LETTER")
    assert (caught.value.used_by, caught.value.count) == ("interaction_templates", 1)
    assert InteractionGroup.select().count() == 1

    InteractionTemplate.delete().execute()
    contact = Contact.create(no="CT000001", name="Acme")
    segment = Segment.create(no="SEG00001")
    SegmentLine.create(segment=segment, line_no=10000, contact=contact, interaction_group="LETTER")
    with pytest.raises(InUseError) as caught:
        delete_code("interaction_group", "LETTER")
    assert caught.value.used_by == "segments"

    Segment.delete().execute()
    InteractionLogEntry.create(entry_no=1, date=date(2024, 1, 2), interaction_group="LETTER")
    with pytest.raises(InUseError) as caught:
        delete_code("interaction_group", "LETTER")
    assert caught.value.used_by == "interaction_log_entries"


def test_interaction_group_rename_reaches_templates() -> None:
    save_code("interaction_group", CodeData("LETTER", "Letters"))
    InteractionTemplate.create(code="WELCOME", interaction_group="LETTER")
    save_code("interaction_group", CodeData("POST", "Letters"), original_code="LETTER")
    assert InteractionTemplate.get_by_id("WELCOME").interaction_group_id == "POST"


def test_classification_codes_unlink_contacts() -> None:
    save_code("industry_group", CodeData("RETAIL", "Retail"))
    save_code("mailing_group", CodeData("XMAS", "Christmas card"))
    contact = Contact.create(no="CT000001", name="Acme")
    ContactIndustryGroup.create(contact=contact, industry_group="RETAIL")
    ContactMailingGroup.create(contact=contact, mailing_group="XMAS")

    save_code("industry_group", CodeData("SHOPS", "Retail"), original_code="RETAIL")
    assert ContactIndustryGroup.get().industry_group_id == "SHOPS"

    delete_code("industry_group", "SHOPS")
    delete_code("mailing_group", "XMAS")
    assert ContactIndustryGroup.select().count() == 0
    assert ContactMailingGroup.select().count() == 0
    assert IndustryGroup.select().count() == MailingGroup.select().count() == 0
    assert Contact.select().count() == 1


def test_territory_follows_contacts_by_hand() -> None:
    save_code("territory", CodeData("NORTH", "North"))
    contact = Contact.create(no="CT000001", name="Acme", territory_code="NORTH")
    other = Contact.create(no="CT000002", name="Other", territory_code="SOUTH")

    save_code("territory", CodeData("N", "North"), original_code="NORTH")
    renamed = Contact.get_by_id(contact.id)
    assert (renamed.territory_code, renamed.version) == ("N", 2)

    delete_code("territory", "N")
    assert Contact.get_by_id(contact.id).territory_code == ""
    assert Contact.get_by_id(other.id).territory_code == "SOUTH"
