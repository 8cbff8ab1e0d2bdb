"""Segments: create, read, change and delete a segment header (spec §1.8, §2.2, §2.3).

The header→lines question is a callback `ask(field, old, new) -> bool`, asked before the write
transaction starts (so no lock is held while a dialog is open); the version check then makes sure
nobody changed the segment in between.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from datetime import date
from decimal import Decimal

from peewee import fn

from contactdesk.crm import document_sweep, own_letters, validation, versions
from contactdesk.crm import segment_header as header
from contactdesk.crm.campaign_targets import following
from contactdesk.crm.errors import MissingSetupError, ValidationError, ValidationErrors
from contactdesk.crm.header_rules import refuse_keeping_inherited
from contactdesk.crm.lookups import stored
from contactdesk.crm.overview import SegmentSummary
from contactdesk.crm.overview import list_segments as _list_segments
from contactdesk.crm.segment_base import bump_version, check_version, count_actions, get_row, segment_id
from contactdesk.crm.segment_data import Ask, SegmentHeader
from contactdesk.crm.segment_line_rules import segment_language_rows
from contactdesk.crm.segment_lines import add_contacts_by_hand
from contactdesk.crm.user_setup import default_salesperson
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import CorrespondenceType, InformationFlow, InitiatedBy
from contactdesk.store.models import InteractionTemplate, MarketingSetup, Segment, SegmentLine
from contactdesk.store.numbering import next_number

# Applied in this order: the template first (it copies defaults), then the flag that unlocks the channel.
_ORDER = ["template_code", "ignore_contact_corres_type"]


def get_segment(no: str) -> SegmentHeader:
    """The header with its counts."""
    segment = get_row(no)
    totals = (
        SegmentLine.select(fn.COUNT(SegmentLine.id), fn.SUM(SegmentLine.cost), fn.SUM(SegmentLine.duration))
        .where(SegmentLine.segment == segment_id(segment))
        .tuples()
        .first()
    )
    lines, cost, duration = totals if totals else (0, 0, 0)
    return SegmentHeader(
        no=str(segment.no),
        description=str(segment.description),
        salesperson_code=str(stored(segment, "salesperson") or ""),
        date=header.current(segment, "date"),
        template_code=str(stored(segment, "interaction_template") or ""),
        interaction_group_code=str(stored(segment, "interaction_group") or ""),
        language_code=str(segment.language_code_default),
        subject=str(segment.subject_default),
        correspondence_type=CorrespondenceType(int(segment.correspondence_type_default)),
        ignore_contact_corres_type=bool(segment.ignore_contact_corres_type),
        campaign_no=str(stored(segment, "campaign") or ""),
        campaign_target=bool(segment.campaign_target),
        campaign_response=bool(segment.campaign_response),
        information_flow=InformationFlow(int(segment.information_flow)),
        initiated_by=InitiatedBy(int(segment.initiated_by)),
        unit_cost=header.current(segment, "unit_cost"),
        unit_duration=int(segment.unit_duration or 0),
        send_word_docs_as_attmt=bool(segment.send_word_docs_as_attmt),
        version=int(segment.version),
        lines=int(lines or 0),
        criteria_actions=count_actions(segment),
        total_cost=Decimal(str(cost or 0)).quantize(Decimal("0.01")),
        total_duration=int(duration or 0),
        languages=tuple(sorted(segment_language_rows(segment).rows)),
        created_by=str(segment.created_by or ""),
        changed_by=str(segment.changed_by or ""),
        changed_at=segment.modified_at,
    )


def list_segments(query: str = "") -> list[SegmentSummary]:
    """Every unlogged segment (number, description, salesperson, date, template, lines), searched."""
    return _list_segments(query)


def create_segment(
    description: str = "",
    template_code: str = "",
    salesperson_code: str | None = None,
    day: date | None = None,
    contact_nos: Sequence[str] = (),
    campaign_no: str = "",
    campaign_target: bool = False,
) -> str:
    """A new segment numbered from Marketing Setup's segment series (E1 without one); returns its number.

    The salesperson defaults to the current user's own (user setup), else Marketing Setup's default
    salesperson; the date to today. A campaign (and its target flag) is set before the contacts given
    are added by hand, all in the same transaction.
    """
    setup = MarketingSetup.select().first()
    if setup is None or not setup.segment_nos:
        raise MissingSetupError("segment_nos")
    with write_transaction():
        no = next_number(str(setup.segment_nos))
        segment = Segment.create(
            no=no, no_series=setup.segment_nos, date=day or date.today(), **versions.created_values(Segment)
        )
        person = (
            (default_salesperson() or setup.default_salesperson_code) if salesperson_code is None else salesperson_code
        )
        values = {"description": description, "salesperson_code": person or ""}
        for field, value in values.items():
            segment = header.apply_change(segment, field, None, header.normalize(segment, field, value, False), False)
        if template_code:
            template = header.normalize(segment, "template_code", template_code, False)
            segment = header.copy_template(segment, InteractionTemplate.get(InteractionTemplate.code == template))
        # After the template, which brings its own campaign flags: the campaign asked for wins.
        if campaign_no:
            for field, value in (("campaign_no", campaign_no), ("campaign_target", campaign_target)):
                segment = header.apply_change(
                    segment, field, None, header.normalize(segment, field, value, False), False
                )
        if contact_nos:
            add_contacts_by_hand(no, contact_nos)
        return no


def update_header(
    no: str,
    changes: Mapping[str, object],
    version: int | None = None,
    ask: Ask | None = None,
    *,
    discard_own_letters: bool = False,
) -> SegmentHeader:
    """Change header fields; lines still carrying the old value follow when `ask` says yes (None = yes).

    ValidationErrors lists every refused field; ConcurrentEditError when the segment changed since `version`.
    A template or language carried to lines with their own letter discards those letters: refused
    (OwnLetterError, nothing changed) unless discard_own_letters says the user agreed.
    """
    segment = get_row(no)
    check_version(segment, version)
    ordered = sorted(changes, key=lambda f: _ORDER.index(f) if f in _ORDER else len(_ORDER))
    ignore_flag = bool(changes.get("ignore_contact_corres_type", segment.ignore_contact_corres_type))
    plan: list[tuple[str, object, object, bool]] = []
    problems: list[ValidationError] = []
    for field in ordered:
        try:
            new = header.normalize(segment, field, changes[field], ignore_flag)
        except ValidationErrors as bad:
            problems.extend(bad.errors)
            continue
        old = header.current(segment, field)
        if new == old:
            continue
        to_lines = False
        if header.count_targets(segment, field, old):
            to_lines = ask(field, old, new) if ask is not None else True
            if field == "template_code" and not to_lines:
                refuse_keeping_inherited(segment)
        plan.append((field, old, new, to_lines))
    if problems:
        raise ValidationErrors(problems)
    if plan:
        with write_transaction():
            segment = get_row(no)
            bump_version(segment, version)
            # Spec §2.2: the header's campaign and target flag (and a template's) reach the lines; the target
            # groups follow them. Other fields leave the groups alone, so they pay nothing for it.
            touched = {field for field, *_rest in plan} & {"campaign_no", "campaign_target", "template_code"}
            dropped: list[int] = []
            with following(segment_id(segment)) if touched else nullcontext():
                for field, old, new, to_lines in plan:
                    if field == "template_code":
                        # The template's document rows are rebuilt: a document only they held goes.
                        dropped += document_sweep.header_documents(segment)
                    if to_lines:
                        dropped += own_letters.refuse_header_change(segment, field, discard_own_letters)
                    segment = header.apply_change(segment, field, old, new, to_lines)
            document_sweep.sweep(dropped)
    return get_segment(no)


def delete_segment(no: str, version: int | None = None) -> None:
    """Delete a segment with its lines, criteria, history and document rows."""
    with write_transaction():
        segment = get_row(no)
        check_version(segment, version)
        documents = document_sweep.segment_documents(segment)
        with following(segment_id(segment)):
            Segment.delete().where(Segment.id == segment_id(segment)).execute()
        document_sweep.sweep(documents)


def normalize_no(no: str) -> str:
    """A segment number as stored."""
    return validation.normalize_code(no)
