"""Create Interaction without Qt: defaults from template and contact, logging (scenario 24), refusals (25)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest

from contactdesk.crm import attachments, interactions
from contactdesk.crm.errors import (
    AttachmentError,
    ContactBlockedError,
    InteractionDocumentError,
    NoEmailError,
    NotFoundError,
    ValidationErrors,
)
from contactdesk.crm.interaction_documents import export_entry_document
from contactdesk.crm.interaction_request import InteractionRequest, round_up_to_minute
from contactdesk.merge.interaction_letter import merge_interaction_letter
from contactdesk.store.enums import CorrespondenceType, Evaluation, InformationFlow, InitiatedBy, WizardAction
from contactdesk.store.models import (
    Attachment,
    DocumentContent,
    InteractionCommentLine,
    InteractionLogEntry,
    InteractionTemplateLanguage,
)

NOW = datetime(2026, 11, 22, 10, 41, 5)


def snapshot() -> tuple[int, int, int]:
    return (InteractionLogEntry.select().count(), Attachment.select().count(), InteractionCommentLine.select().count())


def test_time_is_rounded_up_to_the_minute() -> None:
    assert round_up_to_minute(datetime(2026, 11, 22, 10, 41, 5)) == time(10, 42)
    assert round_up_to_minute(datetime(2026, 11, 22, 10, 41)) == time(10, 41)
    assert round_up_to_minute(datetime(2026, 11, 22, 23, 59, 30)) == time(0, 0)


def test_defaults_come_from_the_contact_and_the_template(scenario: dict[str, str]) -> None:
    request = interactions.new_request(scenario["P1"], now=NOW)
    assert (request.date, request.time) == (date(2026, 11, 22), time(10, 42))
    assert (request.salesperson_code, request.language_code, request.contact_name) == ("SP1", "nl", "Piet Bakker")
    assert request.successful
    request = interactions.apply_template(request, "t1")
    assert request.template_code == "T1" and request.description == "Spring mail"
    assert (request.cost, request.duration) == (Decimal("2.50"), 5)
    assert (request.information_flow, request.initiated_by) == (InformationFlow.OUTBOUND, InitiatedBy.US)
    assert request.correspondence_type == CorrespondenceType.EMAIL
    assert request.language_code == "nl"  # the contact's language has a version
    assert request.wizard_action == WizardAction.MERGE
    # P4 (en) against T2, which only has en: the template's default; P2 (no language) too.
    assert interactions.new_request(scenario["P4"], template_code="T2").language_code == "en"
    assert interactions.new_request(scenario["P2"], template_code="T1").language_code == "en"


def test_a_typed_description_survives_choosing_the_same_template_again(scenario: dict[str, str]) -> None:
    request = interactions.new_request(scenario["P4"], template_code="T2")
    request.description = "Call back"
    assert interactions.apply_template(request, "T2").description == "Call back"
    assert interactions.apply_template(request, "TPHONE").description == "Phone call"


def test_started_from_a_salesperson_keeps_that_salesperson(scenario: dict[str, str]) -> None:
    request = interactions.new_request("", salesperson_code="sp1")
    request = interactions.set_contact(request, scenario["P4"])
    assert request.salesperson_code == "SP1" and request.contact_no == scenario["P4"]


def test_unknown_contact_or_template_is_refused(scenario: dict[str, str]) -> None:
    with pytest.raises(NotFoundError):
        interactions.new_request("CT999999")
    with pytest.raises(NotFoundError):
        interactions.apply_template(InteractionRequest(), "NOPE")


def test_scenario_24_happy_path_with_a_merged_letter(
    scenario: dict[str, str], tmp_path: Path, docx_text: Callable[[Path], list[str]]
) -> None:
    request = interactions.new_request(scenario["P4"], template_code="T2", now=NOW)
    request.description = "Call back"
    request.document_path = str(merge_interaction_letter(request, tmp_path))
    request.merged = True
    request.evaluation = Evaluation.POSITIVE
    request.successful = False
    request.comments = ["Left a message", "", "  Try again Friday "]
    entry = interactions.log_interaction(request)
    row = InteractionLogEntry.get(InteractionLogEntry.entry_no == entry.entry_no)
    assert (row.segment_no, row.logged_segment_id, row.postponed, row.canceled) == ("", None, False, False)
    assert row.correspondence_type == CorrespondenceType.HARD_COPY
    assert row.time_of_interaction == time(10, 42) and row.date == date(2026, 11, 22)
    assert (row.evaluation, row.attempt_failed, row.merged) == (Evaluation.POSITIVE, True, True)
    assert row.salesperson_id == "SP2" and row.interaction_group_id == "LETTER"
    assert [c.comment for c in row.comments.order_by(InteractionCommentLine.line_no)] == [
        "Left a message",
        "Try again Friday",
    ]
    kept = Attachment.get_by_id(row.attachment_id)
    assert kept.read_only  # the exact letter sent is frozen with the entry
    text = docx_text(export_entry_document(entry.entry_no, tmp_path / "copy.docx"))
    block = next(line for line in text if "1 High Street" in line)
    assert text[0] == "[T2]" and "Peter Jones" in block and "SW1A 1AA" in block
    assert "Dear Peter Jones," in text and "Call back" in text and "Simon Price" in text
    assert entry.as_dict()["template"] == "T2" and entry.as_dict()["date"] == "2026-11-22"


def test_without_a_prepared_letter_the_entry_keeps_a_copy_of_the_language_version(
    scenario: dict[str, str], docx_text: Callable[[Path], list[str]]
) -> None:
    entry = interactions.log_interaction(interactions.new_request(scenario["P1"], template_code="T1"))
    row = InteractionLogEntry.get(InteractionLogEntry.entry_no == entry.entry_no)
    template_row = InteractionTemplateLanguage.get(
        (InteractionTemplateLanguage.template == "T1") & (InteractionTemplateLanguage.language_code == "nl")
    )
    assert row.attachment_id != template_row.attachment_id
    assert docx_text(attachments.attachment_bytes(row.attachment_id))[0] == "[nl]"


def test_entries_are_numbered_one_after_another(scenario: dict[str, str]) -> None:
    first = interactions.log_interaction(interactions.new_request(scenario["P4"], template_code="TPHONE"))
    second = interactions.log_interaction(interactions.new_request(scenario["P4"], template_code="TPHONE"))
    assert second.entry_no == first.entry_no + 1
    assert first.attachment == ""


def test_scenario_25_required_fields_are_reported_together(scenario: dict[str, str]) -> None:
    request = interactions.new_request(scenario["P4"])
    request.salesperson_code = ""
    before = snapshot()
    with pytest.raises(ValidationErrors) as caught:
        interactions.log_interaction(request)
    assert {(e.field, e.problem) for e in caught.value.errors} >= {
        ("template_code", "required"),
        ("description", "required"),
        ("salesperson_code", "required"),
    }
    with pytest.raises(ValidationErrors) as caught:
        interactions.log_interaction(InteractionRequest(template_code="T2", description="x"))
    assert caught.value.for_field("contact_no") is not None
    assert snapshot() == before


def test_scenario_25_open_without_a_document_and_email_with_nothing_to_send(scenario: dict[str, str]) -> None:
    before = snapshot()
    with pytest.raises(InteractionDocumentError) as caught:
        interactions.log_interaction(interactions.new_request(scenario["P4"], template_code="TOPEN"))
    assert caught.value.problem == "no_document"  # E10
    with pytest.raises(InteractionDocumentError) as caught:
        interactions.log_interaction(interactions.new_request(scenario["P1"], template_code="T3"))
    assert caught.value.problem == "email_needs_document"  # E11
    with pytest.raises(NoEmailError) as no_email:
        interactions.log_interaction(interactions.new_request(scenario["P2"], template_code="T1"))
    assert no_email.value.contact_no == scenario["P2"]  # E6
    assert snapshot() == before
    # Another channel on the same request is fine.
    request = interactions.new_request(scenario["P2"], template_code="T1")
    request.correspondence_type = CorrespondenceType.HARD_COPY
    assert interactions.log_interaction(request).attachment


def test_a_blocked_contact_gets_no_interactions(scenario: dict[str, str]) -> None:
    with pytest.raises(ContactBlockedError):
        interactions.check_contact(scenario["BLOCKED"])
    request = interactions.new_request(scenario["BLOCKED"], template_code="TPHONE")
    before = snapshot()
    with pytest.raises(ContactBlockedError):
        interactions.log_interaction(request)
    assert snapshot() == before


def _break_t1_document(kind: str) -> None:
    """Make T1's English document missing (its file was gone when an old database was upgraded), a .doc,
    or damaged bytes."""
    row = InteractionTemplateLanguage.get(
        (InteractionTemplateLanguage.template == "T1") & (InteractionTemplateLanguage.language_code == "en")
    )
    content = DocumentContent.sha256 == Attachment.get_by_id(row.attachment_id).sha256
    if kind == "missing":
        DocumentContent.delete().where(content).execute()
    elif kind == "doc":
        Attachment.update(file_name="letter.doc", extension="doc").where(Attachment.id == row.attachment_id).execute()
    else:
        DocumentContent.update(data=b"PK\x03\x04 not really a zip").where(content).execute()


@pytest.mark.parametrize(
    ("kind", "problem"), [("missing", "content_missing"), ("doc", "not_docx"), ("corrupt", "corrupt")]
)
def test_a_broken_template_document_is_refused_and_nothing_is_written(
    scenario: dict[str, str], kind: str, problem: str
) -> None:
    _break_t1_document(kind)
    request = interactions.new_request(scenario["P4"], template_code="T1")
    request.correspondence_type = CorrespondenceType.HARD_COPY
    before = snapshot()
    with pytest.raises(AttachmentError) as caught:
        interactions.log_interaction(request)
    assert caught.value.problem == problem
    assert snapshot() == before


def test_an_imported_file_must_be_a_real_docx(scenario: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "letter.docx"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("hello.txt", "not word")
    request = interactions.new_request(scenario["P4"], template_code="TPHONE")
    request.document_path = str(bad)
    before = snapshot()
    with pytest.raises(AttachmentError) as caught:
        interactions.log_interaction(request)
    assert caught.value.problem == "corrupt" and snapshot() == before
    request.document_path = str(tmp_path / "gone.docx")
    with pytest.raises(AttachmentError):
        interactions.log_interaction(request)
