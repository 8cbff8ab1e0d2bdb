"""Reduce, Refine, manual edits and Go back (spec §2.4, §2.6, §2.7, §4 scenarios 13–15)."""

from __future__ import annotations

import pytest

from contactdesk.crm import criteria, segment_lines, segments
from contactdesk.crm.criteria import CriteriaOptions, CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.store.enums import CriteriaAction
from contactdesk.store.models import SegmentCriteriaLine, SegmentHistory, SegmentHistoryLine

from .conftest import FixtureF


def _lines(no: str) -> list[tuple[int, str]]:
    return [(line.line_no, line.contact_no) for line in segment_lines.list_lines(no)]


def _contacts(no: str) -> list[str]:
    return sorted(contact for _line, contact in _lines(no))


def _four(f: FixtureF) -> str:
    """Lines C1, P1, P2, P4 from one Add contacts run."""
    no = segments.create_segment("Spring", "T1", "SP1")
    everyone = Filter("contact", "no", "|".join([f.C1, f.P1, f.P2, f.P4]))
    criteria.run(no, CriteriaRequest(CriteriaAction.ADD, (everyone,)))
    return no


def _remove(no: str, action: CriteriaAction, contact: str, entire: bool = False) -> criteria.ChangeResult:
    request = CriteriaRequest(action, (Filter("contact", "no", contact),), CriteriaOptions(entire_companies=entire))
    return criteria.run(no, request)


@pytest.mark.parametrize(
    ("action", "entire", "left"),
    [
        (CriteriaAction.REDUCE, False, ["C1", "P2", "P4"]),
        (CriteriaAction.REFINE, False, ["P1"]),
        (CriteriaAction.REDUCE, True, ["P4"]),
        (CriteriaAction.REFINE, True, ["C1", "P1", "P2"]),
    ],
)
def test_reduce_and_refine(fixture_f: FixtureF, action: CriteriaAction, entire: bool, left: list[str]) -> None:
    no = _four(fixture_f)
    preview = criteria.preview(
        no, CriteriaRequest(action, (Filter("contact", "no", fixture_f.P1),), CriteriaOptions(entire_companies=entire))
    )
    result = _remove(no, action, fixture_f.P1, entire)
    assert result.removed == preview.count == 4 - len(left)
    assert _contacts(no) == sorted(getattr(fixture_f, name) for name in left)
    action_row = SegmentCriteriaLine.get(SegmentCriteriaLine.line_no == 3)
    assert action_row.entire_companies == entire and action_row.action == action


def test_go_back_restores_exactly_and_then_undoes_the_add(fixture_f: FixtureF) -> None:
    no = _four(fixture_f)
    before = _lines(no)
    _remove(no, CriteriaAction.REDUCE, fixture_f.P1)
    result = criteria.go_back(no)
    assert (result.added, result.removed, result.actions) == (1, 0, 1)
    assert _lines(no) == before  # same contacts on the same line numbers
    assert SegmentCriteriaLine.select().count() == 2 and SegmentHistoryLine.select().count() == 0
    criteria.go_back(no)
    assert _lines(no) == [] and SegmentCriteriaLine.select().count() == 0 and SegmentHistory.select().count() == 0
    unchanged = criteria.go_back(no)
    assert unchanged.actions == 0 and unchanged.version == segments.get_segment(no).version


def test_go_back_keeps_what_the_user_had_changed_on_a_removed_line(fixture_f: FixtureF) -> None:
    no = _four(fixture_f)
    p1 = dict((contact, line) for line, contact in _lines(no))[fixture_f.P1]
    segment_lines.update_line(no, p1, "comment", "Met her at the fair")
    segment_lines.update_line(no, p1, "template_code", "T3")
    kept = segment_lines.get_line(no, p1)
    criteria.run(no, CriteriaRequest(CriteriaAction.REFINE, (Filter("contact", "type", "Company"),)))
    assert _contacts(no) == [fixture_f.C1]
    criteria.go_back(no)
    assert segment_lines.get_line(no, p1) == kept


def test_manual_removal_is_undoable(fixture_f: FixtureF) -> None:
    no = _four(fixture_f)
    p2 = dict((contact, line) for line, contact in _lines(no))[fixture_f.P2]
    result = segment_lines.remove_lines(no, [p2])
    assert result.removed == 1 and result.actions == 2
    action = criteria.list_actions(no)[-1]
    assert action.manual and action.request.action == CriteriaAction.REDUCE
    assert action.request.filters[0].expr == fixture_f.P2
    criteria.go_back(no)
    assert fixture_f.P2 in _contacts(no)


