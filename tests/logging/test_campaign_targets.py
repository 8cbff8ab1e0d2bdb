"""Target groups follow the segment lines at once (spec §2.1 step 6, §1.17), not only logging and activation.

On an activated campaign, a target line puts its contact's company in the group (once; a standalone
person itself); removing the line, clearing its flag or moving it to another campaign takes the company
out again unless another line or a live logged entry still targets it. Canceling, restoring, undoing and
deleting entries leave the group as what remains says.
"""

from __future__ import annotations

import pytest

from contactdesk.crm import (
    campaign_entries,
    campaign_targets,
    campaigns,
    criteria,
    interaction_changes,
    interactions,
    logged_segments,
    segment_lines,
    segments,
)
from contactdesk.crm.campaign_data import CampaignData
from contactdesk.crm.criteria import CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.errors import LogRefusedError
from contactdesk.crm.line_contact import change_line_contact
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.log_undo import undo_logging
from contactdesk.crm.logging_ import log_segment
from contactdesk.crm.reuse_logged import reuse_logged_segment
from contactdesk.store.enums import CriteriaAction
from contactdesk.store.models import InteractionLogEntry, Segment

from .conftest import TODAY, F

E = InteractionLogEntry


def _activated(description: str = "Spring campaign") -> str:
    no = campaigns.create_campaign(CampaignData(description=description)).no
    campaign_targets.activate(no)
    return no


def _group(no: str) -> list[str]:
    return [contact for contact, _name in campaign_targets.target_companies(no)]


def _segment(f: F, names: list[str], campaign: str, target: bool = True) -> str:
    contact_nos = [getattr(f, name) for name in names]
    return segments.create_segment(
        "Spring", "T1", "SP1", TODAY, contact_nos, campaign_no=campaign, campaign_target=target
    )


def _line_of(no: str, contact_no: str) -> int:
    return next(line.line_no for line in segment_lines.list_lines(no, limit=-1) if line.contact_no == contact_no)


def test_a_target_line_joins_the_group_when_it_is_added_and_leaves_with_its_last_line(f: F) -> None:
    no = _activated()
    segment = _segment(f, ["P1"], no)
    assert _group(no) == [f.C1]  # at once, before anything is logged
    segment_lines.add_contacts_by_hand(segment, [f.P2, f.P4, f.C1])
    # C1 once for itself and both its persons; P4 stands alone.
    assert _group(no) == [f.C1, f.P4]
    assert campaigns.statistics([no])[no].target_companies == 2
    segment_lines.remove_lines(segment, [_line_of(segment, f.P1), _line_of(segment, f.P4)])
    assert _group(no) == [f.C1]  # P2 and C1 still target C1
    segment_lines.remove_lines(segment, [_line_of(segment, f.P2), _line_of(segment, f.C1)])
    assert _group(no) == []
    criteria.go_back(segment)  # the two lines come back
    assert _group(no) == [f.C1]
    criteria.go_back(segment)
    assert _group(no) == [f.C1, f.P4]


def test_criteria_actions_go_back_and_a_changed_contact_carry_the_group(f: F) -> None:
    no = _activated()
    segment = _segment(f, [], no)
    added = criteria.run(segment, CriteriaRequest(CriteriaAction.ADD, (Filter("contact", "no", f.P4),)))
    assert added.added == 1 and _group(no) == [f.P4]
    change_line_contact(segment, _line_of(segment, f.P4), f.P1)
    assert _group(no) == [f.C1]  # P4 left with its line, P1's company came
    criteria.go_back(segment)  # the change is a remove plus an add: one step back removes P1
    assert _group(no) == []
    criteria.go_back(segment)
    assert _group(no) == [f.P4]
    segments.delete_segment(segment)
    assert _group(no) == []


def test_header_changes_reaching_the_lines_move_the_group(f: F) -> None:
    first, second = _activated(), _activated("Autumn campaign")
    segment = _segment(f, ["P1", "P4"], first)
    assert _group(first) == [f.C1, f.P4]
    segments.update_header(segment, {"campaign_target": False})
    assert _group(first) == []
    segments.update_header(segment, {"campaign_target": True})
    assert _group(first) == [f.C1, f.P4]
    segments.update_header(segment, {"campaign_no": second})
    assert (_group(first), _group(second)) == ([], [f.C1, f.P4])
    # A line's own template copies the template's target flag (spec §2.1): T2 is no campaign target.
    segment_lines.update_line(segment, _line_of(segment, f.P4), "template_code", "T2")
    assert _group(second) == [f.C1]
    segments.update_header(segment, {"campaign_no": ""})
    assert _group(second) == []
    # The lines kept their flags without a campaign: back on one, they target again.
    segments.update_header(segment, {"campaign_no": first})
    assert _group(first) == [f.C1]
    # A header change the user keeps off the lines leaves them, and the group, as they are.
    segments.update_header(segment, {"campaign_target": True})
    segments.update_header(segment, {"campaign_target": False}, ask=lambda *_: False)
    assert _group(first) == [f.C1]


