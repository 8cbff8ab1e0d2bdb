"""Reuse a logged segment (spec §2.9) and follow-up segments (spec §2.12 step 8).

Reusing appends one line per interaction log entry of the logged segment (canceled ones too, no
duplicate check), each initialised from the header as a new line is (spec §2.1) and then given the
entry's campaign. It is recorded as the criteria action "Add contacts" (allow existing contacts)
with the filter "logged segment = LSEG…", so Go back undoes it like any other action.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from peewee import fn

from contactdesk.crm import criteria_history as history
from contactdesk.crm import letter_texts, log_snapshot, validation
from contactdesk.crm.campaign_targets import following
from contactdesk.crm.criteria import CriteriaOptions
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.errors import MissingSetupError, NotFoundError
from contactdesk.crm.log_checks import series_exists
from contactdesk.crm.lookups import primary_key, stored
from contactdesk.crm.segment_base import LINE_STEP, bump_version, check_version, get_row, last_line_no, segment_id
from contactdesk.crm.segment_data import ChangeResult
from contactdesk.crm.segment_line_rules import INSERT_FIELDS, line_values
from contactdesk.crm.user_setup import default_salesperson
from contactdesk.store.db import db, write_transaction
from contactdesk.store.enums import CriteriaAction
from contactdesk.store.models import (
    Campaign,
    Contact,
    InteractionGroup,
    InteractionLogEntry,
    InteractionTemplate,
    InteractionTemplateLanguage,
    LoggedSegment,
    LoggedSegmentUndo,
    MarketingSetup,
    Salesperson,
    Segment,
    SegmentInteractionLanguage,
    SegmentLine,
)
from contactdesk.store.numbering import next_number

E = InteractionLogEntry
FILTER_SOURCE, FILTER_FIELD = "interaction", "logged_segment_no"
# Header columns a follow-up (or a segment built on a logged one) takes over; the key rows must still exist.
HEADER_COPY: dict[str, Any] = {
    "campaign_id": Campaign,
    "campaign_target": None,
    "campaign_response": None,
    "salesperson_id": Salesperson,
    "interaction_template_id": InteractionTemplate,
    "interaction_group_id": InteractionGroup,
    "language_code_default": None,
    "subject_default": None,
    "correspondence_type_default": None,
    "ignore_contact_corres_type": None,
    "information_flow": None,
    "initiated_by": None,
    "unit_cost": None,
    "unit_duration": None,
    "send_word_docs_as_attmt": None,
}
_CAMPAIGN_AT = next(index for index, field in enumerate(INSERT_FIELDS) if field is SegmentLine.campaign)


def logged_row(no: str) -> LoggedSegment:
    """The logged segment with this number; NotFoundError when there is none."""
    row = LoggedSegment.get_or_none(LoggedSegment.no == validation.normalize_code(no))
    if row is None:
        raise NotFoundError("logged_segment", no)
    return row


def reuse_filter(logged_no: str) -> Filter:
    """The filter a reuse action records."""
    return Filter(FILTER_SOURCE, FILTER_FIELD, logged_no)


def apply_reuse(segment: Segment, logged: LoggedSegment) -> tuple[int, int]:
    """Record the action and append the lines, inside the caller's transaction: (action no, lines added)."""
    action_no = history.record_action(
        segment, CriteriaAction.ADD, CriteriaOptions(allow_existing=True), [reuse_filter(str(logged.no))]
    )
    line_no = fn.ROW_NUMBER().over(order_by=[E.entry_no]) * LINE_STEP + last_line_no(segment)
    values = line_values(segment, action_no, line_no)
    values[_CAMPAIGN_AT] = E.campaign
    select = Contact.select(*values).join(E, on=(E.contact == Contact.id)).where(E.logged_segment == int(logged.id))
    return action_no, int(db.execute(SegmentLine.insert_from(select, INSERT_FIELDS)).rowcount)


