"""Save, reuse, rename and delete segmentation criteria (spec §2.8, §4 scenario 16, E15, E16)."""

from __future__ import annotations

import pytest

from contactdesk.crm import contacts, criteria, saved_criteria, segment_lines, segments
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.criteria import CriteriaOptions, CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.errors import (
    DuplicateCodeError,
    NoCriteriaActionsError,
    NotFoundError,
    ValidationErrors,
)
from contactdesk.store.enums import ContactType, CriteriaAction
from contactdesk.store.models import ContactIndustryGroup, SavedCriteriaLine

from .conftest import FixtureF

RETAIL = Filter("industry_group", "industry_group_code", "RETAIL")


def _contacts(no: str) -> list[str]:
    return sorted(line.contact_no for line in segment_lines.list_lines(no))


def _retail_segment() -> str:
    no = segments.create_segment("Retail", "T1", "SP1")
    criteria.run(no, CriteriaRequest(CriteriaAction.ADD, (RETAIL,)))
    return no


def test_save_and_reuse_gives_the_same_lines_and_actions(fixture_f: FixtureF) -> None:
    first = _retail_segment()
    info = saved_criteria.save_criteria(first, "retail", "Retail companies and people")
    assert (info.code, info.actions, info.description) == ("RETAIL", 1, "Retail companies and people")
    second = segments.create_segment("Again", "T1", "SP1")
    result = saved_criteria.reuse_criteria(second, "RETAIL")
    assert result.added == 3 and result.actions == 1
    assert _contacts(second) == _contacts(first)
    assert criteria.list_actions(second)[0].request == criteria.list_actions(first)[0].request


def test_reuse_replays_against_todays_contacts_one_step_at_a_time(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Shops", "T1", "SP1")
    shops = Filter("industry_group", "industry_group_code", "RETAIL|WHOLESALE")
    criteria.run(no, CriteriaRequest(CriteriaAction.ADD, (shops,)))
    criteria.run(
        no,
        CriteriaRequest(
            CriteriaAction.REFINE, (Filter("contact", "no", fixture_f.P1),), CriteriaOptions(entire_companies=True)
        ),
    )
    criteria.run(no, CriteriaRequest(CriteriaAction.REDUCE, (Filter("contact", "type", "Company"),)))
    saved_criteria.save_criteria(no, "R2")
    newcomer = contacts.create_contact(ContactData(type=ContactType.COMPANY, name="Shop Three"))
    ContactIndustryGroup.create(contact=contacts._get_row(newcomer).id, industry_group="RETAIL")
    other = segments.create_segment("Replay", "T1")
    result = saved_criteria.reuse_criteria(other, "R2")
    # Entire companies is honoured on the replayed Refine: all of C1's people stay.
    assert _contacts(other) == sorted([fixture_f.P1, fixture_f.P2])
    assert result.actions == 3 and segments.get_segment(other).criteria_actions == 3
    criteria.go_back(other)
    assert _contacts(other) == sorted([fixture_f.C1, fixture_f.P1, fixture_f.P2])
    criteria.go_back(other)
    assert _contacts(other) == sorted([fixture_f.C1, fixture_f.P1, fixture_f.P2, fixture_f.C2, newcomer])


def test_saving_needs_actions_and_a_new_code(fixture_f: FixtureF) -> None:
    empty = segments.create_segment("Empty")
    with pytest.raises(NoCriteriaActionsError):
        saved_criteria.save_criteria(empty, "NONE")
    no = _retail_segment()
    saved_criteria.save_criteria(no, "RETAIL")
    with pytest.raises(DuplicateCodeError):
        saved_criteria.save_criteria(no, "retail")
    with pytest.raises(ValidationErrors) as caught:
        saved_criteria.save_criteria(no, "  ")
    assert caught.value.errors[0].problem == "required"
    with pytest.raises(ValidationErrors):
        saved_criteria.save_criteria(no, "MUCH-TOO-LONG")


def test_manual_actions_are_saved_and_replayed(fixture_f: FixtureF) -> None:
    no = segments.create_segment("By hand", "T1", contact_nos=[fixture_f.P4, fixture_f.P1])
    line = next(line for line in segment_lines.list_lines(no) if line.contact_no == fixture_f.P1)
    segment_lines.remove_lines(no, [line.line_no])
    saved_criteria.save_criteria(no, "HAND")
    actions = saved_criteria.saved_actions("HAND")
    assert [a.manual for a in actions] == [True, True]
    other = segments.create_segment("Again", "T1")
    saved_criteria.reuse_criteria(other, "HAND")
    assert _contacts(other) == [fixture_f.P4]


def test_list_rename_and_delete(fixture_f: FixtureF) -> None:
    no = _retail_segment()
    saved_criteria.save_criteria(no, "A", "First")
    saved_criteria.save_criteria(no, "B", "Second")
    assert [(i.code, i.actions) for i in saved_criteria.list_saved_criteria()] == [("A", 1), ("B", 1)]
    renamed = saved_criteria.rename_saved_criteria("A", "RETAIL", "Retail")
    assert (renamed.code, renamed.description, renamed.actions) == ("RETAIL", "Retail", 1)
    with pytest.raises(DuplicateCodeError):
        saved_criteria.rename_saved_criteria("RETAIL", "B")
    saved_criteria.delete_saved_criteria("B")
    assert [i.code for i in saved_criteria.list_saved_criteria()] == ["RETAIL"]
    assert SavedCriteriaLine.select().count() == 2
    with pytest.raises(NotFoundError):
        saved_criteria.delete_saved_criteria("B")


def test_reuse_that_changes_nothing_is_still_recorded_and_go_back_removes_it(fixture_f: FixtureF) -> None:
    no = _retail_segment()
    saved_criteria.save_criteria(no, "RETAIL")
    lines = segment_lines.count_lines(no)
    result = saved_criteria.reuse_criteria(no, "RETAIL")
    # Spec §2.8: each replayed action records its own criteria rows, whether it changed lines or not.
    assert (result.added, result.removed, result.actions, result.unchanged) == (0, 0, 2, "no_match")
    assert segments.get_segment(no).criteria_actions == 2 and segment_lines.count_lines(no) == lines
    assert criteria.list_actions(no)[1].request == criteria.list_actions(no)[0].request
    criteria.go_back(no)
    assert segments.get_segment(no).criteria_actions == 1 and segment_lines.count_lines(no) == lines
