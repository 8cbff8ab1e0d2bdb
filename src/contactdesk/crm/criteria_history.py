"""The undo log of criteria actions (spec §1.11, §1.13, §2.7): record an action, log what it did, go back.

Every step is one set-based statement. A removed line gets a Deletion row and is copied whole into
segment_history_line, so Go back puts back exactly the line that was there (number, overrides,
comment, reason). An added line needs no Insertion row: its source_action_no already names the
action that brought it in, and since actions are undone last-first, "the lines of action N" are
exactly the lines to take away. That saves writing a second row per contact on every Add (a quarter
of its time on 100,000 contacts). Insertion rows written by other code are still honoured.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from peewee import Value, fn

from contactdesk.crm import document_sweep
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.lookups import primary_key
from contactdesk.crm.segment_base import LINE_STEP, action_rows, count_actions, last_criteria_line_no, segment_id
from contactdesk.store.db import db
from contactdesk.store.enums import CriteriaAction, CriteriaLineType, HistoryAction
from contactdesk.store.models import (
    Attachment,
    Campaign,
    Contact,
    InteractionGroup,
    InteractionTemplate,
    Salesperson,
    Segment,
    SegmentCriteriaLine,
    SegmentHistory,
    SegmentHistoryLine,
    SegmentLine,
)

# Columns a removed line keeps; the history copy stores the same names with plain (not FK) columns.
LINE_COLUMNS = [
    "line_no",
    "contact_id",
    "contact_company_id",
    "alt_address_code",
    "campaign_id",
    "campaign_target",
    "campaign_response",
    "salesperson_id",
    "correspondence_type",
    "interaction_template_id",
    "interaction_group_id",
    "language_code",
    "subject",
    "description",
    "comment",
    "date",
    "time_of_interaction",
    "cost",
    "duration",
    "information_flow",
    "initiated_by",
    "evaluation",
    "attempt_failed",
    "attachment_id",
    "merged",
    "send_word_doc_as_attmt",
    "contact_via",
    "source_action_no",
]


def _line_field(name: str) -> Any:
    return SegmentLine._meta.columns[name]


def _copy_field(name: str) -> Any:
    return SegmentHistoryLine._meta.columns[name]


def record_action(segment: Segment, action: CriteriaAction, options: Any, filters: Sequence[Filter]) -> int:
    """Write the Action row and its Filter rows; returns the action's number (1, 2, …)."""
    line_no = last_criteria_line_no(segment) + 1
    SegmentCriteriaLine.create(
        segment=segment_id(segment),
        line_no=line_no,
        type=CriteriaLineType.ACTION,
        action=int(action),
        allow_existing_contacts=options.allow_existing,
        expand_contact=options.expand_companies,
        allow_company_with_persons=options.allow_related_companies,
        ignore_exclusion=options.ignore_exclusion,
        entire_companies=options.entire_companies,
        no_of_filters=len(filters),
    )
    for offset, item in enumerate(filters, start=1):
        SegmentCriteriaLine.create(
            segment=segment_id(segment),
            line_no=line_no + offset,
            type=CriteriaLineType.FILTER,
            source=item.source,
            filter_json=item.to_json(),
        )
    return count_actions(segment)


def remove_lines(segment: Segment, where: Any, action_no: int) -> int:
    """Delete the segment's lines matching `where`, keeping a copy and a Deletion row of each."""
    own = (SegmentLine.segment == segment_id(segment)) & where
    copy = SegmentLine.select(
        Value(segment_id(segment)), Value(action_no), *[_line_field(name) for name in LINE_COLUMNS]
    ).where(own)
    db.execute(
        SegmentHistoryLine.insert_from(
            copy, [SegmentHistoryLine.segment, SegmentHistoryLine.action_no] + [_copy_field(n) for n in LINE_COLUMNS]
        )
    )
    log = SegmentLine.select(
        Value(segment_id(segment)),
        Value(action_no),
        SegmentLine.line_no,
        SegmentLine.contact,
        Value(int(HistoryAction.DELETION)),
    ).where(own)
    db.execute(
        SegmentHistory.insert_from(
            log,
            [
                SegmentHistory.segment,
                SegmentHistory.action_no,
                SegmentHistory.seq,
                SegmentHistory.contact,
                SegmentHistory.action_taken,
            ],
        )
    )
    return int(SegmentLine.delete().where(own).execute())


def _still_there(model: Any, column: Any) -> Any:
    """The copied key when its row still exists, else NULL (a template or salesperson may be gone by now)."""
    key = primary_key(model)
    return model.select(key).where(key == column)


