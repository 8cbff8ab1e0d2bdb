"""Add contacts by criteria: filter sources and options (spec §2.5, §4 scenarios 7–12)."""

from __future__ import annotations

from datetime import date

import pytest

from contactdesk.crm import contacts, criteria, segment_lines, segments
from contactdesk.crm.criteria import CriteriaOptions, CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.errors import ValidationErrors
from contactdesk.store.enums import CriteriaAction, CriteriaLineType, HistoryAction
from contactdesk.store.models import (
    ContactJobResponsibility,
    ContactMailingGroup,
    ContactProfileAnswer,
    JobResponsibility,
    MailingGroup,
    ProfileQuestionnaire,
    SegmentCriteriaLine,
    SegmentHistory,
)

from .conftest import FixtureF

RETAIL = Filter("industry_group", "industry_group_code", "RETAIL")


def _add(no: str, *filters: Filter, **options: bool) -> criteria.ChangeResult:
    return criteria.run(no, CriteriaRequest(CriteriaAction.ADD, filters, CriteriaOptions(**options)))


def _on(no: str) -> list[str]:
    return sorted(line.contact_no for line in segment_lines.list_lines(no))


def _new(f: FixtureF) -> str:
    return segments.create_segment("Spring", "T1", "SP1")


def test_industry_group_matches_persons_through_their_company(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)
    result = _add(no, RETAIL)
    assert result.added == 3 and result.action_no == 1
    assert _on(no) == sorted([fixture_f.C1, fixture_f.P1, fixture_f.P2])
    rows = list(SegmentCriteriaLine.select().order_by(SegmentCriteriaLine.line_no))
    assert [(r.type, r.no_of_filters) for r in rows] == [(CriteriaLineType.ACTION, 1), (CriteriaLineType.FILTER, 0)]
    assert Filter.from_json(rows[1].filter_json) == RETAIL
    # Go back finds the lines an Add brought in by their source_action_no, so no Insertion rows are written.
    assert SegmentHistory.select().where(SegmentHistory.action_taken == HistoryAction.INSERTION).count() == 0
    # Sorted by company, then the company before its persons.
    assert [line.contact_no for line in segment_lines.list_lines(no)][0] == fixture_f.C1
    assert {line.source_action_no for line in segment_lines.list_lines(no)} == {1}


def test_allow_existing(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)
    _add(no, RETAIL)
    again = _add(no, RETAIL)
    assert (again.added, again.unchanged) == (0, "already_on_segment")
    assert segments.get_segment(no).criteria_actions == 2  # recorded all the same (spec §2.7)
    assert _add(no, RETAIL, allow_existing=True).added == 3
    assert len(_on(no)) == 6


def test_expand_companies(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)
    _add(no, Filter("contact", "no", fixture_f.P1), expand_companies=True)
    assert _on(no) == sorted([fixture_f.C1, fixture_f.P1, fixture_f.P2])


def test_allow_related_companies(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)
    _add(no, Filter("contact", "no", fixture_f.P1), allow_related_companies=True)
    assert _on(no) == sorted([fixture_f.C1, fixture_f.P1])


def test_exclusion(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)
    assert _add(no, Filter("contact", "no", fixture_f.P3)).added == 0
    assert segments.get_segment(no).criteria_actions == 1
    _add(no, Filter("contact", "no", fixture_f.P3), ignore_exclusion=True)
    assert _on(no) == [fixture_f.P3]


def test_interaction_history_source(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)
    by_template = Filter("interaction", "interaction_template_code", "T2")
    in_2024 = Filter("interaction", "date", "2024-01-01..2024-12-31")
    preview = criteria.preview(no, CriteriaRequest(CriteriaAction.ADD, (by_template, in_2024)))
    assert preview.count == 1 and preview.sample[0][0] == fixture_f.P4
    assert _add(no, by_template, Filter("contact", "type", "Company")).unchanged == "no_match"
    assert _add(no, by_template, Filter("interaction", "date", "2025-01-01..")).added == 0
    _add(no, by_template, in_2024)
    assert _on(no) == [fixture_f.P4]


