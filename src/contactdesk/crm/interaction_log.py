"""The interaction log: filtered, sorted, paged lists of entries and their details (all in SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from typing import Any

from peewee import JOIN, fn

from contactdesk.crm import lookups, validation
from contactdesk.crm.entry_titles import EntryTitle, entry_title
from contactdesk.crm.errors import NotFoundError
from contactdesk.store.models import (
    InteractionCommentLine,
    InteractionLogEntry,
    InteractionTemplate,
    LoggedSegment,
    Salesperson,
    SegmentLine,
)
from contactdesk.store.search import like_pattern

E = InteractionLogEntry
_CENT = Decimal("0.01")
# Sort keys a list may ask for, and the column behind each.
SORT_COLUMNS: dict[str, Any] = {
    "entry_no": E.entry_no,
    "date": E.date,
    "time": E.time_of_interaction,
    "contact_no": E.contact_no,
    "contact_name": E.contact_name,
    "template": E.interaction_template,
    "group": E.interaction_group,
    "description": E.description,
    "salesperson": E.salesperson,
    "correspondence_type": E.correspondence_type,
    "cost": E.cost,
    "duration": E.duration,
    "evaluation": E.evaluation,
    "attempt_failed": E.attempt_failed,
    "segment_no": E.segment_no,
    "canceled": E.canceled,
    "language": E.language_code,
    "campaign": E.campaign,
    # list_entries joins the template for the title.
    "title": InteractionTemplate.description,
}


@dataclass(frozen=True)
class EntryFilter:
    """What the Interaction Log (or Postponed Interactions) page shows; blank means any.

    canceled: None = all entries, True = canceled only, False = not canceled. segment_no matches the
    segment an entry was logged from, or (for unlogged segments) the contacts on that segment.
    """

    postponed: bool = False
    contact_no: str = ""
    salesperson_code: str = ""
    template_code: str = ""
    group_code: str = ""
    date_from: date | None = None
    date_to: date | None = None
    segment_no: str = ""
    canceled: bool | None = None
    text: str = ""
    # The entries of one logged segment (its number), for the Logged Segments page's drill-down.
    logged_segment_no: str = ""
    # The entries of one campaign, for the campaign card.
    campaign_no: str = ""


@dataclass(frozen=True)
class EntryRow:
    """One interaction log entry as lists show it."""

    entry_no: int
    date: date
    time: time | None
    contact_no: str
    contact_name: str
    template_code: str
    group_code: str
    description: str
    salesperson_code: str
    correspondence_type: int
    cost: Decimal
    duration: int
    evaluation: int
    attempt_failed: bool
    segment_no: str
    canceled: bool
    postponed: bool
    has_document: bool
    language_code: str
    campaign_no: str
    title: EntryTitle = EntryTitle("")


@dataclass(frozen=True)
class EntryDetails:
    """An entry with everything the details panel shows, comments included."""

    row: EntryRow
    subject: str
    information_flow: int
    initiated_by: int
    campaign_target: bool
    campaign_response: bool
    opportunity_text: str
    result_description: str
    user_id: str
    logged_segment_no: str
    document_name: str
    delivery_status: int
    comments: list[str]


def filtered_entries(flt: EntryFilter) -> Any:
    """The entries a filter matches, as a query to count, page or change."""
    query = E.select().where(E.postponed == flt.postponed)
    if flt.contact_no.strip():
        query = query.where(E.contact_no == validation.normalize_code(flt.contact_no))
    if flt.salesperson_code.strip():
        query = query.where(E.salesperson == validation.normalize_code(flt.salesperson_code))
    if flt.template_code.strip():
        query = query.where(E.interaction_template == validation.normalize_code(flt.template_code))
    if flt.group_code.strip():
        query = query.where(E.interaction_group == validation.normalize_code(flt.group_code))
    if flt.date_from is not None:
        query = query.where(E.date >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(E.date <= flt.date_to)
    if flt.segment_no.strip():
        query = query.where(_on_segment(validation.normalize_code(flt.segment_no)))
    if flt.campaign_no.strip():
        query = query.where(E.campaign == validation.normalize_code(flt.campaign_no))
    if flt.logged_segment_no.strip():
        logged = LoggedSegment.select(LoggedSegment.id).where(
            LoggedSegment.no == validation.normalize_code(flt.logged_segment_no)
        )
        query = query.where(E.logged_segment.in_(logged))
    if flt.canceled is not None:
        query = query.where(E.canceled == flt.canceled)
    if flt.text.strip():
        pattern = like_pattern(flt.text)
        query = query.where((fn.LOWER(E.description) ** pattern) | (fn.LOWER(E.contact_name) ** pattern))
    return query


def _on_segment(segment_no: str) -> Any:
    """Entries logged from the segment, or entries of the contacts an unlogged segment holds."""
    from contactdesk.store.models import Segment

    members = SegmentLine.select(SegmentLine.contact).join(Segment).where(Segment.no == segment_no)
    return (E.segment_no == segment_no) | E.contact.in_(members)


def count_entries(flt: EntryFilter | None = None) -> int:
    """How many entries match."""
    return int(filtered_entries(flt or EntryFilter()).count())


def list_entries(
    flt: EntryFilter | None = None, sort: str = "entry_no", descending: bool = True, offset: int = 0, limit: int = 200
) -> list[EntryRow]:
    """One page of matching entries, sorted in SQL (entry number breaks ties)."""
    column = SORT_COLUMNS.get(sort, E.entry_no)
    order = column.desc() if descending else column.asc()
    tie = E.entry_no.desc() if descending else E.entry_no.asc()
    T, S = InteractionTemplate, Salesperson
    # The title's template description and salesperson name come with the page, in the same query.
    query = (
        filtered_entries(flt or EntryFilter())
        .select_extend(T.description.alias("template_description"), S.name.alias("salesperson_name"))
        .join_from(E, T, JOIN.LEFT_OUTER, on=(E.interaction_template == T.code))
        .join_from(E, S, JOIN.LEFT_OUTER, on=(E.salesperson == S.code))
        .order_by(order, tie)
        .objects()
    )
    return [
        _row(entry, str(entry.template_description or ""), str(entry.salesperson_name or ""))
        for entry in lookups.page(query, offset, limit)
    ]


def _title(entry: InteractionLogEntry, template_description: str, salesperson_name: str) -> EntryTitle:
    return entry_title(
        template_description,
        str(entry.description),
        int(entry.information_flow),
        str(entry.contact_name),
        salesperson_name or str(entry.salesperson_id or ""),
        str(entry.user_id),
    )


def _row(entry: InteractionLogEntry, template_description: str = "", salesperson_name: str = "") -> EntryRow:
    return EntryRow(
        entry_no=int(entry.entry_no),
        date=entry.date,
        time=entry.time_of_interaction,
        contact_no=str(entry.contact_no),
        contact_name=str(entry.contact_name),
        template_code=str(entry.interaction_template_id or ""),
        group_code=str(lookups.stored(entry, "interaction_group") or ""),
        description=str(entry.description),
        salesperson_code=str(entry.salesperson_id or ""),
        correspondence_type=int(entry.correspondence_type),
        cost=Decimal(str(entry.cost or 0)).quantize(_CENT),
        duration=int(entry.duration or 0),
        evaluation=int(entry.evaluation),
        attempt_failed=bool(entry.attempt_failed),
        segment_no=str(entry.segment_no),
        canceled=bool(entry.canceled),
        postponed=bool(entry.postponed),
        has_document=lookups.stored(entry, "attachment") is not None,
        language_code=str(entry.language_code),
        campaign_no=str(lookups.stored(entry, "campaign") or ""),
        title=_title(entry, template_description, salesperson_name),
    )


def _get(entry_no: int) -> InteractionLogEntry:
    entry = E.get_or_none(E.entry_no == entry_no)
    if entry is None:
        raise NotFoundError("interaction_log_entry", entry_no)
    return entry


def get_entry(entry_no: int) -> EntryDetails:
    """One entry with its comments and the name of the document kept with it."""
    from contactdesk.crm.interaction_documents import entry_document_name

    entry = _get(entry_no)
    logged_id = lookups.stored(entry, "logged_segment")
    logged = LoggedSegment.get_or_none(LoggedSegment.id == logged_id) if logged_id is not None else None
    template = InteractionTemplate.get_or_none(InteractionTemplate.code == entry.interaction_template_id)
    salesperson = Salesperson.get_or_none(Salesperson.code == entry.salesperson_id)
    return EntryDetails(
        row=_row(
            entry,
            str(template.description) if template is not None else "",
            str(salesperson.name) if salesperson is not None else "",
        ),
        subject=str(entry.subject),
        information_flow=int(entry.information_flow),
        initiated_by=int(entry.initiated_by),
        campaign_target=bool(entry.campaign_target),
        campaign_response=bool(entry.campaign_response),
        opportunity_text=str(entry.opportunity_text),
        result_description=str(entry.result_description),
        user_id=str(entry.user_id),
        logged_segment_no=str(logged.no) if logged is not None else "",
        document_name=entry_document_name(entry_no),
        delivery_status=int(entry.delivery_status),
        comments=comments_of(entry_no),
    )


def comments_of(entry_no: int) -> list[str]:
    """The comment lines of an entry, in order."""
    entry = _get(entry_no)
    query = (
        InteractionCommentLine.select(InteractionCommentLine.comment)
        .where(InteractionCommentLine.entry == entry.id)
        .order_by(InteractionCommentLine.line_no)
    )
    return [str(line.comment) for line in query]


def template_choices() -> list[tuple[str, str]]:
    """(code, description) of every template, for filters and the wizard."""
    query = InteractionTemplate.select(InteractionTemplate.code, InteractionTemplate.description)
    return [(str(t.code), str(t.description)) for t in query.order_by(InteractionTemplate.code)]
