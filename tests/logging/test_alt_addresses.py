"""Alternative addresses (spec 1.4, 2.14): kept on the contact, taken by a line by its date, used by letters."""

from __future__ import annotations

import email
from datetime import timedelta
from pathlib import Path

import pytest

from contactdesk.crm import segment_lines
from contactdesk.crm.alt_addresses import AltAddressData, delete_alt_address, list_alt_addresses, save_alt_address
from contactdesk.crm.attachments import attachment_bytes
from contactdesk.crm.errors import DuplicateCodeError, NotFoundError, ValidationErrors
from contactdesk.merge.deliver import log_and_deliver
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Contact, ContactAltAddress, InteractionLogEntry, Segment, SegmentLine

from .conftest import TODAY, F, read_docx

E = InteractionLogEntry


def _summer(**values: object) -> AltAddressData:
    fields: dict[str, object] = {
        "code": "summer",
        "company_name": "Four Holiday Home",
        "address": "Strandveien 9",
        "post_code": "4616",
        "city": "Kristiansand",
        "country_code": "no",
        "phone_no": "+47 38 00 00 00",
        "email": "summer@four.example",
        "valid_from": TODAY - timedelta(days=10),
        "valid_to": TODAY + timedelta(days=10),
    }
    fields.update(values)
    return AltAddressData(**fields)  # type: ignore[arg-type]


def test_alternative_addresses_are_saved_checked_and_deleted(f: F) -> None:
    save_alt_address(f.P4, _summer())
    save_alt_address(f.P4, _summer(code="OLD", valid_from=None, valid_to=None, email=""))
    found = list_alt_addresses(f.P4)
    assert [a.code for a in found] == ["OLD", "SUMMER"]
    assert (found[1].country_code, found[1].valid_to) == ("NO", TODAY + timedelta(days=10))
    with pytest.raises(ValidationErrors) as problems:
        save_alt_address(f.P4, _summer(code=" ", email="not an address", valid_to=TODAY - timedelta(days=20)))
    assert {(e.field, e.problem) for e in problems.value.errors} == {
        ("code", "required"),
        ("email", "invalid_email"),
        ("valid_to", "before_start"),
    }
    with pytest.raises(ValidationErrors) as problems:
        save_alt_address(f.P4, _summer(code="END", valid_from=None))
    assert [(e.field, e.problem) for e in problems.value.errors] == [("valid_from", "required")]
    with pytest.raises(DuplicateCodeError):
        save_alt_address(f.P4, _summer(code="old"))
    save_alt_address(f.P4, _summer(code="WINTER", city="Bergen"), original_code="old")
    assert [(a.code, a.city) for a in list_alt_addresses(f.P4)] == [("SUMMER", "Kristiansand"), ("WINTER", "Bergen")]
    delete_alt_address(f.P4, "winter")
    with pytest.raises(NotFoundError):
        delete_alt_address(f.P4, "winter")
    assert ContactAltAddress.select().count() == 1


def test_a_line_takes_the_address_valid_on_its_date(f: F) -> None:
    save_alt_address(f.P4, _summer(code="OLD", valid_from=TODAY - timedelta(days=90), valid_to=TODAY - timedelta(1)))
    save_alt_address(f.P4, _summer(code="UNDATED", valid_from=None, valid_to=None))
    save_alt_address(f.P1, _summer(code="LATER", valid_from=TODAY + timedelta(days=1), valid_to=None))
    save_alt_address(f.P4, _summer())
    no = f.segment("P4", "P1")
    lines = SegmentLine.select(Contact.no, SegmentLine.alt_address_code).join(
        Contact, on=SegmentLine.contact == Contact.id
    )
    assert dict(lines.where(SegmentLine.segment == Segment.get(Segment.no == no).id).tuples()) == {
        f.P4: "SUMMER",
        f.P1: "",
    }


def test_letters_and_e_mail_use_the_line_s_alternative_address(f: F, tmp_path: Path) -> None:
    save_alt_address(f.P4, _summer())
    # P1's alternative address has no e-mail of its own: the contact's stays the recipient.
    save_alt_address(f.P1, _summer(code="HOME", company_name="", address="Thuisweg 2", city="Zeist", email=""))
    save_alt_address(f.P2, _summer(code="HOME", company_name="", email="paula@home.example"))
    no = f.segment("P1", "P2", "P4")
    for line in segment_lines.list_lines(no, limit=-1):
        channel = CorrespondenceType.HARD_COPY if line.contact_no == f.P4 else CorrespondenceType.EMAIL
        segment_lines.update_line(no, line.line_no, "correspondence_type", int(channel))
    assert SegmentLine.select().where(SegmentLine.alt_address_code != "").count() == 3
    result = log_and_deliver(no, tmp_path / "out", today=TODAY, workers=1)
    assert result.logged is not None and not result.failed
    letter = read_docx(attachment_bytes(E.get(E.contact_no == f.P4).attachment_id))
    block = letter.split("\n")[1:6]
    assert block[:4] == ["Four Holiday Home", "Pam Four", "Strandveien 9", "4616 Kristiansand"], letter
    assert "High Street" not in letter and "London" not in letter
    home = read_docx(attachment_bytes(E.get(E.contact_no == f.P1).attachment_id))
    assert "Thuisweg 2" in home and "Dorpsstraat" not in home
    recipients = sorted(email.message_from_bytes(path.read_bytes())["To"] for path in result.emails)
    assert recipients == ["Paula Twee <paula@home.example>", "Piet Een <p1@x.example>"]


def test_a_segment_merge_and_its_check_use_the_alternative_address(f: F, tmp_path: Path) -> None:
    from contactdesk.merge.segment_check import check_segment
    from contactdesk.merge.segment_merge import merge_segment

    save_alt_address(f.P2, _summer(code="HOME", email="paula@home.example"))
    no = f.segment("P2", "P4")
    for line in segment_lines.list_lines(no, limit=-1):
        channel = CorrespondenceType.HARD_COPY if line.contact_no == f.P4 else CorrespondenceType.EMAIL
        segment_lines.update_line(no, line.line_no, "correspondence_type", int(channel))
    checked = check_segment(no)
    # P2 has no e-mail of its own: the alternative address's makes the line sendable, so no "no e-mail" problem.
    assert not any(problem.problem.kind == "no_email" for problem in checked.problems)
    assert (checked.email_lines, checked.drafts) == (1, 1)
    result = merge_segment(no, tmp_path / "out", today=TODAY)
    assert [email.message_from_bytes(path.read_bytes())["To"] for path in result.emails] == [
        "Paula Twee <paula@home.example>"
    ]
    letter = next(path for path in result.letters if "Paula" in path.name)
    assert "Strandveien 9" in read_docx(letter) and "Four Holiday Home" in read_docx(letter)


def test_a_personalised_letter_starts_from_the_line_s_alternative_address(f: F, tmp_path: Path) -> None:
    from contactdesk.merge.line_letter import merge_line_letter

    save_alt_address(f.P4, _summer())
    no = f.segment("P4")
    line = segment_lines.list_lines(no, limit=-1)[0]
    assert SegmentLine.get(SegmentLine.line_no == line.line_no).alt_address_code == "SUMMER"
    letter = read_docx(merge_line_letter(no, line.line_no, tmp_path / "edit"))
    # The letter the user edits shows the address the segment merge would print, not the contact's own.
    assert "Strandveien 9" in letter and "Four Holiday Home" in letter, letter
    assert "High Street" not in letter