def test_mailing_job_and_profile_sources_match_the_contact_itself(fixture_f: FixtureF) -> None:
    MailingGroup.create(code="NEWS")
    JobResponsibility.create(code="PURCH")
    ProfileQuestionnaire.create(code="SIZE")
    ids = {no: contacts._get_row(no).id for no in (fixture_f.P1, fixture_f.P2, fixture_f.C2)}
    ContactMailingGroup.create(contact=ids[fixture_f.P1], mailing_group="NEWS")
    ContactJobResponsibility.create(contact=ids[fixture_f.P2], job_responsibility="PURCH")
    ContactProfileAnswer.create(contact=ids[fixture_f.C2], questionnaire="SIZE", line_no=20000)
    no = _new(fixture_f)
    count = lambda *filters: criteria.preview(no, CriteriaRequest(CriteriaAction.ADD, filters)).count  # noqa: E731
    assert count(Filter("mailing_group", "mailing_group_code", "news")) == 1
    assert count(Filter("job_responsibility", "job_responsibility_code", "PURCH")) == 1
    assert count(Filter("profile", "questionnaire_code", "SIZE"), Filter("profile", "line_no", "20000")) == 1
    assert count(Filter("profile", "questionnaire_code", "SIZE"), Filter("profile", "line_no", "30000")) == 0
    assert count(Filter("business_relation", "business_relation_code", "CUST")) == 3


def test_contact_field_expressions(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)
    count = lambda *filters: criteria.preview(no, CriteriaRequest(CriteriaAction.ADD, filters)).count  # noqa: E731
    assert count(Filter("contact", "city", "utrecht")) == 3  # persons took the company's address
    assert count(Filter("contact", "city", "Utr*|Oslo")) == 4  # P3 in Oslo is excluded
    assert count(Filter("contact", "name", "piet*")) == 1
    assert count(Filter("contact", "type", "person")) == 3  # P3 is excluded
    assert count(Filter("contact", "no", f"{fixture_f.C1}..{fixture_f.P2}")) == 4
    assert count(Filter("contact", "no", f"<>{fixture_f.C1}")) == 4
    assert count(Filter("contact", "salesperson_code", "SP2")) == 1
    assert count(Filter("contact", "salesperson_code", "''")) == 4
    assert count(Filter("contact", "correspondence_type", "E-mail")) == 2
    assert count(Filter("contact", "language_code", "nl")) == 1
    assert count() == 5  # no filter: everybody who is not excluded


def test_bad_expressions_are_refused_before_anything_happens(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)
    with pytest.raises(ValidationErrors) as caught:
        _add(
            no,
            Filter("interaction", "date", "last spring"),
            Filter("contact", "type", "robot"),
            Filter("contact", "shoe_size", "42"),
        )
    assert [(e.field, e.problem) for e in caught.value.errors] == [
        ("date", "invalid"),
        ("type", "invalid"),
        ("contact.shoe_size", "unknown"),
    ]
    assert segments.get_segment(no).criteria_actions == 0


def test_empty_filters_are_not_recorded(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)
    _add(no, RETAIL, Filter("contact", "city", "  "))
    assert SegmentCriteriaLine.select().count() == 2


def test_preview_counts_who_would_join(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)
    request = CriteriaRequest(CriteriaAction.ADD, (RETAIL,))
    preview = criteria.preview(no, request)
    assert preview.count == 3 and [c for c, _n in preview.sample][0] == fixture_f.C1
    assert segments.get_segment(no).lines == 0  # a preview changes nothing
    criteria.run(no, request)
    assert criteria.preview(no, request).count == 0


def test_cancel_leaves_the_segment_as_it_was(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)

    class Stop(Exception):
        pass

    def cancel_at(step: int) -> None:
        if step == 2:
            raise Stop()

    with pytest.raises(Stop):
        criteria.run(no, CriteriaRequest(CriteriaAction.ADD, (RETAIL,)), progress=cancel_at)
    header = segments.get_segment(no)
    assert (header.lines, header.criteria_actions, header.version) == (0, 0, 1)
    assert SegmentHistory.select().count() == 0


def test_line_dates_follow_the_header(fixture_f: FixtureF) -> None:
    no = _new(fixture_f)
    segments.update_header(no, {"date": date(2026, 12, 1)})
    _add(no, RETAIL)
    assert {line.date for line in segment_lines.list_lines(no)} == {date(2026, 12, 1)}
