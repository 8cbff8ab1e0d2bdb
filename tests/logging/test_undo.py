"""Undo logging: the segment comes back exactly as it was, and exactly what blocks an undo is named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests import engines

from contactdesk.crm import criteria, interaction_changes, log_undo, segment_lines, segments
from contactdesk.crm.criteria import CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.errors import UndoRefusedError
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import log_segment
from contactdesk.crm.reuse_logged import reuse_logged_segment
from contactdesk.store import db as store_db
from contactdesk.store.enums import CorrespondenceType, CriteriaAction, Evaluation
from contactdesk.store.models import (
    InteractionLogEntry,
    LoggedSegment,
    NumberSeries,
    Segment,
    SegmentCriteriaLine,
    SegmentHistory,
    SegmentHistoryLine,
    SegmentInteractionLanguage,
    SegmentLine,
)
from contactdesk.store.opening import open_database

from .conftest import TODAY, F, counts

E = InteractionLogEntry
TABLES = [Segment, SegmentLine, SegmentInteractionLanguage, SegmentCriteriaLine, SegmentHistory, SegmentHistoryLine]


def _state() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every segment table as stored (ids of children left out: they are internal)."""
    result = {}
    for model in TABLES:
        names = [f.column_name for f in model._meta.sorted_fields if model is Segment or f.column_name != "id"]
        quoted = ", ".join(f'"{name}"' for name in names)
        rows = store_db.db.execute_sql(f'SELECT {quoted} FROM "{model._meta.table_name}"').fetchall()
        result[model.__name__] = sorted(rows, key=repr)
    return result


def _worked_segment(f: F) -> str:
    """A segment with criteria actions, history, removed and overridden lines, comments and languages."""
    no = f.segment("C1", "P1", "P2", "P4")
    criteria.run(no, CriteriaRequest(CriteriaAction.REDUCE, (Filter("contact", "no", f.P2),)))
    lines = segment_lines.list_lines(no, limit=-1)
    segment_lines.update_line(no, lines[0].line_no, "description", "Own words")
    segment_lines.update_line(no, lines[1].line_no, "comment", "Dear Piet, see you soon")
    segment_lines.update_line(no, lines[2].line_no, "template_code", "T2")
    segment_lines.update_line(no, lines[2].line_no, "correspondence_type", int(CorrespondenceType.EMAIL))
    segments.update_header(no, {"unit_cost": "3.10"})
    return no


def test_undo_puts_the_segment_back_exactly_and_removes_what_logging_made(f: F) -> None:
    no = _worked_segment(f)
    before, numbers = _state(), counts()
    result = log_segment(no, LogOptions(follow_up=True), today=TODAY)
    assert counts()["segments"] == numbers["segments"]  # one gone, the follow-up came
    undone = log_undo.undo_logging(result.logged_segment)
    assert (undone.segment_no, undone.entries_removed, undone.follow_up_removed) == (no, 3, result.follow_up)
    assert _state() == before and counts() == numbers
    assert [a.request for a in criteria.list_actions(no)][-1].action == CriteriaAction.REDUCE
    assert criteria.go_back(no).added == 1  # the history still works: P2 comes back
    series = {s.code: s.last_number for s in NumberSeries.select()}
    assert (series["LSEG"], series["SEG"]) == (0, 1)  # numbers given back: no gap


def test_undo_survives_a_restart(f: F, tmp_path: Path) -> None:
    no = _worked_segment(f)
    before = _state()
    logged_no = log_segment(no, today=TODAY).logged_segment
    store_db.close()
    open_database(engines.current)
    log_undo.undo_logging(logged_no)
    assert _state() == before


def test_logged_again_after_undo_gets_the_same_numbers(f: F) -> None:
    no = f.segment("P1")
    first = log_segment(no, today=TODAY)
    log_undo.undo_logging(first.logged_segment)
    again = log_segment(no, today=TODAY)
    assert (again.logged_segment, again.first_entry_no) == (first.logged_segment, first.first_entry_no)


def _blocked(logged_no: str) -> set[str]:
    before = _state()
    kinds = {blocker.kind for blocker in log_undo.undo_blockers(logged_no)}
    with pytest.raises(UndoRefusedError):
        log_undo.undo_logging(logged_no)
    assert _state() == before
    return kinds


def test_changes_to_entries_block_the_undo_until_they_are_reverted(f: F) -> None:
    logged_no = log_segment(f.segment("C1", "P1", "P4"), today=TODAY).logged_segment
    entry_nos = [e.entry_no for e in E.select().order_by(E.entry_no)]
    interaction_changes.evaluate(entry_nos[:1], Evaluation.POSITIVE)
    assert _blocked(logged_no) == {"entries_changed"}
    interaction_changes.evaluate(entry_nos[:1], Evaluation.BLANK)
    interaction_changes.set_canceled(entry_nos[1:2], True)
    assert _blocked(logged_no) == {"entries_canceled"}
    interaction_changes.set_canceled(entry_nos[1:2], False)
    interaction_changes.set_comments(entry_nos[2], ["Called back"])
    assert _blocked(logged_no) == {"entries_commented"}
    interaction_changes.set_comments(entry_nos[2], [])
    assert log_undo.undo_blockers(logged_no) == []
    interaction_changes.set_canceled(entry_nos[2:], True)
    interaction_changes.delete_canceled_entries(entry_nos[2:])
    assert _blocked(logged_no) == {"entries_deleted"}


def test_delivered_letters_and_the_follow_up_block_the_undo(f: F) -> None:
    result = log_segment(f.segment("C1", "P1"), LogOptions(follow_up=True), today=TODAY)
    assert result.follow_up is not None
    segment_lines.add_contacts_by_hand(result.follow_up, [f.P4])
    assert _blocked(result.logged_segment) == {"follow_up_changed"}
    criteria.go_back(result.follow_up)  # back to what logging made, but it was changed meanwhile
    assert _blocked(result.logged_segment) == {"follow_up_changed"}
    E.update(letter_name="letter.docx").where(E.contact_no == f.P1).execute()
    blockers = {b.kind: b for b in log_undo.undo_blockers(result.logged_segment)}
    assert blockers["letters_delivered"].count == 1


def test_a_logged_follow_up_and_segments_built_from_it_block_the_undo(f: F) -> None:
    result = log_segment(f.segment("C1", "P1"), LogOptions(follow_up=True), today=TODAY)
    assert result.follow_up is not None
    other = f.segment("P4", description="Other")
    reuse_logged_segment(other, result.logged_segment)
    blockers = {b.kind: b.keys for b in log_undo.undo_blockers(result.logged_segment)}
    assert blockers == {"reused_by": (other,)}
    log_segment(result.follow_up, today=TODAY)
    blockers = {b.kind: b.keys for b in log_undo.undo_blockers(result.logged_segment)}
    assert blockers == {"reused_by": (other,), "follow_up_logged": (result.follow_up,)}


def test_a_logging_without_undo_record_can_only_be_canceled(f: F) -> None:
    LoggedSegment.create(no="LSEG00042", segment_no="SEG00042", description="Old", creation_date=TODAY)
    assert _blocked("LSEG00042") == {"no_undo_record"}
    assert "undo" in str(log_undo.undo_blockers("LSEG00042")[0])


def test_a_segment_with_the_same_number_blocks_the_undo(f: F) -> None:
    no = f.segment("P1")
    logged_no = log_segment(no, today=TODAY).logged_segment
    Segment.create(no=no, description="Typed by hand")
    assert _blocked(logged_no) == {"segment_exists"}
