"""Segmentation criteria: Add contacts, Reduce, Refine, their preview, and Go back (spec §2.5–2.7).

Each action is one transaction and a handful of set-based statements (INSERT … SELECT, DELETE …
WHERE), whatever the number of contacts. An action that changes nothing is still recorded, as in
the reference, so the criteria count matches what the user did and Go back removes it (spec §2.7).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import SQL, fn

from contactdesk.crm import criteria_history as history
from contactdesk.crm.campaign_targets import following
from contactdesk.crm.criteria_filters import Filter, check, predicate
from contactdesk.crm.segment_base import (
    action_rows,
    bump_version,
    check_version,
    get_row,
    last_line_no,
    segment_id,
)
from contactdesk.crm.segment_data import ChangeResult
from contactdesk.crm.segment_line_rules import insert_lines
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import CriteriaAction, CriteriaLineType
from contactdesk.store.models import Contact, Segment, SegmentCriteriaLine, SegmentLine

Progress = Callable[[int], None]
STEPS = 3


@dataclass(frozen=True)
class CriteriaOptions:
    """The options of Add contacts (first four) and of Reduce/Refine (entire_companies)."""

    allow_existing: bool = False
    expand_companies: bool = False
    allow_related_companies: bool = False
    ignore_exclusion: bool = False
    entire_companies: bool = False


@dataclass(frozen=True)
class CriteriaRequest:
    """One criteria action as the dialog or a saved criteria set describes it."""

    action: CriteriaAction
    filters: tuple[Filter, ...] = ()
    options: CriteriaOptions = field(default_factory=CriteriaOptions)


@dataclass(frozen=True)
class ActionInfo:
    """A recorded criteria action, for "why is this contact here" and for saving."""

    no: int
    request: CriteriaRequest
    manual: bool


@dataclass(frozen=True)
class Preview:
    """Who would join (Add) or leave (Reduce/Refine), before the user confirms."""

    count: int
    sample: list[tuple[str, str]]


def _all() -> Any:
    return SQL("1 = 1")


def _chosen(filters: Sequence[Filter], options: CriteriaOptions, contact: Any) -> Any:
    """Contacts an Add action picks before exclusion and duplicates: qualifying, or with Expand their companies."""
    if options.expand_companies:
        q = Contact.alias("q")
        found = predicate(filters, q)
        keys = q.select(fn.COALESCE(q.company, q.id)).where(found if found is not None else _all())
        return fn.COALESCE(contact.company, contact.id).in_(keys)
    own = predicate(filters, contact)
    return own if own is not None else _all()


def add_where(segment: Segment, filters: Sequence[Filter], options: CriteriaOptions) -> Any:
    """SQL over the contact table for the contacts an Add action would insert (spec §2.5)."""
    where = _chosen(filters, options, Contact)
    if options.allow_related_companies:
        r = Contact.alias("r")
        companies = r.select(r.company).where(r.company.is_null(False) & _chosen(filters, options, r))
        where = where | Contact.id.in_(companies)
    if not options.ignore_exclusion:
        where = where & (Contact.exclude_from_segment == False)  # noqa: E712 - SQL, not Python
    if not options.allow_existing:
        on_segment = SegmentLine.select(SegmentLine.contact).where(SegmentLine.segment == segment_id(segment))
        where = where & Contact.id.not_in(on_segment)
    return where


def matching_lines(filters: Sequence[Filter], entire_companies: bool) -> Any:
    """SQL over segment lines whose contact matches (with Entire Companies: any contact of its company)."""
    m = Contact.alias("m")
    found = predicate(filters, m)
    where = found if found is not None else _all()
    if entire_companies:
        k = Contact.alias("k")
        keys = m.select(fn.COALESCE(m.company, m.id)).where(where)
        ids = k.select(k.id).where(fn.COALESCE(k.company, k.id).in_(keys))
    else:
        ids = m.select(m.id).where(where)
    return SegmentLine.contact.in_(ids)


def _removal_where(request: CriteriaRequest) -> Any:
    matches = matching_lines(request.filters, request.options.entire_companies)
    return matches if request.action == CriteriaAction.REDUCE else ~matches


def preview(no: str, request: CriteriaRequest, limit: int = 50) -> Preview:
    """How many contacts the action would add or remove, and the first few of them."""
    segment = get_row(no)
    filters = check(request.filters)
    query: Any
    if request.action == CriteriaAction.ADD:
        query = Contact.select(Contact.no, Contact.name).where(add_where(segment, filters, request.options))
        order = [Contact.company_name, fn.COALESCE(Contact.company, Contact.id), Contact.type, Contact.name]
    else:
        query = (
            SegmentLine.select(Contact.no, Contact.name)
            .join(Contact, on=(SegmentLine.contact == Contact.id))
            .where(
                (SegmentLine.segment == segment_id(segment))
                & _removal_where(CriteriaRequest(request.action, tuple(filters), request.options))
            )
        )
        order = [SegmentLine.line_no]
    count = int(query.count())
    sample = [(str(a), str(b)) for a, b in query.order_by(*order).limit(limit).tuples()]
    return Preview(count, sample)


def apply(
    segment: Segment, request: CriteriaRequest, manual: bool = False, progress: Progress | None = None
) -> tuple[int, int, int]:
    """Record and carry out one action inside the caller's transaction: (action no, added, removed)."""
    report = progress or (lambda _step: None)
    filters = [Filter(f.source, f.field, f.expr, manual or f.manual) for f in check(request.filters)]
    action_no = history.record_action(segment, request.action, request.options, filters)
    report(1)
    if request.action == CriteriaAction.ADD:
        base = last_line_no(segment)
        added = insert_lines(segment, add_where(segment, filters, request.options), action_no, base)
        report(2)
        return action_no, added, 0
    removed = history.remove_lines(
        segment, _removal_where(CriteriaRequest(request.action, tuple(filters), request.options)), action_no
    )
    report(2)
    return action_no, 0, removed


