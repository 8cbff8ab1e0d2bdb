"""Per-line overrides and reading lines page by page (spec §2.1 template on a line, §2.10, E23)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from contactdesk.crm import segment_lines, segments
from contactdesk.crm.errors import ConcurrentEditError, NotFoundError, ValidationErrors
from contactdesk.store.enums import CorrespondenceType

from .conftest import FixtureF


def _line(no: str, contact: str) -> segment_lines.SegmentLineRow:
    return next(line for line in segment_lines.list_lines(no) if line.contact_no == contact)


def _segment(f: FixtureF) -> str:
    return segments.create_segment("Spring", "T1", "SP1", contact_nos=[f.C1, f.P1, f.P4])


def test_template_on_a_line_recomputes_its_template_fields(fixture_f: FixtureF) -> None:
    no = _segment(fixture_f)
    p1 = _line(no, fixture_f.P1)
    line, version = segment_lines.update_line(no, p1.line_no, "template_code", "t2")
    assert (line.template_code, line.cost, line.description) == ("T2", Decimal("1.00"), "Printed letter")
    assert line.correspondence_type == CorrespondenceType.HARD_COPY  # T2 ignores the contact's channel
    assert line.language_code == "en"  # T2 has no Dutch document: its default language
    assert version == segments.get_segment(no).version == 3


def test_text_channel_language_subject_and_comment_overrides(fixture_f: FixtureF) -> None:
    no = _segment(fixture_f)
    p4 = _line(no, fixture_f.P4).line_no
    segment_lines.update_line(no, p4, "description", "  Personal invitation ")
    segment_lines.update_line(no, p4, "correspondence_type", int(CorrespondenceType.HARD_COPY))
    segment_lines.update_line(no, p4, "language_code", "nl")
    segment_lines.update_line(no, p4, "subject", "Voorjaar")
    line, _version = segment_lines.update_line(no, p4, "comment", "Thanks for the lovely dinner!\nSee you soon.")
    assert line.description == "Personal invitation"
    assert line.correspondence_type == CorrespondenceType.HARD_COPY
    assert (line.language_code, line.subject) == ("nl", "Voorjaar")
    assert line.comment == "Thanks for the lovely dinner!\nSee you soon."
    other = _line(no, fixture_f.C1)
    assert (other.description, other.language_code, other.comment) == ("Spring", "", "")


def test_refused_line_values(fixture_f: FixtureF) -> None:
    no = _segment(fixture_f)
    p4 = _line(no, fixture_f.P4).line_no
    cases = [
        ("language_code", "nb", "unknown"),
        ("template_code", "NOPE", "unknown"),
        ("correspondence_type", 7, "invalid"),
        ("description", "x" * 101, "too_long"),
        ("contact_no", "CT000002", "invalid"),
    ]
    for field, value, problem in cases:
        with pytest.raises(ValidationErrors) as caught:
            segment_lines.update_line(no, p4, field, value)
        assert caught.value.errors[0].problem == problem, field
    with pytest.raises(NotFoundError):
        segment_lines.update_line(no, 999, "comment", "x")


def test_language_needs_a_template(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Calls", "", "SP1", contact_nos=[fixture_f.P1])
    line = _line(no, fixture_f.P1)
    assert (line.template_code, line.language_code) == ("", "")
    with pytest.raises(ValidationErrors) as caught:
        segment_lines.update_line(no, line.line_no, "language_code", "nl")
    assert caught.value.errors[0].problem == "needs_template"


def test_a_stale_worksheet_cannot_overwrite_a_line(fixture_f: FixtureF) -> None:
    no = _segment(fixture_f)
    version = segments.get_segment(no).version
    p4 = _line(no, fixture_f.P4).line_no
    _line_row, newer = segment_lines.update_line(no, p4, "comment", "mine", version)
    with pytest.raises(ConcurrentEditError):
        segment_lines.update_line(no, p4, "comment", "theirs", version)
    segment_lines.update_line(no, p4, "comment", "mine, again", newer)
    assert _line(no, fixture_f.P4).comment == "mine, again"


def test_lines_come_page_by_page_in_line_order(fixture_f: FixtureF) -> None:
    no = _segment(fixture_f)
    assert segment_lines.count_lines(no) == 3
    numbers = segment_lines.line_numbers(no)
    assert numbers == sorted(numbers) and len(numbers) == 3
    page = segment_lines.list_lines(no, offset=1, limit=1)
    assert [line.line_no for line in page] == numbers[1:2]
    everything = {line.contact_no: line for line in segment_lines.list_lines(no, limit=-1)}
    assert (everything[fixture_f.P1].company_name, everything[fixture_f.P4].company_name) == ("Company One", "")


def test_a_first_template_keeps_a_typed_description_but_a_blank_one_takes_it(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Calls", "", "SP1", contact_nos=[fixture_f.P1, fixture_f.P4])
    p1, p4 = _line(no, fixture_f.P1).line_no, _line(no, fixture_f.P4).line_no
    segment_lines.update_line(no, p1, "description", "Ask about the order")
    segment_lines.update_line(no, p4, "description", "")
    typed, _version = segment_lines.update_line(no, p1, "template_code", "T2")
    blank, _version = segment_lines.update_line(no, p4, "template_code", "T2")
    assert (typed.template_code, typed.description) == ("T2", "Ask about the order")
    assert (blank.template_code, blank.description) == ("T2", "Printed letter")
    changed, _version = segment_lines.update_line(no, p1, "template_code", "T1")
    assert changed.description == "Spring mail"  # a change from another template takes its description
