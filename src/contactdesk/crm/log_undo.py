"""Undo logging (beyond the reference, which only flags entries canceled; Part A.3).

Undoing removes the entries, their comments and campaign entries, the logged segment and the
follow-up segment logging created, and puts the segment back on the worksheet exactly as it was
(lines with every override and comment, criteria actions, history, header, version) — as long as
nothing done since depends on it. undo_blockers() says exactly what stands in the way.
"""

from __future__ import annotations

from typing import Any

from peewee import ForeignKeyField

from contactdesk.crm import document_sweep, log_snapshot
from contactdesk.crm.campaign_targets import TargetFollower
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.errors import UndoRefusedError
from contactdesk.crm.log_data import UndoBlocker, UndoResult
from contactdesk.crm.lookups import primary_key
from contactdesk.crm.reuse_logged import FILTER_FIELD, FILTER_SOURCE, logged_row
from contactdesk.store.db import db, write_transaction
from contactdesk.store.enums import CriteriaLineType
from contactdesk.store.models import (
    BaseModel,
    CampaignEntry,
    Contact,
    InteractionCommentLine,
    InteractionLogEntry,
    LoggedSegment,
    LoggedSegmentUndo,
    MarketingSetup,
    NumberSeries,
    Segment,
    SegmentCriteriaLine,
    SegmentHistory,
    SegmentInteractionLanguage,
    SegmentLine,
)

E = InteractionLogEntry
_READ = sorted({"entry_no", "canceled", "letter_name", *log_snapshot.FROM_ENTRY.values()})
# Kept tables whose keys must still exist to be put back: snapshot name → model.
_REFERENCING: list[tuple[str, type[BaseModel]]] = [
    ("segment", Segment),
    ("languages", SegmentInteractionLanguage),
    ("history", SegmentHistory),
    ("skipped", SegmentLine),
]


def _foreign_keys(model: type[BaseModel]) -> list[tuple[str, Any]]:
    return [
        (field.column_name, field.rel_model)
        for field in model._meta.sorted_fields
        if isinstance(field, ForeignKeyField)
    ]


def _entries(logged: LoggedSegment) -> list[dict[str, Any]]:
    """The logged segment's entries, values as stored, in entry order."""
    quoted = ", ".join(f'"{name}"' for name in _READ)
    cursor = db.execute_sql(
        f'SELECT {quoted} FROM "{E._meta.table_name}" WHERE "logged_segment_id" = {db.obj.param} ORDER BY "entry_no"',
        [int(logged.id)],
    )
    return [dict(zip(_READ, row, strict=True)) for row in cursor.fetchall()]


def _missing(data: dict[str, Any]) -> tuple[int, set[str]]:
    """(contacts gone, other keys gone) among the rows the snapshot keeps whole."""
    contacts: set[str] = set()
    others: set[str] = set()
    for name, model in _REFERENCING:
        rows = log_snapshot.table_rows(data, name) if name != "segment" else [log_snapshot.header_values(data)]
        for column, target in _foreign_keys(model):
            if target is Segment:
                continue
            wanted = {row[column] for row in rows if row.get(column) is not None}
            key = primary_key(target)
            query = target.select(key).where(key.in_(list(wanted)))
            found = {value for (value,) in query.tuples()} if wanted else set()
            (contacts if target is Contact else others).update(str(value) for value in wanted - found)
    return len(contacts), others


def _comments(entries: list[dict[str, Any]], logged: LoggedSegment) -> tuple[int, int]:
    ids = E.select(E.id).where(E.logged_segment == int(logged.id))
    query: Any = InteractionCommentLine.select(InteractionCommentLine.id).where(InteractionCommentLine.entry.in_(ids))
    found = [int(value) for (value,) in query.tuples()]
    return len(found), max(found, default=0)


def _reused_by(logged: LoggedSegment, follow_up: str) -> list[str]:
    query: Any = (
        SegmentCriteriaLine.select(SegmentCriteriaLine.filter_json, Segment.no)
        .join(Segment)
        .where(
            (SegmentCriteriaLine.type == CriteriaLineType.FILTER)
            & (SegmentCriteriaLine.source == FILTER_SOURCE)
            & SegmentCriteriaLine.filter_json.contains(str(logged.no))
        )
        .tuples()
    )
    found = set()
    for text, segment_no in query:
        item = Filter.from_json(str(text))
        if item.field == FILTER_FIELD and str(logged.no) in [w.strip().upper() for w in item.expr.split("|")]:
            found.add(str(segment_no))
    return sorted(found - {follow_up})


def _follow_up_blockers(record: LoggedSegmentUndo) -> list[UndoBlocker]:
    no = str(record.follow_up_segment_no)
    if not no:
        return []
    segment = Segment.get_or_none(Segment.no == no)
    if segment is None:
        logged = LoggedSegment.select().where(LoggedSegment.segment_no == no).exists()
        return [UndoBlocker("follow_up_logged", 1, (no,))] if logged else []
    if int(segment.version) != int(record.follow_up_version):
        return [UndoBlocker("follow_up_changed", 1, (no,))]
    return []