def run(
    no: str, request: CriteriaRequest, version: int | None = None, progress: Progress | None = None
) -> ChangeResult:
    """Carry out a criteria action as one user action; `unchanged` says why when it changed no line.

    `progress(step)` is called between the statements (0…STEPS); raising from it (Cancel) rolls
    the whole action back, so the segment stays as it was.
    """
    report = progress or (lambda _step: None)
    with write_transaction():
        segment = get_row(no)
        check_version(segment, version)
        report(0)
        new_version = bump_version(segment, version)
        with following(segment_id(segment)):
            action_no, added, removed = apply(segment, request, progress=report)
        unchanged = "" if added or removed else _nothing_reason(segment, request)
        report(STEPS)
        return ChangeResult(new_version, added, removed, action_no, action_no, unchanged=unchanged)


def _nothing_reason(segment: Segment, request: CriteriaRequest) -> str:
    """Why an action changed nothing, so the message can say what to do about it."""
    if request.action == CriteriaAction.REFINE:
        return "nothing_removed"
    if request.action == CriteriaAction.ADD:
        loose = CriteriaOptions(allow_existing=True, ignore_exclusion=True)
        if Contact.select().where(add_where(segment, check(request.filters), loose)).exists():
            return "already_on_segment"
    return "no_match"


def go_back(no: str, version: int | None = None, progress: Progress | None = None) -> ChangeResult:
    """Undo the last criteria action exactly (lines it added go, lines it removed come back).

    With no criteria actions this does nothing and returns the unchanged version. `progress` as in run().
    """
    report = progress or (lambda _step: None)
    with write_transaction():
        segment = get_row(no)
        check_version(segment, version)
        if not action_rows(segment).exists():
            return ChangeResult(int(segment.version))
        report(0)
        new_version = bump_version(segment, version)
        with following(segment_id(segment)):
            removed, restored = history.undo_last(segment)
        report(1)
        return ChangeResult(new_version, restored, removed, actions=int(action_rows(segment).count()))


def reset_empty(no: str, version: int | None = None) -> ChangeResult:
    """Forget the criteria actions and history of an emptied segment (spec §2.4), the user's Yes to
    "reset the number of criteria actions?"; a segment that has lines again keeps them.
    """
    with write_transaction():
        segment = get_row(no)
        check_version(segment, version)
        if SegmentLine.select().where(SegmentLine.segment == segment_id(segment)).exists():
            return ChangeResult(int(segment.version), actions=int(action_rows(segment).count()))
        new_version = bump_version(segment, version)
        history.reset(segment)
        return ChangeResult(new_version)


def list_actions(no: str) -> list[ActionInfo]:
    """The segment's criteria actions in order, each with its filters and options."""
    segment = get_row(no)
    rows = (
        SegmentCriteriaLine.select()
        .where(SegmentCriteriaLine.segment == segment_id(segment))
        .order_by(SegmentCriteriaLine.line_no)
    )
    return actions_from_rows(list(rows))


def _options(row: Any) -> CriteriaOptions:
    return CriteriaOptions(
        bool(row.allow_existing_contacts),
        bool(row.expand_contact),
        bool(row.allow_company_with_persons),
        bool(row.ignore_exclusion),
        bool(row.entire_companies),
    )


def actions_from_rows(rows: Sequence[Any]) -> list[ActionInfo]:
    """Group criteria lines (a segment's or a saved set's, in line order) into actions with their filters."""
    grouped: list[tuple[Any, list[Filter]]] = []
    for row in rows:
        if int(row.type) == CriteriaLineType.ACTION:
            grouped.append((row, []))
        elif grouped:
            grouped[-1][1].append(Filter.from_json(str(row.filter_json)))
    result = []
    for number, (row, filters) in enumerate(grouped, start=1):
        request = CriteriaRequest(CriteriaAction(int(row.action)), tuple(filters), _options(row))
        result.append(ActionInfo(number, request, bool(filters) and all(f.manual for f in filters)))
    return result
