"""The checks before a segment is logged (spec §2.12, E2–E8; Part A.3): every problem at once, set-based.

A handful of aggregate queries over the segment's lines, whatever their number. The last-moment
check lists the lines whose contact is privacy blocked or excluded from segments, and, when the
letters will be delivered, hard-copy lines without an address and e-mail lines without an e-mail
address; the caller decides whether to skip them or stop.
"""

from __future__ import annotations

from typing import Any

from peewee import Case, fn

from contactdesk.crm.log_data import FlaggedContact, LogCheck, LogOptions, LogProblem
from contactdesk.crm.segment_base import segment_id
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import (
    Contact,
    ContactAltAddress,
    InteractionTemplate,
    InteractionTemplateLanguage,
    LoggedSegment,
    MarketingSetup,
    NumberSeries,
    Segment,
    SegmentLine,
)

SAMPLE = 10  # contacts named per problem; the count says how many there are in all


def _own(segment: Segment) -> Any:
    return SegmentLine.segment == segment_id(segment)


def _lines(*columns: Any) -> Any:
    return SegmentLine.select(*columns).join(Contact, on=(SegmentLine.contact == Contact.id))


def has_email() -> Any:
    """SQL over a line joined to its contact: the contact, or the line's alternative address, has an e-mail."""
    alt = ContactAltAddress
    own = Contact.email != ""
    # Most offices keep no e-mail on alternative addresses: then the per-line lookup is left out.
    if not alt.select().where(alt.email != "").exists():
        return own
    alt_email = alt.select(alt.id).where(
        (alt.contact == Contact.id) & (alt.code == SegmentLine.alt_address_code) & (alt.email != "")
    )
    return own | ((SegmentLine.alt_address_code != "") & fn.EXISTS(alt_email))


def has_address() -> Any:
    """SQL: the contact has a street address and a city to print on the letter."""
    return (Contact.address != "") & (Contact.city != "")


def flag_condition(deliver: bool) -> Any:
    """SQL over a line joined to its contact: the last-moment check lists it."""
    flagged = (Contact.privacy_blocked == True) | (Contact.exclude_from_segment == True)  # noqa: E712 - SQL
    if deliver:
        flagged = flagged | ((SegmentLine.correspondence_type == CorrespondenceType.HARD_COPY) & ~has_address())
        flagged = flagged | ((SegmentLine.correspondence_type == CorrespondenceType.EMAIL) & ~has_email())
    return flagged


def blanked_condition() -> Any:
    """SQL: an e-mail line whose contact cannot be e-mailed; logged without a channel when not delivering."""
    return (SegmentLine.correspondence_type == CorrespondenceType.EMAIL) & ~has_email()


def no_document_condition() -> Any:
    """SQL: a line to deliver that has no Word document, neither its own nor one of its template in its language
    or the template's default language (spec §2.10, E7/E8)."""
    version = InteractionTemplateLanguage
    default = InteractionTemplate.select(InteractionTemplate.language_code_default).where(
        InteractionTemplate.code == SegmentLine.interaction_template
    )
    found = version.select(version.id).where(
        (version.template == SegmentLine.interaction_template)
        & version.attachment.is_null(False)
        & ((version.language_code == SegmentLine.language_code) | (version.language_code == fn.COALESCE(default, "")))
    )
    return (
        (SegmentLine.correspondence_type != CorrespondenceType.BLANK)
        & SegmentLine.attachment.is_null()
        & ~fn.EXISTS(found)
    )


def _count(condition: Any) -> Any:
    return fn.SUM(Case(None, [(condition, 1)], 0))


def _sample(segment: Segment, condition: Any) -> tuple[str, ...]:
    query = (
        _lines(Contact.no, Contact.name)
        .where(_own(segment) & condition)
        .order_by(SegmentLine.line_no)
        .limit(SAMPLE)
        .tuples()
    )
    return tuple(f"{no} - {name}" for no, name in query)


def series_exists(code: str) -> bool:
    """A number series with this code exists."""
    key = (code or "").strip().upper()
    return bool(key) and bool(NumberSeries.select().where(NumberSeries.code == key).exists())


def _setup_problems(options: LogOptions) -> list[LogProblem]:
    setup = MarketingSetup.select().first()
    problems = []
    if setup is None or not series_exists(str(setup.logged_segment_nos)):
        problems.append(LogProblem("no_logged_series", key=str(getattr(setup, "logged_segment_nos", "") or "")))
    if options.follow_up and (setup is None or not series_exists(str(setup.segment_nos))):
        problems.append(LogProblem("no_follow_up_series", key=str(getattr(setup, "segment_nos", "") or "")))
    return problems


def _flagged(segment: Segment, deliver: bool) -> tuple[FlaggedContact, ...]:
    query = (
        _lines(
            SegmentLine.line_no,
            Contact.no,
            Contact.name,
            Contact.privacy_blocked,
            Contact.exclude_from_segment,
            SegmentLine.correspondence_type,
            has_address(),
            has_email(),
        )
        .where(_own(segment) & flag_condition(deliver))
        .order_by(SegmentLine.line_no)
        .tuples()
    )
    result = []
    for line_no, no, name, blocked, excluded, channel, address, email in query:
        reasons = [
            reason
            for reason, hit in (
                ("blocked", blocked),
                ("excluded", excluded),
                ("no_address", deliver and channel == CorrespondenceType.HARD_COPY and not address),
                ("no_email", deliver and channel == CorrespondenceType.EMAIL and not email),
            )
            if hit
        ]
        result.append(FlaggedContact(int(line_no), str(no), str(name), tuple(reasons)))
    return tuple(result)


def check_segment(segment: Segment, options: LogOptions) -> LogCheck:
    """Every refusal and the last-moment list for logging `segment` with `options` (reads only)."""
    conditions = {
        "no_template": SegmentLine.interaction_template.is_null(),
        "no_salesperson": SegmentLine.salesperson.is_null(),
        "no_date": SegmentLine.date.is_null(),
    }
    if options.deliver:
        conditions["no_document"] = no_document_condition()
    totals = (
        _lines(
            fn.COUNT(SegmentLine.id),
            _count(SegmentLine.correspondence_type != CorrespondenceType.BLANK),
            _count(blanked_condition() & ~flag_condition(False)),
            _count(flag_condition(options.deliver)),
            *[_count(condition) for condition in conditions.values()],
        )
        .where(_own(segment))
        .tuples()
        .first()
    ) or (0, 0, 0, 0)
    lines, deliverable, blanked, flags, *counts = (int(value or 0) for value in totals)
    problems: list[LogProblem] = []
    if LoggedSegment.select().where(LoggedSegment.segment_no == segment.no).exists():
        problems.append(LogProblem("already_logged", key=str(segment.no)))
    if not str(segment.description or "").strip():
        problems.append(LogProblem("no_description", key=str(segment.no)))
    if lines == 0:
        problems.append(LogProblem("empty", key=str(segment.no)))
    for (kind, condition), count in zip(conditions.items(), counts, strict=False):
        if count:
            problems.append(LogProblem(kind, count, _sample(segment, condition)))
    problems += _setup_problems(options)
    flagged = _flagged(segment, options.deliver) if flags else ()
    if options.skip_flagged and flagged and len(flagged) >= lines and lines:
        problems.append(LogProblem("empty", key=str(segment.no)))
    return LogCheck(str(segment.no), lines, deliverable, tuple(problems), flagged, 0 if options.deliver else blanked)