def test_manual_add_is_undoable_and_says_why(fixture_f: FixtureF) -> None:
    no = _four(fixture_f)
    result = segment_lines.add_contacts_by_hand(no, [fixture_f.C2.lower()])
    assert result.added == 1 and result.action_no == 2
    line = next(line for line in segment_lines.list_lines(no) if line.contact_no == fixture_f.C2)
    assert line.source_action_no == 2 and criteria.list_actions(no)[1].manual
    assert segment_lines.add_contacts_by_hand(no, [fixture_f.C2]).unchanged == "already_on_segment"
    criteria.go_back(no)  # the add that changed nothing
    criteria.go_back(no)
    assert fixture_f.C2 not in _contacts(no)


def test_go_back_after_allow_existing_removes_only_the_new_duplicates(fixture_f: FixtureF) -> None:
    no = _four(fixture_f)
    before = _lines(no)
    criteria.run(
        no,
        CriteriaRequest(
            CriteriaAction.ADD, (Filter("contact", "no", fixture_f.P1),), CriteriaOptions(allow_existing=True)
        ),
    )
    assert len(_lines(no)) == 5
    criteria.go_back(no)
    assert _lines(no) == before


def test_emptied_segment_can_reset_its_criteria(fixture_f: FixtureF) -> None:
    no = _four(fixture_f)
    numbers = [line for line, _contact in _lines(no)]
    result = segment_lines.remove_lines(no, numbers, reset_when_empty=True)
    assert result.removed == 4 and result.actions == 0
    assert SegmentCriteriaLine.select().count() == 0 and SegmentHistoryLine.select().count() == 0


def test_a_refine_that_empties_the_segment_can_reset_its_criteria(fixture_f: FixtureF) -> None:
    no = _four(fixture_f)
    assert criteria.reset_empty(no).actions == 1  # lines left: nothing is forgotten
    result = _remove(no, CriteriaAction.REFINE, fixture_f.C2)
    assert (result.removed, result.actions, segments.get_segment(no).lines) == (4, 2, 0)
    reset = criteria.reset_empty(no, result.version)
    assert reset.actions == 0 and segments.get_segment(no).criteria_actions == 0
    assert SegmentCriteriaLine.select().count() == SegmentHistory.select().count() == 0
    assert SegmentHistoryLine.select().count() == 0


def test_actions_that_change_nothing_are_recorded_and_go_back_removes_them(fixture_f: FixtureF) -> None:
    no = _four(fixture_f)
    before = _lines(no)
    reduce = _remove(no, CriteriaAction.REDUCE, fixture_f.C2)
    everyone = Filter("contact", "country_code", "NL|''")
    refine = criteria.run(no, CriteriaRequest(CriteriaAction.REFINE, (everyone,)))
    assert (reduce.removed, reduce.unchanged, refine.removed, refine.unchanged) == (0, "no_match", 0, "nothing_removed")
    assert (reduce.actions, refine.actions, segments.get_segment(no).criteria_actions) == (2, 3, 3)
    recorded = criteria.list_actions(no)
    assert [a.request.filters for a in recorded[1:]] == [(Filter("contact", "no", fixture_f.C2),), (everyone,)]
    assert criteria.go_back(no).actions == 2 and criteria.go_back(no).actions == 1
    assert _lines(no) == before


def test_go_back_after_a_replaced_number_keeps_both_lines(fixture_f: FixtureF) -> None:
    no = _four(fixture_f)
    last = _lines(no)[-1]
    segment_lines.remove_lines(no, [last[0]])
    segment_lines.add_contacts_by_hand(no, [fixture_f.C2])  # takes the freed number
    assert _lines(no)[-1][0] == last[0]
    criteria.go_back(no)
    criteria.go_back(no)
    assert _lines(no)[-1] == last


def test_go_back_gives_a_taken_line_number_a_new_one(fixture_f: FixtureF) -> None:
    from contactdesk.crm.segment_base import get_row
    from contactdesk.store.models import Contact, SegmentLine

    no = _four(fixture_f)
    line, contact = _lines(no)[0]
    segment_lines.remove_lines(no, [line])
    # Something outside the criteria actions took the freed number meanwhile.
    SegmentLine.create(segment=get_row(no).id, line_no=line, contact=Contact.get(Contact.no == fixture_f.C2).id)
    criteria.go_back(no)
    lines = _lines(no)
    assert (line, fixture_f.C2) in lines and (lines[-1][1], lines[-1][0] > line) == (contact, True)