def test_a_campaign_that_is_not_activated_gets_no_group_until_it_is(f: F) -> None:
    no = campaigns.create_campaign(CampaignData(description="Later")).no
    segment = _segment(f, ["P1", "P4"], no)
    assert _group(no) == []
    assert campaign_targets.activate(no) == 2
    segment_lines.remove_lines(segment, [_line_of(segment, f.P4)])
    assert _group(no) == [f.C1]
    assert campaign_targets.deactivate(no) == 1
    segment_lines.add_contacts_by_hand(segment, [f.P4])
    assert _group(no) == []


def test_logged_entries_keep_their_companies_until_canceled_and_undoing_puts_the_lines_back(f: F) -> None:
    no = _activated()
    logged_no = log_segment(_segment(f, ["P1", "P4"], no), today=TODAY).logged_segment
    assert _group(no) == [f.C1, f.P4]  # the lines became live target entries
    other = _segment(f, ["P2"], no)
    segment_lines.remove_lines(other, [_line_of(other, f.P2)])
    assert _group(no) == [f.C1, f.P4]  # the logged entry still targets C1
    logged_segments.set_canceled([logged_no], True)
    assert _group(no) == []
    logged_segments.set_canceled([logged_no], False)
    assert _group(no) == [f.C1, f.P4]
    (campaign_entry,) = campaign_entries.list_entries(no)
    campaign_entries.set_canceled([campaign_entry.entry_no], True)
    assert _group(no) == []
    campaign_entries.set_canceled([campaign_entry.entry_no], False)
    assert _group(no) == [f.C1, f.P4]
    restored = undo_logging(logged_no).segment_no
    # The entries are gone and the lines are back: the lines alone target both companies now.
    assert not E.select().where(E.campaign == no).exists() and _group(no) == [f.C1, f.P4]
    segment_lines.remove_lines(restored, [_line_of(restored, f.P4)])
    assert _group(no) == [f.C1]
    segments.delete_segment(restored)
    assert _group(no) == []


def test_a_follow_up_segment_and_a_reused_logged_segment_carry_the_targets(f: F) -> None:
    no = _activated()
    result = log_segment(_segment(f, ["P4"], no), LogOptions(follow_up=True), today=TODAY)
    assert result.follow_up and _group(no) == [f.P4]
    logged_segments.set_canceled([result.logged_segment], True)
    assert _group(no) == [f.P4]  # the follow-up segment's line (the header's target flag) still targets P4
    segments.delete_segment(str(result.follow_up))
    assert _group(no) == []
    logged_segments.set_canceled([result.logged_segment], False)
    again = _segment(f, [], no)
    reuse_logged_segment(again, result.logged_segment)
    assert _group(no) == [f.P4]
    segments.update_header(again, {"campaign_target": False})
    assert _group(no) == [f.P4]  # the logged entry still targets it
    logged_segments.set_canceled([result.logged_segment], True)
    assert _group(no) == []


def test_a_single_interaction_and_a_refused_logging_leave_the_group_consistent(f: F) -> None:
    no = _activated()
    request = interactions.new_request(f.P4, template_code="T2", campaign_no=no)
    request.campaign_target, request.salesperson_code, request.date = True, "SP1", TODAY
    entry_no = interactions.log_interaction(request).entry_no
    assert _group(no) == [f.P4]
    interaction_changes.set_canceled([entry_no], True)
    assert _group(no) == []
    interaction_changes.set_canceled([entry_no], False)
    assert _group(no) == [f.P4]
    second = interactions.log_interaction(request).entry_no
    interaction_changes.set_canceled([entry_no], True)
    assert _group(no) == [f.P4]  # the second entry still targets P4
    interaction_changes.delete_canceled_entries([entry_no])
    assert _group(no) == [f.P4]
    (kept,) = [row for row in campaign_entries.list_entries(no) if row.interactions]
    campaign_entries.set_canceled([kept.entry_no], True)
    assert _group(no) == [] and E.get(E.entry_no == second).canceled
    campaign_entries.delete_canceled([kept.entry_no])
    assert _group(no) == []
    segment = _segment(f, ["P1"], no)
    Segment.update(description="").where(Segment.no == segment).execute()
    with pytest.raises(LogRefusedError):
        log_segment(segment, today=TODAY)
    assert _group(no) == [f.C1]  # the refused logging changed nothing
