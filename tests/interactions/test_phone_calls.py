"""Phone call (issue 12 §4) without Qt: the number, the refusal of a blank one, and the entry it logs."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from contactdesk.crm import contacts, phone_calls
from contactdesk.crm.errors import NoPhoneNumberError, ValidationErrors
from contactdesk.crm.phone_calls import PhoneCall
from contactdesk.store.enums import CorrespondenceType, Evaluation
from contactdesk.store.models import Campaign, InteractionCommentLine, InteractionLogEntry

NOW = datetime(2026, 11, 22, 10, 41, 5)


def _set_phone(no: str, phone: str = "", mobile: str = "") -> None:
    data = contacts.get_contact(no)
    contacts.update_contact(no, replace(data, phone_no=phone, mobile_phone_no=mobile))


def test_the_call_offers_the_phone_number_else_the_mobile(scenario: dict[str, str]) -> None:
    _set_phone(scenario["P4"], phone="+44 20 7946 0018", mobile="07700 900123")
    assert phone_calls.new_call(scenario["P4"]).phone_no == "+44 20 7946 0018"
    _set_phone(scenario["P4"], mobile="07700 900123")
    call = phone_calls.new_call(scenario["P4"])
    assert (call.phone_no, call.contact_name, call.evaluation) == ("07700 900123", "Peter Jones", Evaluation.NEUTRAL)
    assert phone_calls.tel_url("+44 (20) 7946-0018") == "tel:+442079460018"
    assert phone_calls.tel_url("  ") == ""


def test_a_blank_number_is_refused_and_nothing_is_logged(scenario: dict[str, str]) -> None:
    before = InteractionLogEntry.select().count()
    with pytest.raises(NoPhoneNumberError):
        phone_calls.log_call(PhoneCall(scenario["P4"], phone_no="   ", template_code="TPHONE"), NOW)
    assert InteractionLogEntry.select().count() == before


def test_a_call_logs_one_neutral_entry_with_the_number(scenario: dict[str, str]) -> None:
    call = phone_calls.new_call(scenario["P4"])
    call.phone_no, call.template_code = "+44 20 7946 0018", "TPHONE"
    entry = phone_calls.log_call(call, NOW)
    row = InteractionLogEntry.get(InteractionLogEntry.entry_no == entry.entry_no)
    assert (entry.template, entry.description, entry.salesperson_code) == ("TPHONE", "Phone call", "SP2")
    assert (entry.evaluation, entry.attempt_failed, entry.duration) == (int(Evaluation.NEUTRAL), False, 10)
    assert row.contact_via == "+44 20 7946 0018"
    assert row.correspondence_type == CorrespondenceType.BLANK


def test_an_unsuccessful_call_with_a_campaign_and_an_opportunity(scenario: dict[str, str]) -> None:
    Campaign.create(no="CP0001", description="Spring")
    call = PhoneCall(
        scenario["P4"],
        phone_no="0123",
        template_code="TPHONE",
        campaign_no="cp0001",
        opportunity_text="New shop fitting",
        evaluation=Evaluation.NEGATIVE,
        successful=False,
        comment="No answer\nTry again on Monday",
    )
    entry = phone_calls.log_call(call, NOW)
    row = InteractionLogEntry.get(InteractionLogEntry.entry_no == entry.entry_no)
    assert row.attempt_failed and row.evaluation == Evaluation.NEGATIVE
    assert (row.campaign_id, row.opportunity_text) == ("CP0001", "New shop fitting")
    assert [line.comment for line in row.comments.order_by(InteractionCommentLine.line_no)] == [
        "No answer",
        "Try again on Monday",
    ]


def test_a_call_without_a_template_is_refused_as_the_wizard_refuses(scenario: dict[str, str]) -> None:
    before = InteractionLogEntry.select().count()
    with pytest.raises(ValidationErrors) as refused:
        phone_calls.log_call(PhoneCall(scenario["P4"], phone_no="0123"), NOW)
    assert "template_code" in {problem.field for problem in refused.value.errors}
    assert InteractionLogEntry.select().count() == before
