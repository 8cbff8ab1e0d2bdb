"""Logging a segment through the service, without Qt: entries, logged segment, follow-up, one transaction."""

from __future__ import annotations

from decimal import Decimal

import pytest

from contactdesk.crm import criteria, segment_lines, segments
from contactdesk.crm.errors import ConcurrentEditError, NotFoundError
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import STEPS, check_log, log_segment
from contactdesk.store.enums import CorrespondenceType, InformationFlow, InitiatedBy
from contactdesk.store.models import (
    Campaign,
    CampaignEntry,
    InteractionCommentLine,
    InteractionLogEntry,
    LoggedSegment,
    LoggedSegmentUndo,
    Segment,
)

from .conftest import TODAY, F, counts

E = InteractionLogEntry


def test_scenario_18_log_with_follow_up(f: F) -> None:
    no = f.segment("C1", "P1", "P4")
    assert no == "SEG00001"
    result = log_segment(no, LogOptions(follow_up=True), today=TODAY, user="anna")
    assert result.as_dict() == {"logged_segment": "LSEG00001", "entries": 3, "follow_up": "SEG00002"}
    logged = LoggedSegment.get(LoggedSegment.no == "LSEG00001")
    assert (logged.segment_no, logged.description, logged.creation_date, logged.user_id, logged.canceled) == (
        "SEG00001",
        "Spring",
        TODAY,
        "anna",
        False,
    )
    assert logged.follow_up_segment_no == "SEG00002"
    entries = list(E.select().where(E.logged_segment == logged.id).order_by(E.entry_no))
    assert [e.contact_no for e in entries] == [f.C1, f.P1, f.P4]
    for entry in entries:
        assert (entry.segment_no, entry.cost, entry.duration, entry.postponed, entry.canceled) == (
            "SEG00001",
            Decimal("2.50"),
            5,
            False,
            False,
        )
        assert (entry.interaction_template_id, entry.interaction_group_id, entry.salesperson_id) == (
            "T1",
            "LETTER",
            "SP1",
        )
        assert (entry.information_flow, entry.initiated_by, entry.date) == (
            InformationFlow.OUTBOUND,
            InitiatedBy.US,
            TODAY,
        )
        assert entry.description == "Spring" and entry.user_id == "anna" and len(entry.uid) == 36
    assert Segment.get_or_none(Segment.no == "SEG00001") is None
    follow_up = segments.get_segment("SEG00002")
    assert follow_up.description == "Follow-up on segment SEG00001"
    assert (follow_up.template_code, follow_up.salesperson_code, follow_up.date) == ("T1", "SP1", TODAY)
    assert follow_up.lines == 3 and follow_up.criteria_actions == 1
    assert sorted(line.contact_no for line in segment_lines.list_lines("SEG00002", limit=-1)) == sorted(
        [f.C1, f.P1, f.P4]
    )


def test_each_line_keeps_its_own_values(f: F) -> None:
    no = f.segment("C1", "P1", "P4")
    first, second, third = (line.line_no for line in segment_lines.list_lines(no, limit=-1))
    segment_lines.update_line(no, first, "description", "Personal visit")
    segment_lines.update_line(no, second, "template_code", "T2")
    segment_lines.update_line(no, third, "correspondence_type", int(CorrespondenceType.HARD_COPY))
    segment_lines.update_line(no, third, "comment", "Thanks for the coffee")
    segments.update_header(no, {"campaign_no": ""})
    log_segment(no, today=TODAY)
    c1, p1, p4 = E.select().order_by(E.entry_no)
    assert c1.description == "Personal visit"
    assert (p1.interaction_template_id, p1.cost, p1.correspondence_type) == (
        "T2",
        Decimal("1.00"),
        CorrespondenceType.HARD_COPY,
    )
    assert p1.language_code == "" and c1.language_code == ""
    assert p4.correspondence_type == CorrespondenceType.HARD_COPY
    comment = InteractionCommentLine.get(InteractionCommentLine.entry == p4.id)
    assert comment.comment == "Thanks for the coffee"


def test_language_versions_and_subject_follow_the_line(f: F) -> None:
    no = f.segment("P1", "P4")
    log_segment(no, today=TODAY)
    p1, p4 = E.select().order_by(E.entry_no)
    assert (p1.language_code, p4.language_code) == ("nl", "")
    assert p1.attachment_id is not None and p1.attachment_id != p4.attachment_id


def test_entry_numbers_continue_and_are_unique(f: F) -> None:
    E.create(entry_no=41, contact_no="X", date=TODAY)
    log_segment(f.segment("C1", "P1"), today=TODAY)
    log_segment(f.segment("P4", description="Second"), today=TODAY)
    assert [e.entry_no for e in E.select().order_by(E.entry_no)] == [41, 42, 43, 44]
    assert len({e.uid for e in E.select()}) == 4
    assert [row.no for row in LoggedSegment.select().order_by(LoggedSegment.no)] == ["LSEG00001", "LSEG00002"]


def test_without_delivery_an_email_line_without_address_is_logged_without_a_channel(f: F) -> None:
    # Scenario 20, Send off: logged, blank channel, nothing delivered; the check says so.
    no = f.segment("P2")
    assert check_log(no).blanked == 1
    log_segment(no, today=TODAY)
    entry = E.get()
    assert entry.correspondence_type == CorrespondenceType.BLANK and entry.delivery_status == 0


def test_campaign_entries_are_made_and_linked(f: F) -> None:
    Campaign.create(no="CP01", description="Spring campaign")
    no = f.segment("P1", "P4")
    segments.update_header(no, {"campaign_no": "CP01"})
    result = log_segment(no, today=TODAY)
    campaign_entry = CampaignEntry.get()
    logged = LoggedSegment.get(LoggedSegment.no == result.logged_segment)
    assert (campaign_entry.campaign_id, campaign_entry.register_no, campaign_entry.segment_no) == (
        "CP01",
        logged.id,
        no,
    )
    assert {e.campaign_entry_no for e in E.select()} == {campaign_entry.id}


def test_logging_is_one_transaction_cancel_rolls_back(f: F) -> None:
    no = f.segment("C1", "P1", "P4")
    before = counts()
    for stop_at in range(STEPS + 1):

        def progress(step: int, stop_at: int = stop_at) -> None:
            if step == stop_at:
                raise KeyboardInterrupt  # what a Cancel (or the process dying) does mid-way

        with pytest.raises(KeyboardInterrupt):
            log_segment(no, LogOptions(follow_up=True), progress=progress, today=TODAY)
        assert counts() == before
        assert LoggedSegmentUndo.select().count() == 0
    assert segments.get_segment(no).lines == 3


def test_version_conflict_and_unknown_segment(f: F) -> None:
    no = f.segment("P1")
    version = segments.get_segment(no).version
    segment_lines.add_contacts_by_hand(no, [f.P4])
    with pytest.raises(ConcurrentEditError):
        log_segment(no, version=version)
    with pytest.raises(NotFoundError):
        log_segment("SEG09999")
    assert counts()["entries"] == 0


def test_reuse_action_of_the_follow_up_can_be_undone_with_go_back(f: F) -> None:
    result = log_segment(f.segment("C1", "P1"), LogOptions(follow_up=True), today=TODAY)
    assert result.follow_up is not None
    action = criteria.list_actions(result.follow_up)[0]
    assert action.request.options.allow_existing
    assert [(x.source, x.field, x.expr) for x in action.request.filters] == [
        ("interaction", "logged_segment_no", "LSEG00001")
    ]
    criteria.go_back(result.follow_up)
    assert segments.get_segment(result.follow_up).lines == 0
