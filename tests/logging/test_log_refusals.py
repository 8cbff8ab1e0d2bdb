"""Every refusal of Log Segment, all reported together before anything is written; the last-moment check."""

from __future__ import annotations

import pytest

from contactdesk.crm import contacts, log_undo, segment_lines, segments
from contactdesk.crm.errors import ContactOnSegmentError, LogRefusedError
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import check_log, log_segment
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Contact, InteractionLogEntry, LoggedSegment, MarketingSetup

from .conftest import TODAY, F, counts


def _refusal(no: str, options: LogOptions | None = None) -> LogRefusedError:
    before = counts()
    with pytest.raises(LogRefusedError) as caught:
        log_segment(no, options, today=TODAY)
    assert counts() == before  # nothing was written
    return caught.value


def test_every_problem_is_reported_at_once(f: F) -> None:
    no = f.segment("P1", "P4", template="", description="", salesperson="")
    segments.update_header(no, {"date": None})
    LoggedSegment.create(no="LSEG09999", segment_no=no, description="old", creation_date=TODAY)
    MarketingSetup.update(logged_segment_nos="", segment_nos="").execute()
    error = _refusal(no, LogOptions(follow_up=True))
    kinds = {problem.kind: problem for problem in error.problems}
    assert set(kinds) == {
        "already_logged",
        "no_description",
        "no_template",
        "no_salesperson",
        "no_date",
        "no_logged_series",
        "no_follow_up_series",
    }
    assert kinds["no_template"].count == 2 and kinds["no_template"].contacts[0].startswith(f.P1)
    assert kinds["no_salesperson"].count == 1 and kinds["no_salesperson"].contacts == (f"{f.P1} - Piet Een",)
    assert check_log(no, LogOptions(follow_up=True)).problems == tuple(error.problems)
    assert segments.get_segment(no).lines == 2


def test_scenario_19_empty_blank_description_no_salesperson(f: F) -> None:
    empty = f.segment()
    assert [p.kind for p in _refusal(empty).problems] == ["empty"]
    blank = f.segment("P1", description="")
    assert [p.kind for p in _refusal(blank).problems] == ["no_description"]
    nobody = f.segment("P1", salesperson="")
    assert [p.kind for p in _refusal(nobody).problems] == ["no_salesperson"]
    assert segments.get_segment(nobody).lines == 1  # unchanged after the refusal


def test_delivery_needs_a_document_for_each_line_with_a_channel(f: F) -> None:
    no = f.segment("P1", "P4", template="T3")
    assert [p.kind for p in check_log(no).problems] == []
    (problem,) = _refusal(no, LogOptions(deliver=True)).problems
    assert (problem.kind, problem.count) == ("no_document", 2)


def test_last_moment_check_lists_blocked_excluded_and_unreachable(f: F) -> None:
    no = f.segment("P1", "P2", "P3", "P4", "C1")
    Contact.update(privacy_blocked=True).where(Contact.no == f.C1).execute()
    plain = check_log(no)
    assert [(x.contact_no, x.reasons) for x in plain.flagged] == [(f.P3, ("excluded",)), (f.C1, ("blocked",))]
    delivering = check_log(no, LogOptions(deliver=True))
    reasons = {x.contact_no: x.reasons for x in delivering.flagged}
    assert reasons == {
        f.C1: ("blocked", "no_email"),
        f.P2: ("no_email",),
        f.P3: ("excluded", "no_address"),
        f.P4: ("no_email",),
    }
    stopped = _refusal(no)
    assert stopped.problems == [] and [x.contact_no for x in stopped.flagged] == [f.P3, f.C1]


def test_skip_logs_the_rest_and_undo_brings_the_skipped_lines_back(f: F) -> None:
    no = f.segment("P1", "P3", "P4")
    before = [(line.line_no, line.contact_no) for line in segment_lines.list_lines(no, limit=-1)]
    result = log_segment(no, LogOptions(skip_flagged=True), today=TODAY)
    assert (result.entries, result.skipped) == (2, 1)
    assert [e.contact_no for e in InteractionLogEntry.select().order_by(InteractionLogEntry.entry_no)] == [f.P1, f.P4]
    log_undo.undo_logging(result.logged_segment)
    assert [(line.line_no, line.contact_no) for line in segment_lines.list_lines(no, limit=-1)] == before


def test_skipping_everyone_is_refused_as_empty(f: F) -> None:
    no = f.segment("P3")
    assert [p.kind for p in _refusal(no, LogOptions(skip_flagged=True)).problems] == ["empty"]


def test_scenario_20_email_without_address_with_delivery(f: F) -> None:
    # Send on: instead of E6 the last-moment check names P2; stopping logs nothing.
    no = f.segment("P2")
    error = _refusal(no, LogOptions(deliver=True))
    assert [(x.contact_no, x.reasons) for x in error.flagged] == [(f.P2, ("no_email",))]
    assert "P2" not in str(error) and f.P2 in str(error.flagged[0])
    # Without delivery it is logged, without a channel.
    assert log_segment(no, today=TODAY).entries == 1
    assert InteractionLogEntry.get().correspondence_type == CorrespondenceType.BLANK


def test_already_logged_when_the_segment_is_gone(f: F) -> None:
    no = f.segment("P1")
    log_segment(no, today=TODAY)
    (problem,) = _refusal(no).problems
    assert (problem.kind, problem.key) == ("already_logged", no)


def test_scenario_27_contact_protection(f: F) -> None:
    no = f.segment("P1", "P4")
    with pytest.raises(ContactOnSegmentError):
        contacts.delete_contact(f.P1)
    result = log_segment(no, today=TODAY)
    contacts.delete_contact(f.P1)
    entry = InteractionLogEntry.get(InteractionLogEntry.contact_no == f.P1)
    assert entry.contact_id is None and entry.contact_name == "Piet Een"
    (blocker,) = log_undo.undo_blockers(result.logged_segment)
    assert (blocker.kind, blocker.count) == ("contact_deleted", 1)
