"""The interaction log without Qt: filters and sorting in SQL, cancel/restore, deletes, statistics, letters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from contactdesk.crm import interaction_changes, interactions
from contactdesk.crm.errors import DomainError, EntryStateError
from contactdesk.crm.interaction_log import EntryFilter, comments_of, count_entries, get_entry, list_entries
from contactdesk.crm.interaction_request import LoggedEntry
from contactdesk.crm.interaction_statistics import statistics, totals
from contactdesk.crm.templates import set_template_attachment
from contactdesk.merge.interaction_letter import merge_interaction_letter
from contactdesk.store.enums import Evaluation
from contactdesk.store.models import Attachment, InteractionLogEntry, LoggedSegment


def log(contact_no: str, template: str, day: date, description: str = "") -> LoggedEntry:
    request = interactions.new_request(contact_no, template_code=template)
    request.date = day
    if description:
        request.description = description
    return interactions.log_interaction(request)


@pytest.fixture
def history(scenario: dict[str, str]) -> dict[str, int]:
    """Five entries: P4 phone calls and letters, P1 a mail."""
    return {
        "call1": log(scenario["P4"], "TPHONE", date(2026, 1, 10), "Call about the order").entry_no,
        "call2": log(scenario["P4"], "TPHONE", date(2026, 3, 5)).entry_no,
        "letter": log(scenario["P4"], "T2", date(2026, 2, 1)).entry_no,
        "mail": log(scenario["P1"], "T1", date(2026, 4, 1)).entry_no,
        "call3": log(scenario["P1"], "TPHONE", date(2026, 5, 1)).entry_no,
    }


def test_filters_and_sorting_run_in_sql(scenario: dict[str, str], history: dict[str, int]) -> None:
    assert count_entries() == 5
    assert [r.entry_no for r in list_entries(EntryFilter(contact_no=scenario["P4"].lower()))] == [
        history["letter"],
        history["call2"],
        history["call1"],
    ]
    assert count_entries(EntryFilter(template_code="tphone")) == 3
    assert count_entries(EntryFilter(group_code="LETTER")) == 5
    assert count_entries(EntryFilter(salesperson_code="SP1")) == 2
    assert count_entries(EntryFilter(date_from=date(2026, 2, 1), date_to=date(2026, 4, 1))) == 3
    assert [r.entry_no for r in list_entries(EntryFilter(text="ORDER"))] == [history["call1"]]
    by_date = list_entries(sort="date", descending=False)
    assert [r.date for r in by_date] == sorted(r.date for r in by_date)
    page = list_entries(sort="contact_name", descending=False, offset=1, limit=2)
    assert len(page) == 2
    assert count_entries(EntryFilter(postponed=True)) == 0


def test_cancel_restore_and_statistics(scenario: dict[str, str], history: dict[str, int]) -> None:
    before = {s.code: s for s in statistics("template")}
    assert (before["TPHONE"].interactions, before["TPHONE"].cost, before["TPHONE"].duration) == (3, Decimal("1.50"), 30)
    assert interaction_changes.set_canceled([history["call1"], history["call2"]], True) == 2
    after = {s.code: s for s in statistics("template")}
    assert (after["TPHONE"].interactions, after["TPHONE"].cost) == (1, Decimal("0.50"))
    groups = statistics("group")
    assert [(g.code, g.interactions) for g in groups] == [("LETTER", 3)]
    assert totals(statistics("salesperson")).interactions == 3
    assert count_entries(EntryFilter(canceled=True)) == 2 and count_entries(EntryFilter(canceled=False)) == 3
    assert interaction_changes.set_canceled([history["call1"]], False) == 1
    assert {s.code: s.interactions for s in statistics("template")}["TPHONE"] == 2
    dated = {s.code: s.interactions for s in statistics("template", date_from=date(2026, 3, 1))}
    assert dated["TPHONE"] == 1 and dated["T2"] == 0


def test_restoring_an_entry_of_a_canceled_logged_segment_is_refused(history: dict[str, int]) -> None:
    logged = LoggedSegment.create(
        no="LSEG00001", segment_no="SEG00001", description="Spring", creation_date=date(2026, 1, 1), canceled=True
    )
    InteractionLogEntry.update(logged_segment=logged.id, canceled=True).where(
        InteractionLogEntry.entry_no == history["mail"]
    ).execute()
    with pytest.raises(EntryStateError) as caught:
        interaction_changes.set_canceled([history["mail"]], False)
    assert (caught.value.problem, caught.value.key) == ("logged_segment_canceled", "LSEG00001")  # E17


def test_only_canceled_entries_are_deleted(history: dict[str, int]) -> None:
    with pytest.raises(EntryStateError):
        interaction_changes.delete_canceled_entries([history["call1"]])
    assert count_entries() == 5
    interaction_changes.set_canceled([history["call1"], history["letter"]], True)
    attachments_before = Attachment.select().count()
    assert interaction_changes.delete_canceled_entries([history["letter"]]) == 1
    assert Attachment.select().count() == attachments_before - 1  # its own letter goes with it
    assert interaction_changes.delete_all_canceled(EntryFilter(template_code="T1")) == 0
    assert interaction_changes.delete_all_canceled() == 1
    assert count_entries(EntryFilter(canceled=None)) == 3


def test_canceling_may_remove_the_entry_s_own_letter(history: dict[str, int]) -> None:
    assert interaction_changes.own_documents([history["letter"], history["call1"]]) == 1
    interaction_changes.set_canceled([history["letter"]], True, remove_documents=True)
    assert get_entry(history["letter"]).document_name == ""


def test_details_comments_and_evaluation(history: dict[str, int]) -> None:
    assert interaction_changes.set_comments(history["mail"], ["  one", "", "two "]) == ["one", "two"]
    assert comments_of(history["mail"]) == ["one", "two"]
    interaction_changes.evaluate([history["mail"], history["call3"]], Evaluation.VERY_POSITIVE)
    details = get_entry(history["mail"])
    assert details.row.evaluation == Evaluation.VERY_POSITIVE and details.comments == ["one", "two"]
    assert details.document_name.endswith(".docx") and details.row.has_document


def test_the_letter_is_escaped_and_sandboxed(
    scenario: dict[str, str], tmp_path: Path, docx_text: Callable[[Path], list[str]], make_docx: Callable[..., Path]
) -> None:
    request = interactions.new_request(scenario["P1"], template_code="T1")
    lines = docx_text(merge_interaction_letter(request, tmp_path))
    assert lines[0] == "[nl]"  # P1 reads Dutch
    # The company's name and address (inherited by the person) come through escaped, not as broken XML.
    block = next(line for line in lines if "Dorpsstraat 1" in line)
    assert "Bakker & Zonen <BV>" in block and "Piet Bakker" in block and "Utrecht" in block
    assert "Geachte Piet Bakker," in lines and "Van Dijk & Zn" in lines
    # A template that breaks (bad syntax) or reaches for Python internals is refused with a sentence.
    for name, text in (("broken.docx", "{{ contact.name "), ("evil.docx", "{{ ''.__class__.__mro__ }}")):
        set_template_attachment("T2", "en", make_docx(name, [text]))
        with pytest.raises(DomainError):
            merge_interaction_letter(interactions.new_request(scenario["P4"], template_code="T2"), tmp_path)