def _blockers(logged: LoggedSegment) -> tuple[list[UndoBlocker], dict[str, Any], list[dict[str, Any]]]:
    record = LoggedSegmentUndo.get_or_none(LoggedSegmentUndo.logged_segment == int(logged.id))
    if record is None:
        return [UndoBlocker("no_undo_record")], {}, []
    data = log_snapshot.load(str(record.snapshot))
    entries = _entries(logged)
    found: list[UndoBlocker] = []

    def add(kind: str, count: int = 0, keys: tuple[str, ...] = ()) -> None:
        found.append(UndoBlocker(kind, count, keys))

    if Segment.select().where(Segment.no == record.segment_no).exists():
        add("segment_exists", 1, (str(record.segment_no),))
    if canceled := sum(1 for entry in entries if entry["canceled"]):
        add("entries_canceled", canceled)
    if deleted := int(record.entries) - len(entries):
        add("entries_deleted", deleted)
    if letters := sum(1 for entry in entries if entry["letter_name"]):
        add("letters_delivered", letters)
    gone_contacts, gone_keys = _missing(data)
    gone_contacts += sum(1 for entry in entries if entry["contact_id"] is None)
    if gone_contacts:
        add("contact_deleted", gone_contacts)
    if not deleted and not letters:
        now = log_snapshot.fingerprint_of(log_snapshot.logged_lines(data, entries))
        was = [float(value) for value in data["logged"]["fingerprint"]]
        weighted = len(log_snapshot.WEIGHTED)
        counted = dict(zip(log_snapshot.COUNTED, zip(was[weighted:], now[weighted:], strict=True), strict=True))
        if now[:weighted] != was[:weighted] or counted["attachment_id"][0] != counted["attachment_id"][1]:
            add("entries_changed")
        gone_keys.update(
            column
            for column, (before, after) in counted.items()
            if before != after and column not in ("attachment_id", "contact_id")
        )
    if gone_keys:
        add("references_missing", len(gone_keys), tuple(sorted(gone_keys)))
    if _comments(entries, logged) != (int(record.comments), int(record.last_comment_id) if record.comments else 0):
        add("entries_commented")
    found += _follow_up_blockers(record)
    if reused := _reused_by(logged, str(record.follow_up_segment_no)):
        add("reused_by", len(reused), tuple(reused))
    return found, data, entries


def undo_blockers(logged_no: str) -> list[UndoBlocker]:
    """Everything that stands in the way of undoing this logging (empty: it can be undone)."""
    return _blockers(logged_row(logged_no))[0]


def _give_back(series_code: str, number: int) -> None:
    """Return the number to its series when nobody took a later one (no gap for an undone logging)."""
    series = NumberSeries.get_or_none(NumberSeries.code == (series_code or "").strip().upper())
    if series is not None and number and int(series.last_number) == number:
        NumberSeries.update(last_number=number - int(series.increment_by)).where(
            NumberSeries.code == series.code
        ).execute()


def undo_logging(logged_no: str) -> UndoResult:
    """Undo a logging completely; UndoRefusedError lists what blocks it (nothing is changed then)."""
    with write_transaction():
        logged = logged_row(logged_no)
        blockers, data, entries = _blockers(logged)
        if blockers:
            raise UndoRefusedError(str(logged.no), blockers)
        record = LoggedSegmentUndo.get(LoggedSegmentUndo.logged_segment == int(logged.id))
        documents = document_sweep.logged_documents([int(logged.id)])
        follow_up = (
            Segment.get_or_none(Segment.no == str(record.follow_up_segment_no)) if record.follow_up_segment_no else None
        )
        # The entries go, the lines come back and the follow-up goes: the target groups follow all three.
        targets = TargetFollower()
        targets.watch_entries(E.logged_segment == int(logged.id))
        targets.watch_segment(int(follow_up.id) if follow_up is not None else None)
        segment_id = log_snapshot.restore(data, log_snapshot.logged_lines(data, entries))
        ids = E.select(E.id).where(E.logged_segment == int(logged.id))
        InteractionCommentLine.delete().where(InteractionCommentLine.entry.in_(ids)).execute()
        E.delete().where(E.logged_segment == int(logged.id)).execute()
        CampaignEntry.delete().where(CampaignEntry.register_no == int(logged.id)).execute()
        if follow_up is not None:
            documents += document_sweep.segment_documents(follow_up)
            log_snapshot.remove(follow_up)
        targets.watch_segment(segment_id)
        targets.sync()
        LoggedSegment.delete().where(LoggedSegment.id == int(logged.id)).execute()
        # The letters kept with the deleted entries, unless the restored lines use them again.
        document_sweep.sweep(documents)
        setup = MarketingSetup.get()
        _give_back(str(setup.logged_segment_nos), int(record.logged_segment_number))
        if follow_up is not None:
            _give_back(str(setup.segment_nos), int(record.follow_up_number))
        return UndoResult(str(record.segment_no), len(entries), str(follow_up.no) if follow_up else None)