def _restore_values(line_no: Any) -> list[Any]:
    h = SegmentHistoryLine
    replacements = {
        "line_no": line_no,
        "contact_company_id": _still_there(Contact, h.contact_company_id),
        "campaign_id": _still_there(Campaign, h.campaign_id),
        "salesperson_id": _still_there(Salesperson, h.salesperson_id),
        "interaction_template_id": _still_there(InteractionTemplate, h.interaction_template_id),
        "interaction_group_id": _still_there(InteractionGroup, h.interaction_group_id),
        "attachment_id": _still_there(Attachment, h.attachment_id),
    }
    return [replacements.get(name, _copy_field(name)) for name in LINE_COLUMNS]


def restore_lines(segment: Segment, action_no: int) -> int:
    """Put back the lines action `action_no` removed, under their old numbers where still free."""
    h = SegmentHistoryLine
    own = (h.segment == segment_id(segment)) & (h.action_no == action_no)
    own = own & h.contact_id.in_(Contact.select(Contact.id))
    used = SegmentLine.select(SegmentLine.line_no).where(SegmentLine.segment == segment_id(segment))
    fields = [SegmentLine.segment] + [_line_field(name) for name in LINE_COLUMNS]
    top = max(
        int(
            SegmentLine.select(fn.MAX(SegmentLine.line_no)).where(SegmentLine.segment == segment_id(segment)).scalar()
            or 0
        ),
        int(h.select(fn.MAX(h.line_no)).where(own).scalar() or 0),
    )
    # A number taken meanwhile (rare: lines only come and go through actions) gets a new one at the end.
    renumbered = fn.ROW_NUMBER().over(order_by=[h.line_no]) * LINE_STEP + top
    moved = h.select(Value(segment_id(segment)), *_restore_values(renumbered)).where(own & h.line_no.in_(used))
    count = int(db.execute(SegmentLine.insert_from(moved, fields)).rowcount)
    kept = h.select(Value(segment_id(segment)), *_restore_values(h.line_no)).where(own & h.line_no.not_in(used))
    return count + int(db.execute(SegmentLine.insert_from(kept, fields)).rowcount)


def undo_last(segment: Segment) -> tuple[int, int]:
    """Go Back one criteria action: (lines removed, lines restored). Call inside the transaction."""
    action_no = count_actions(segment)
    if action_no == 0:
        return 0, 0
    hist = SegmentHistory.alias("h")
    inserted = hist.select(hist.id).where(
        (hist.segment == segment_id(segment))
        & (hist.action_no == action_no)
        & (hist.action_taken == HistoryAction.INSERTION)
        & (hist.seq == SegmentLine.line_no)
        & (hist.contact == SegmentLine.contact)
    )
    added_by_action = (SegmentLine.segment == segment_id(segment)) & (
        (SegmentLine.source_action_no == action_no) | fn.EXISTS(inserted)
    )
    # Own letters of the lines the action added go with them; copies whose contact is gone are not restored.
    documents = document_sweep.documents_of(SegmentLine.attachment, added_by_action)
    documents += document_sweep.documents_of(
        SegmentHistoryLine.attachment_id,
        (SegmentHistoryLine.segment == segment_id(segment)) & (SegmentHistoryLine.action_no == action_no),
    )
    removed = int(SegmentLine.delete().where(added_by_action).execute())
    restored = restore_lines(segment, action_no)
    SegmentHistory.delete().where(
        (SegmentHistory.segment == segment_id(segment)) & (SegmentHistory.action_no == action_no)
    ).execute()
    SegmentHistoryLine.delete().where(
        (SegmentHistoryLine.segment == segment_id(segment)) & (SegmentHistoryLine.action_no == action_no)
    ).execute()
    last_action = action_rows(segment).order_by(SegmentCriteriaLine.line_no.desc()).first()
    SegmentCriteriaLine.delete().where(
        (SegmentCriteriaLine.segment == segment_id(segment)) & (SegmentCriteriaLine.line_no >= last_action.line_no)
    ).execute()
    document_sweep.sweep(documents)
    return removed, restored


def reset(segment: Segment) -> None:
    """Forget every criteria action and its history (an emptied segment starts over, spec §2.4)."""
    # The removed lines kept in the history may hold the only copy of an own letter.
    documents = document_sweep.documents_of(
        SegmentHistoryLine.attachment_id, SegmentHistoryLine.segment == segment_id(segment)
    )
    for model in (SegmentCriteriaLine, SegmentHistory, SegmentHistoryLine):
        model.delete().where(model.segment == segment_id(segment)).execute()
    document_sweep.sweep(documents)
