"""Writing a segment's interaction log entries set-based: one INSERT … SELECT for every line at once.

Entry numbers continue from the current highest in line order (the write lock is held, so nobody
else numbers meanwhile); each entry's uid is made by the database. No Python loop runs per line.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from peewee import SQL, Case, Value, fn

from contactdesk.crm.log_checks import blanked_condition
from contactdesk.store import field_numbers
from contactdesk.store.db import db, is_sqlite
from contactdesk.store.enums import CorrespondenceType, DeliveryStatus
from contactdesk.store.models import (
    CampaignEntry,
    Contact,
    InteractionCommentLine,
    InteractionLogEntry,
    Segment,
    SegmentLine,
)
from contactdesk.store.models.base import utcnow

E = InteractionLogEntry
COMMENT_LINE_NO = 10000

# A version-4 UUID made by SQLite itself (hex of random bytes, with the version and variant digits set).
_SQLITE_UUID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-'"
    " || hex(randomblob(6)))"
)


def uid_sql() -> Any:
    """SQL for a new uid per row (SQLite; PostgreSQL 13+ has gen_random_uuid())."""
    return SQL(_SQLITE_UUID) if is_sqlite() else SQL("gen_random_uuid()::text")


def entry_values(
    segment: Segment, logged_id: int, first_entry_no: int, user: str, deliver: bool
) -> list[tuple[Any, Any]]:
    """(entry field, SQL over a line joined to its contact) for every column of a new entry (spec §1.15).

    The entry copies the line's own values unchanged (undo rebuilds the line from them); without delivery
    an e-mail line whose contact has no e-mail is logged without a channel (spec §2.12 step 5).
    """
    line = SegmentLine
    channel: Any = line.correspondence_type
    if not deliver:
        channel = Case(None, [(blanked_condition(), int(CorrespondenceType.BLANK))], line.correspondence_type)
    status: Any = Value(int(DeliveryStatus.BLANK))
    if deliver:
        status = Case(
            None,
            [(line.correspondence_type != CorrespondenceType.BLANK, int(DeliveryStatus.IN_PROGRESS))],
            int(DeliveryStatus.BLANK),
        )
    return [
        (E.entry_no, fn.ROW_NUMBER().over(order_by=[line.line_no]) + (first_entry_no - 1)),
        (E.uid, uid_sql()),
        (E.contact, line.contact),
        (E.contact_no, Contact.no),
        (E.contact_name, Contact.name),
        (E.contact_company, line.contact_company),
        (E.date, line.date),
        (E.time_of_interaction, line.time_of_interaction),
        (E.description, line.description),
        (E.subject, line.subject),
        (E.information_flow, line.information_flow),
        (E.initiated_by, line.initiated_by),
        (E.attachment, line.attachment),
        (E.cost, line.cost),
        (E.duration, line.duration),
        (E.user_id, Value(user)),
        (E.interaction_group, line.interaction_group),
        (E.interaction_template, line.interaction_template),
        (E.language_code, line.language_code),
        (E.campaign, line.campaign),
        (E.campaign_entry_no, Value(0)),
        (E.campaign_target, line.campaign_target),
        (E.campaign_response, line.campaign_response),
        (E.segment_no, Value(str(segment.no))),
        (E.logged_segment, Value(logged_id)),
        (E.evaluation, line.evaluation),
        (E.attempt_failed, line.attempt_failed),
        (E.salesperson, line.salesperson),
        (E.delivery_status, status),
        (E.canceled, Value(False)),
        (E.postponed, Value(False)),
        (E.correspondence_type, channel),
        (E.alt_address_code, line.alt_address_code),
        (E.contact_via, line.contact_via),
        (E.send_word_docs_as_attmt, line.send_word_doc_as_attmt),
        (E.merged, line.merged),
        (E.opportunity_text, Value("")),
        (E.result_description, Value("")),
        (E.letter_name, Value("")),
        (E.letter_sha256, Value("")),
        (E.created_at, Value(str(utcnow()))),
    ]


def next_entry_no() -> int:
    """The number the next entry gets."""
    # Locked until commit on PostgreSQL: two segments logged at the same moment must not share numbers.
    return field_numbers.next_entry_number()


def _kept_lines(segment: Segment, skip: Any | None) -> Any:
    where = SegmentLine.segment == int(segment.id)
    return where if skip is None else where & ~skip


def insert_entries(
    segment: Segment, logged_id: int, user: str, deliver: bool, skip: Any | None = None
) -> tuple[int, int]:
    """One entry per line (except lines matching `skip`), in line order; returns (count, first entry no)."""
    first = next_entry_no()
    pairs = entry_values(segment, logged_id, first, user, deliver)
    select = (
        SegmentLine.select(*[value for _field, value in pairs])
        .join(Contact, on=(SegmentLine.contact == Contact.id))
        .where(_kept_lines(segment, skip))
    )
    cursor = db.execute(E.insert_from(select, [field for field, _value in pairs]))
    field_numbers.check_entries_fit(first, int(cursor.rowcount))
    return int(cursor.rowcount), first


def copy_comments(segment: Segment, logged_id: int, first_entry_no: int, skip: Any | None = None) -> tuple[int, int]:
    """The lines' personal comments become comment lines of their entries (they stay with what the contact got).

    Returns (comments written, highest comment line id). Lines and entries pair up by their order.
    """
    with_comment = (
        SegmentLine.select()
        .join(Contact, on=(SegmentLine.contact == Contact.id))
        .where(_kept_lines(segment, skip) & (SegmentLine.comment != ""))
    )
    if not with_comment.exists():
        return 0, int(InteractionCommentLine.select(fn.MAX(InteractionCommentLine.id)).scalar() or 0)
    numbered = (
        SegmentLine.select(
            SegmentLine.comment.alias("comment"),
            (fn.ROW_NUMBER().over(order_by=[SegmentLine.line_no]) + (first_entry_no - 1)).alias("entry_no"),
        )
        .join(Contact, on=(SegmentLine.contact == Contact.id))
        .where(_kept_lines(segment, skip))
        .alias("numbered")
    )
    select = (
        E.select(E.id, Value(COMMENT_LINE_NO), E.date, numbered.c.comment)
        .join(numbered, on=(E.entry_no == numbered.c.entry_no))
        .where((E.logged_segment == logged_id) & (numbered.c.comment != ""))
    )
    fields = [
        InteractionCommentLine.entry,
        InteractionCommentLine.line_no,
        InteractionCommentLine.date,
        InteractionCommentLine.comment,
    ]
    count = int(db.execute(InteractionCommentLine.insert_from(select, fields)).rowcount)
    return count, int(InteractionCommentLine.select(fn.MAX(InteractionCommentLine.id)).scalar() or 0)


def add_campaign_entries(segment: Segment, logged_id: int, today: date, user: str) -> int:
    """One campaign entry per campaign the entries name (spec §2.12 step 4), linked from the entries."""
    query: Any = E.select(E.campaign).where((E.logged_segment == logged_id) & E.campaign.is_null(False)).distinct()
    campaigns = [str(code) for (code,) in query.tuples()]
    for campaign in campaigns:
        CampaignEntry.create(
            campaign=campaign,
            segment_no=str(segment.no),
            register_no=logged_id,
            description=str(segment.description),
            date=today,
            user_id=user,
        )
    if campaigns:
        link = CampaignEntry.select(CampaignEntry.id).where(
            (CampaignEntry.register_no == logged_id) & (CampaignEntry.campaign == E.campaign)
        )
        E.update(campaign_entry_no=link).where((E.logged_segment == logged_id) & E.campaign.is_null(False)).execute()
    return len(campaigns)
