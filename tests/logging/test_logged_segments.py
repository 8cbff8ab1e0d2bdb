"""Logged segments without Qt: list, entries, cancel/un-cancel (E17), delete canceled, follow-up and reuse."""

from __future__ import annotations

import pytest

from contactdesk.crm import criteria, interaction_changes, logged_segments, saved_criteria, segment_lines, segments
from contactdesk.crm.errors import EntryStateError, LoggedSegmentStateError
from contactdesk.crm.interaction_statistics import BY_SALESPERSON, BY_TEMPLATE, statistics
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import log_segment
from contactdesk.crm.reuse_logged import reuse_logged_segment
from contactdesk.store.models import Campaign, CampaignEntry, InteractionLogEntry, LoggedSegment

from .conftest import TODAY, F

E = InteractionLogEntry


def _count(by: str, code: str) -> int:
    return next((row.interactions for row in statistics(by) if row.code == code), 0)


def _logged(f: F) -> str:
    return log_segment(f.segment("C1", "P1", "P4"), today=TODAY).logged_segment


def test_list_entries_and_one_logged_segment(f: F) -> None:
    no = _logged(f)
    (row,) = logged_segments.list_logged_segments()
    assert (row.no, row.segment_no, row.description, row.date, row.entries, row.canceled, row.undoable) == (
        no,
        "SEG00001",
        "Spring",
        TODAY,
        3,
        False,
        True,
    )
    assert row.as_dict()["segment_no"] == "SEG00001"
    assert logged_segments.get_logged_segment(no.lower()) == row
    assert [e.contact_no for e in logged_segments.entries(no)] == [f.C1, f.P1, f.P4]
    assert logged_segments.list_logged_segments("spring") == [row]
    assert logged_segments.list_logged_segments("nothing like it") == []


def test_scenario_23_cancel_uncancel_and_delete(f: F) -> None:
    Campaign.create(no="CP01", description="Spring campaign")
    no = f.segment("C1", "P1", "P4")
    segments.update_header(no, {"campaign_no": "CP01"})
    logged_no = log_segment(no, today=TODAY).logged_segment
    assert (_count(BY_TEMPLATE, "T1"), _count(BY_SALESPERSON, "SP1")) == (3, 3)
    assert logged_segments.set_canceled([logged_no], True) == 1
    assert all(e.canceled for e in E.select()) and CampaignEntry.get().canceled
    assert (_count(BY_TEMPLATE, "T1"), _count(BY_SALESPERSON, "SP1")) == (0, 0)
    assert logged_segments.get_logged_segment(logged_no).entries == 3  # entries sharing its canceled state
    one = E.select().first()
    with pytest.raises(EntryStateError) as refused:  # E17
        interaction_changes.set_canceled([one.entry_no], False)
    assert (refused.value.problem, refused.value.key) == ("logged_segment_canceled", logged_no)
    assert logged_segments.set_canceled([logged_no], False) == 1
    assert not any(e.canceled for e in E.select()) and _count(BY_TEMPLATE, "T1") == 3
    logged_segments.set_canceled([logged_no], True)
    assert logged_segments.delete_canceled() == 1
    assert LoggedSegment.select().count() == 0
    assert {e.logged_segment_id for e in E.select()} == {None} and E.select().count() == 3
    assert CampaignEntry.get().register_no == 0
    with pytest.raises(EntryStateError) as still:  # no logged segment holds it back, its campaign entry does
        interaction_changes.set_canceled([one.entry_no], False)
    assert still.value.problem == "campaign_entry_canceled"


def test_only_canceled_logged_segments_are_deleted(f: F) -> None:
    no = _logged(f)
    with pytest.raises(LoggedSegmentStateError):
        logged_segments.delete_canceled([no])
    assert logged_segments.delete_canceled() == 0
    assert LoggedSegment.select().count() == 1


def test_follow_up_from_the_logged_segments_page(f: F) -> None:
    no = _logged(f)
    follow_up = logged_segments.create_follow_up(no, today=TODAY)
    header = segments.get_segment(follow_up)
    assert header.description == "Follow-up on segment SEG00001"
    assert (header.template_code, header.salesperson_code, header.lines, header.criteria_actions) == ("T1", "SP1", 3, 1)
    assert logged_segments.get_logged_segment(no).follow_up_segment_no == follow_up


def test_reuse_as_new_segment_appends_one_line_per_entry_with_its_campaign(f: F) -> None:
    Campaign.create(no="CP01", description="Spring campaign")
    no = _logged(f)
    E.update(campaign="CP01").where(E.contact_no == f.P1).execute()
    new = logged_segments.new_segment_from_logged(no, today=TODAY)
    lines = segment_lines.list_lines(new, limit=-1)
    assert [line.contact_no for line in lines] == [f.C1, f.P1, f.P4]
    assert segments.get_segment(new).description == "Spring"
    campaigns = {e.contact_no: e for e in segment_lines.list_lines(new, limit=-1)}
    assert set(campaigns) == {f.C1, f.P1, f.P4}


def test_reuse_on_a_segment_is_a_criteria_action_go_back_and_saved_criteria(f: F) -> None:
    logged_no = _logged(f)
    target = f.segment("P2")
    result = reuse_logged_segment(target, logged_no)
    assert (result.added, result.actions) == (3, 2)
    assert [line.contact_no for line in segment_lines.list_lines(target, limit=-1)] == [f.P2, f.C1, f.P1, f.P4]
    saved_criteria.save_criteria(target, "AGAIN")
    criteria.go_back(target)
    assert [line.contact_no for line in segment_lines.list_lines(target, limit=-1)] == [f.P2]
    replayed = f.segment()
    assert saved_criteria.reuse_criteria(replayed, "AGAIN").added == 4  # the reuse filter replays by number
    empty = log_segment(f.segment("P2", description="Solo"), LogOptions(), today=TODAY).logged_segment
    E.delete().execute()
    # Nothing left to reuse: still one recorded criteria action (spec §2.8/2.9), which Go back removes.
    before = segments.get_segment(target).criteria_actions
    nothing = reuse_logged_segment(target, empty)
    assert (nothing.added, nothing.unchanged) == (0, "no_match")
    assert segments.get_segment(target).criteria_actions == before + 1
    assert criteria.list_actions(target)[-1].request.filters[0].expr == empty
    criteria.go_back(target)
    assert segments.get_segment(target).criteria_actions == before


def test_cancel_and_restore_several_and_unknown(f: F) -> None:
    first = _logged(f)
    second = log_segment(f.segment("P2", description="Other"), today=TODAY).logged_segment
    assert logged_segments.set_canceled([first, second, first], True) == 2
    assert logged_segments.set_canceled([first], True) == 0
    with pytest.raises(Exception, match="does not exist"):
        logged_segments.set_canceled(["LSEG09999"], False)