def reuse_logged_segment(no: str, logged_no: str, version: int | None = None) -> ChangeResult:
    """Reuse Segment on a segment: the logged segment's contacts are appended (the GUI asks first when the
    segment already has criteria actions; the reference's default answer is No)."""
    logged = logged_row(logged_no)
    with write_transaction():
        segment = get_row(no)
        check_version(segment, version)
        new_version = bump_version(segment, version)
        with following(segment_id(segment)):
            action_no, added = apply_reuse(segment, logged)
        # Recorded even when the logged segment has no entries left (spec §2.8/2.9): Go back removes it.
        return ChangeResult(new_version, added, 0, action_no, action_no, unchanged="" if added else "no_match")


def header_of(segment: Segment) -> dict[str, Any]:
    """A live header as {column: stored value} (the form a snapshot keeps it in)."""
    return {field.column_name: stored(segment, field.name) for field in Segment._meta.sorted_fields}


def new_header(values: Mapping[str, Any], description: str, today: date) -> Segment:
    """A new segment numbered from Marketing Setup's segment series, taking over the header `values`.

    Its document rows are rebuilt from its template; codes that no longer exist are left blank.
    """
    setup = MarketingSetup.select().first()
    if setup is None or not series_exists(str(setup.segment_nos)):
        raise MissingSetupError("segment_nos")
    fields: dict[str, Any] = {}
    for column, model in HEADER_COPY.items():
        value = values.get(column)
        if model is not None and value is not None and not model.select().where(primary_key(model) == value).exists():
            value = None
        if column in values:
            fields[Segment._meta.columns[column].name] = value
    if fields.get("salesperson") is None:
        fields["salesperson"] = default_salesperson() or str(setup.default_salesperson_code) or None
    segment = Segment.create(
        no=next_number(str(setup.segment_nos)),
        no_series=str(setup.segment_nos),
        description=description[:100],
        date=today,
        **fields,
    )
    template = fields.get("interaction_template")
    if template:
        for row in InteractionTemplateLanguage.select().where(InteractionTemplateLanguage.template == template):
            SegmentInteractionLanguage.create(
                segment=segment_id(segment),
                line_no=0,
                language_code=row.language_code,
                description=row.description,
                attachment=stored(row, "attachment"),
            )
    return segment


def follow_up_description(segment_no: str, text: str = "") -> str:
    """ "Follow-up on segment X" (the reference's words, cut to 50 characters) unless the caller words it."""
    return (text or letter_texts.follow_up_description(segment_no))[:50]


def _saved_header(logged: LoggedSegment) -> dict[str, Any]:
    """The header the logged segment had, when its undo record still holds it; else what its entries share."""
    record = LoggedSegmentUndo.get_or_none(LoggedSegmentUndo.logged_segment == int(logged.id))
    if record is not None:
        return log_snapshot.header_values(log_snapshot.load(str(record.snapshot)))
    values: dict[str, Any] = {}
    for column, field in (("interaction_template_id", E.interaction_template), ("campaign_id", E.campaign)):
        query: Any = E.select(field).where(E.logged_segment == int(logged.id)).distinct()
        found = [value for (value,) in query.tuples()]
        if len(found) == 1:
            values[column] = found[0]
    return values


def _build(logged_no: str, description: str, today: date | None, follow_up: bool) -> str:
    logged = logged_row(logged_no)
    with write_transaction():
        segment = new_header(_saved_header(logged), description, today or date.today())
        with following(segment_id(segment)):
            apply_reuse(segment, logged)
        if follow_up:
            LoggedSegment.update(follow_up_segment_no=str(segment.no)).where(
                LoggedSegment.id == int(logged.id)
            ).execute()
        return str(segment.no)


def create_follow_up(logged_no: str, description: str = "", today: date | None = None) -> str:
    """A follow-up segment for a logged segment: its header and contacts, described "Follow-up on segment X"."""
    logged = logged_row(logged_no)
    return _build(logged_no, follow_up_description(str(logged.segment_no), description), today, True)


def new_segment_from_logged(logged_no: str, description: str = "", today: date | None = None) -> str:
    """A new segment built on a logged one (its header and contacts), ready to change and log again."""
    logged = logged_row(logged_no)
    return _build(logged_no, description or str(logged.description), today, False)
