"""Segment header: numbering, line initialisation, and the header→lines question (spec §4 scenarios 1–6, 17)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from contactdesk.crm import contacts, segment_lines, segments
from contactdesk.crm.errors import (
    ConcurrentEditError,
    ContactOnSegmentError,
    MissingSetupError,
    NotFoundError,
    ValidationErrors,
)
from contactdesk.crm.rule_errors import InheritedDocumentsError
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import MarketingSetup, Salesperson, SegmentLine

from .conftest import TODAY, FixtureF


def _lines(no: str) -> dict[str, segment_lines.SegmentLineRow]:
    return {line.contact_no: line for line in segment_lines.list_lines(no)}


def test_numbering_and_defaults(fixture_f: FixtureF) -> None:
    MarketingSetup.update(default_salesperson_code="SP1").execute()
    first = segments.create_segment("Spring", day=TODAY)
    second = segments.create_segment("Autumn")
    assert (first, second) == ("SEG00001", "SEG00002")
    header = segments.get_segment(first)
    assert header.date == TODAY and header.salesperson_code == "SP1" and header.version == 1
    assert header.lines == 0 and header.criteria_actions == 0


def test_a_new_segment_needs_the_segment_series(fixture_f: FixtureF) -> None:
    MarketingSetup.update(segment_nos="").execute()
    with pytest.raises(MissingSetupError) as caught:
        segments.create_segment("Spring")
    assert caught.value.setting == "segment_nos"


def test_a_line_takes_its_values_from_the_header(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T1", "SP1", TODAY, [fixture_f.P4])
    line = _lines(no)[fixture_f.P4]
    assert line.salesperson_code == "SP1" and line.description == "Spring" and line.template_code == "T1"
    assert line.cost == Decimal("2.50") and line.duration == 5 and line.date == TODAY
    # P4 has no channel of its own, so the template default (rule 4b).
    assert line.correspondence_type == CorrespondenceType.EMAIL
    row = SegmentLine.get(SegmentLine.line_no == line.line_no)
    assert (row.information_flow, row.initiated_by) == (1, 1)


def test_salesperson_falls_back_to_the_contacts(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T1", "", contact_nos=[fixture_f.P4, fixture_f.P1])
    lines = _lines(no)
    assert lines[fixture_f.P4].salesperson_code == "SP2"
    assert lines[fixture_f.P1].salesperson_code == ""


def test_the_contacts_channel_wins_unless_the_template_ignores_it(fixture_f: FixtureF) -> None:
    with_t1 = segments.create_segment("Spring", "T1", contact_nos=[fixture_f.P3])
    with_t2 = segments.create_segment("Print", "T2", contact_nos=[fixture_f.P1])
    assert _lines(with_t1)[fixture_f.P3].correspondence_type == CorrespondenceType.HARD_COPY
    assert _lines(with_t2)[fixture_f.P1].correspondence_type == CorrespondenceType.HARD_COPY


def _segment_with_an_override(f: FixtureF) -> str:
    no = segments.create_segment("Spring", "T1", "SP1", contact_nos=[f.C1, f.P1, f.P2, f.P4])
    line = _lines(no)[f.P4]
    segment_lines.update_line(no, line.line_no, "template_code", "T3")
    return no


def test_header_change_answered_yes_updates_lines_still_carrying_the_old_value(fixture_f: FixtureF) -> None:
    no = _segment_with_an_override(fixture_f)
    asked: list[tuple[str, object, object]] = []
    header = segments.update_header(no, {"unit_cost": "4"}, ask=lambda *question: asked.append(question) or True)
    assert asked == [("unit_cost", Decimal("2.50"), Decimal("4.00"))]
    costs = {contact: line.cost for contact, line in _lines(no).items()}
    assert costs == {fixture_f.C1: 4, fixture_f.P1: 4, fixture_f.P2: 4, fixture_f.P4: 0}
    assert header.total_cost == Decimal("12.00") and header.unit_cost == Decimal("4.00")


def test_header_change_answered_no_changes_only_the_header(fixture_f: FixtureF) -> None:
    no = _segment_with_an_override(fixture_f)
    header = segments.update_header(no, {"unit_cost": "4", "description": "Spring!"}, ask=lambda *_q: False)
    assert header.unit_cost == Decimal("4.00") and header.description == "Spring!"
    assert {line.cost for line in _lines(no).values()} == {Decimal("2.50"), Decimal("0.00")}
    assert {line.description for line in _lines(no).values()} == {"Spring", "Plain e-mail"}


def test_a_line_with_its_own_value_keeps_it(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T1", "SP1", contact_nos=[fixture_f.P1, fixture_f.P2])
    segment_lines.update_line(no, _lines(no)[fixture_f.P1].line_no, "description", "Personal note")
    segments.update_header(no, {"description": "Spring sale"}, ask=lambda *_q: True)
    assert _lines(no)[fixture_f.P1].description == "Personal note"
    assert _lines(no)[fixture_f.P2].description == "Spring sale"


def test_ignore_flag_never_asks_and_never_touches_lines(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T1", contact_nos=[fixture_f.P3])
    header = segments.update_header(no, {"ignore_contact_corres_type": True}, ask=lambda *_q: pytest.fail("asked"))
    assert header.ignore_contact_corres_type
    assert _lines(no)[fixture_f.P3].correspondence_type == CorrespondenceType.HARD_COPY


def test_no_lines_means_no_question(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T1")
    segments.update_header(no, {"unit_cost": "3"}, ask=lambda *_q: pytest.fail("asked"))


def test_template_change_yes_recomputes_every_template_field(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T1", "SP1", contact_nos=[fixture_f.P1, fixture_f.P4])
    header = segments.update_header(no, {"template_code": "T2"}, ask=lambda *_q: True)
    assert (header.template_code, header.unit_cost, header.ignore_contact_corres_type) == ("T2", Decimal("1.00"), True)
    assert header.languages == ("en",) and header.language_code == "en"
    for line in _lines(no).values():
        assert (line.template_code, line.cost, line.duration) == ("T2", Decimal("1.00"), 0)
        assert line.correspondence_type == CorrespondenceType.HARD_COPY and line.language_code == "en"


def test_template_change_asks_once_and_reaches_every_line(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "", "SP1", contact_nos=[fixture_f.P1, fixture_f.P4])
    p4 = _lines(no)[fixture_f.P4].line_no
    segment_lines.update_line(no, p4, "template_code", "T3")  # one line with its own template, one with none
    asked: list[tuple[str, object, object]] = []
    segments.update_header(no, {"template_code": "T2"}, ask=lambda *q: asked.append(q) or True)
    assert asked == [("template_code", None, "T2")]
    assert {(line.template_code, line.cost) for line in _lines(no).values()} == {("T2", Decimal("1.00"))}


def test_template_change_no_leaves_the_lines(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T3", contact_nos=[fixture_f.P1])  # T3 has no documents
    segments.update_header(no, {"template_code": "T2"}, ask=lambda *_q: False)
    line = _lines(no)[fixture_f.P1]
    assert (line.template_code, line.cost) == ("T3", Decimal("0.00"))
    assert segments.get_segment(no).template_code == "T2"


def test_template_change_no_is_refused_while_lines_use_the_segments_document(fixture_f: FixtureF) -> None:
    # Spec §2.2 rule 4 (E13): the lines would keep documents the rebuilt segment no longer has.
    no = segments.create_segment("Spring", "T1", contact_nos=[fixture_f.P1, fixture_f.P4])
    before = segments.get_segment(no)
    with pytest.raises(InheritedDocumentsError) as refused:
        segments.update_header(no, {"template_code": "T2", "description": "Summer"}, ask=lambda *_q: False)
    assert (refused.value.segment_no, refused.value.lines) == (no, 2)
    assert segments.get_segment(no) == before  # nothing changed, not even the other field
    line = _lines(no)[fixture_f.P1]
    assert (line.template_code, line.cost, line.language_code) == ("T1", Decimal("2.50"), "nl")
    # Yes is the way forward, as the message says.
    segments.update_header(no, {"template_code": "T2"}, ask=lambda *_q: True)
    assert {line.template_code for line in _lines(no).values()} == {"T2"}


def test_language_per_contact(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T1", contact_nos=[fixture_f.P1, fixture_f.P4])
    lines = _lines(no)
    assert (lines[fixture_f.P1].language_code, lines[fixture_f.P4].language_code) == ("nl", "")
    assert segments.get_segment(no).language_code == ""
    rows = SegmentLine.select().order_by(SegmentLine.line_no)
    assert len({row.attachment_id for row in rows}) == 2


def test_subject_and_language_default_follow_with_their_own_questions(fixture_f: FixtureF) -> None:
    norwegian = contacts.create_contact(contacts.ContactData(type=1, name="Nora Fem", language_code="nb"))
    no = segments.create_segment("Spring", "T1", contact_nos=[fixture_f.P1, fixture_f.P4, norwegian])
    assert _lines(no)[norwegian].language_code == ""  # no Norwegian document: the header default
    segments.update_header(no, {"subject": "Spring offer"}, ask=lambda field, *_v: field == "subject")
    lines = _lines(no)
    assert (lines[fixture_f.P4].subject, lines[fixture_f.P1].subject) == ("Spring offer", "")
    header = segments.update_header(no, {"language_code": "nl"}, ask=lambda *_q: True)
    # Only the line that fell back to the default follows; P4's own language has a document.
    assert header.language_code == "nl" and _lines(no)[norwegian].language_code == "nl"
    assert _lines(no)[fixture_f.P4].language_code == ""
    with pytest.raises(ValidationErrors) as caught:
        segments.update_header(no, {"language_code": "nb"})
    assert caught.value.errors[0].problem == "unknown"


def test_refused_values_are_reported_together(fixture_f: FixtureF) -> None:
    Salesperson.update(blocked=True).where(Salesperson.code == "SP2").execute()
    no = segments.create_segment("Spring", "T1")
    with pytest.raises(ValidationErrors) as caught:
        segments.update_header(
            no, {"salesperson_code": "SP2", "unit_cost": "-1", "template_code": "NOPE", "correspondence_type": 1}
        )
    problems = {error.field: error.problem for error in caught.value.errors}
    assert problems == {
        "salesperson_code": "blocked",
        "unit_cost": "negative",
        "template_code": "unknown",
        "correspondence_type": "needs_ignore",
    }


def test_two_users_cannot_overwrite_each_other(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T1")
    opened = segments.get_segment(no).version
    segments.update_header(no, {"description": "Mine"}, version=opened)
    with pytest.raises(ConcurrentEditError):
        segments.update_header(no, {"description": "Theirs"}, version=opened)
    with pytest.raises(ConcurrentEditError):
        segment_lines.add_contacts_by_hand(no, [fixture_f.P1], version=opened)
    assert segments.get_segment(no).description == "Mine"


def test_delete_segment_and_contact_protection(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T1", contact_nos=[fixture_f.P1])
    with pytest.raises(ContactOnSegmentError) as caught:
        contacts.delete_contact(fixture_f.P1)
    assert caught.value.segment_nos == [no]
    segments.delete_segment(no)
    with pytest.raises(NotFoundError):
        segments.get_segment(no)
    assert contacts.delete_contact(fixture_f.P1) == 1
