"""Salespeople service: validation, create/update/rename, delete rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from contactdesk.crm.errors import DuplicateCodeError, InUseError, NotFoundError, ValidationErrors
from contactdesk.crm.salespeople import (
    SalespersonData,
    delete_salesperson,
    get_salesperson,
    list_salespeople,
    save_salesperson,
)
from contactdesk.store.models import (
    Contact,
    InteractionLogEntry,
    MarketingSetup,
    Salesperson,
    Segment,
    SegmentLine,
)

pytestmark = pytest.mark.usefixtures("database")


def _save(code: str = "JD", **values: object) -> SalespersonData:
    return save_salesperson(SalespersonData(code=code, name="Jan de Vries", **values))  # type: ignore[arg-type]


def test_create_normalises_code_and_reads_back() -> None:
    saved = save_salesperson(
        SalespersonData(
            code=" jd ",
            name="Jan de Vries",
            email="jan@example.nl",
            phone_no="+31 20 123 4567",
            job_title="Account manager",
            commission_pct=Decimal("2.5"),
            privacy_blocked=True,
        )
    )
    assert saved.code == "JD"
    assert saved.commission_pct == Decimal("2.50")
    assert get_salesperson("jd") == saved
    assert list_salespeople() == [saved]


def test_list_can_leave_out_blocked() -> None:
    _save("AA")
    _save("BB", blocked=True)
    assert [person.code for person in list_salespeople()] == ["AA", "BB"]
    assert [person.code for person in list_salespeople(include_blocked=False)] == ["AA"]


def test_validation_reports_every_field_at_once() -> None:
    with pytest.raises(ValidationErrors) as caught:
        save_salesperson(SalespersonData(code="", name="x" * 51, email="not an address", commission_pct=Decimal("150")))
    problems = {(error.field, error.problem) for error in caught.value.errors}
    assert problems == {
        ("code", "required"),
        ("name", "too_long"),
        ("email", "invalid_email"),
        ("commission_pct", "out_of_range"),
    }
    assert Salesperson.select().count() == 0


def test_code_too_long_and_negative_commission() -> None:
    with pytest.raises(ValidationErrors) as caught:
        save_salesperson(SalespersonData(code="X" * 21, commission_pct=Decimal("-1")))
    assert caught.value.for_field("code").problem == "too_long"  # type: ignore[union-attr]
    assert caught.value.for_field("commission_pct").problem == "negative"  # type: ignore[union-attr]


def test_duplicate_and_missing_codes() -> None:
    _save("JD")
    _save("KL")
    with pytest.raises(DuplicateCodeError):
        _save("jd")
    with pytest.raises(DuplicateCodeError):
        save_salesperson(SalespersonData(code="KL"), original_code="JD")
    with pytest.raises(NotFoundError):
        save_salesperson(SalespersonData(code="ZZ"), original_code="NOPE")
    with pytest.raises(NotFoundError):
        get_salesperson("NOPE")
    with pytest.raises(NotFoundError):
        delete_salesperson("NOPE")


def test_update_and_rename_carry_the_code_everywhere() -> None:
    _save("JD")
    contact = Contact.create(no="CT000001", name="Acme", salesperson="JD")
    segment = Segment.create(no="SEG00001", salesperson="JD")
    MarketingSetup.update(default_salesperson_code="JD").execute()

    renamed = save_salesperson(SalespersonData(code="JDV", name="Jan"), original_code="JD")

    assert renamed.name == "Jan"
    assert [person.code for person in list_salespeople()] == ["JDV"]
    moved = Contact.get_by_id(contact.id)
    # The version moves on, so a contact card opened before the rename cannot save the old code back.
    assert (moved.salesperson_id, moved.version) == ("JDV", 2)
    assert Segment.get_by_id(segment.id).salesperson_id == "JDV"
    assert MarketingSetup.get().default_salesperson_code == "JDV"


def test_delete_refused_while_a_segment_header_uses_it() -> None:
    _save("JD")
    Segment.create(no="SEG00001", salesperson="JD")
    with pytest.raises(InUseError) as caught:
        delete_salesperson("JD")
    assert (caught.value.used_by, caught.value.count) == ("segments", 1)
    assert get_salesperson("JD").code == "JD"


def test_delete_refused_while_a_segment_line_uses_it() -> None:
    _save("JD")
    contact = Contact.create(no="CT000001", name="Acme")
    for number in ("SEG00001", "SEG00002"):
        segment = Segment.create(no=number)
        SegmentLine.create(segment=segment, line_no=10000, contact=contact, salesperson="JD")
        SegmentLine.create(segment=segment, line_no=20000, contact=contact, salesperson="JD")
    with pytest.raises(InUseError) as caught:
        delete_salesperson("JD")
    assert (caught.value.entity, caught.value.key, caught.value.count) == ("salesperson", "JD", 2)
    assert Salesperson.select().count() == 1


def test_delete_refused_while_history_or_setup_uses_it() -> None:
    _save("JD")
    entry = InteractionLogEntry.create(entry_no=1, date=date(2024, 5, 1), salesperson="JD")
    with pytest.raises(InUseError) as caught:
        delete_salesperson("JD")
    assert caught.value.used_by == "interaction_log_entries"
    entry.delete_instance()
    MarketingSetup.update(default_salesperson_code="JD").execute()
    with pytest.raises(InUseError) as caught:
        delete_salesperson("JD")
    assert caught.value.used_by == "marketing_setup"


def test_delete_unlinks_contacts() -> None:
    _save("JD")
    contact = Contact.create(no="CT000001", name="Acme", salesperson="JD")
    delete_salesperson("jd")
    assert list_salespeople() == []
    unlinked = Contact.get_by_id(contact.id)
    assert (unlinked.salesperson_id, unlinked.version) == (None, 2)
