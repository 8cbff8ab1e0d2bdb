"""Postpone and resume without Qt (scenario 26): no checks, the same entry number when finished."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from contactdesk.crm import interaction_changes, interaction_statistics, interactions
from contactdesk.crm.errors import EntryStateError, NoContactError
from contactdesk.crm.interaction_log import EntryFilter, count_entries, list_entries
from contactdesk.crm.interaction_request import InteractionRequest
from contactdesk.merge.interaction_letter import merge_interaction_letter
from contactdesk.store.models import Attachment, InteractionLogEntry


def test_scenario_26_postpone_then_resume_and_finish_keeps_the_entry(scenario: dict[str, str], tmp_path: Path) -> None:
    request = interactions.new_request(scenario["P1"], template_code="T1", now=datetime(2026, 11, 1, 9, 0))
    request.comments = ["first try"]
    request.document_path = str(merge_interaction_letter(request, tmp_path))
    kept = interactions.postpone(request)
    assert kept.postponed and kept.attachment
    assert count_entries(EntryFilter(postponed=True)) == 1 and count_entries(EntryFilter()) == 0
    assert all(row.interactions == 0 for row in interaction_statistics.statistics("template"))
    resumed = interactions.resume(kept.entry_no, now=datetime(2026, 11, 22, 14, 3, 1))
    assert resumed.entry_no == kept.entry_no and resumed.date == date(2026, 11, 22)
    assert (resumed.contact_no, resumed.template_code, resumed.comments) == (scenario["P1"], "T1", ["first try"])
    assert resumed.attachment_id is not None and resumed.document_name == kept.attachment
    resumed.comments = ["second try"]
    finished = interactions.log_interaction(resumed)
    assert finished.entry_no == kept.entry_no and not finished.postponed
    assert InteractionLogEntry.select().count() == 1
    row = InteractionLogEntry.get(InteractionLogEntry.entry_no == kept.entry_no)
    assert [c.comment for c in row.comments] == ["second try"] and row.date == date(2026, 11, 22)
    assert Attachment.get_by_id(row.attachment_id).read_only
    by_template = {s.code: s.interactions for s in interaction_statistics.statistics("template")}
    assert by_template["T1"] == 1


def test_postponing_skips_every_check(scenario: dict[str, str]) -> None:
    # No template, no description, an Open template without document: all fine for a draft.
    draft = interactions.postpone(InteractionRequest(contact_no=scenario["P2"]))
    assert draft.postponed and draft.template == ""
    draft = interactions.postpone(interactions.new_request(scenario["P4"], template_code="TOPEN"))
    assert draft.template == "TOPEN"
    # Unknown codes in a draft are left out rather than breaking the foreign keys.
    odd = interactions.postpone(InteractionRequest(contact_no="NOBODY", template_code="ZZZ", salesperson_code="ZZ"))
    assert (odd.contact_no, odd.template, odd.salesperson_code) == ("NOBODY", "", "")


def test_cancelling_a_resumed_interaction_again_keeps_it_postponed(scenario: dict[str, str]) -> None:
    kept = interactions.postpone(interactions.new_request(scenario["P4"], template_code="TPHONE"))
    resumed = interactions.resume(kept.entry_no)
    resumed.description = "Call back tomorrow"
    again = interactions.postpone(resumed)
    assert again.entry_no == kept.entry_no and again.postponed and again.description == "Call back tomorrow"
    assert InteractionLogEntry.select().count() == 1


def test_a_resumed_interaction_is_checked_like_a_new_one(scenario: dict[str, str]) -> None:
    kept = interactions.postpone(InteractionRequest(contact_no=scenario["P4"]))
    resumed = interactions.resume(kept.entry_no)
    with pytest.raises(Exception) as caught:
        interactions.log_interaction(resumed)
    assert "template_code" in str(caught.value)
    assert InteractionLogEntry.get(InteractionLogEntry.entry_no == kept.entry_no).postponed


def test_only_postponed_entries_can_be_resumed_or_deleted_as_postponed(scenario: dict[str, str]) -> None:
    logged = interactions.log_interaction(interactions.new_request(scenario["P4"], template_code="TPHONE"))
    with pytest.raises(EntryStateError):
        interactions.resume(logged.entry_no)
    with pytest.raises(EntryStateError):
        interaction_changes.delete_postponed([logged.entry_no])
    kept = interactions.postpone(interactions.new_request(scenario["P4"], template_code="TPHONE"))
    with pytest.raises(EntryStateError):
        interaction_changes.set_canceled([kept.entry_no], True)
    assert interaction_changes.delete_postponed([kept.entry_no]) == 1
    assert [row.entry_no for row in list_entries(EntryFilter(postponed=True))] == []


def test_deleting_a_postponed_interaction_drops_its_document_and_comments(
    scenario: dict[str, str], tmp_path: Path
) -> None:
    request = interactions.new_request(scenario["P1"], template_code="T1")
    request.document_path = str(merge_interaction_letter(request, tmp_path))
    request.comments = ["note"]
    kept = interactions.postpone(request)
    attachments_before = Attachment.select().count()
    interaction_changes.delete_postponed([kept.entry_no])
    assert Attachment.select().count() == attachments_before - 1
    assert InteractionLogEntry.select().count() == 0


def test_postponing_without_a_contact_is_refused(scenario: dict[str, str]) -> None:
    # Issue 12 §3.9: the reference's first check holds for a draft too.
    with pytest.raises(NoContactError):
        interactions.postpone(InteractionRequest(template_code="TPHONE", description="Call back"))
    with pytest.raises(NoContactError):
        interactions.postpone(InteractionRequest(contact_no="  ", template_code="TPHONE"))
    assert InteractionLogEntry.select().count() == 0
