"""Segment lines: read them page by page, override a field on one line, add or remove lines by hand.

Adding and removing by hand are recorded as criteria actions (spec §2.4), so Go back undoes them too.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from contactdesk.crm import criteria, criteria_history, document_sweep, lookups, own_letters, validation
from contactdesk.crm.campaign_targets import following
from contactdesk.crm.criteria import CriteriaOptions, CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.errors import NotFoundError, NothingMatchedError, ValidationError, ValidationErrors
from contactdesk.crm.lookups import stored
from contactdesk.crm.segment_base import bump_version, check_version, claim_line, count_actions, get_row, segment_id
from contactdesk.crm.segment_data import LINE_FIELDS, ChangeResult, SegmentLineRow
from contactdesk.crm.segment_line_rules import apply_template, rows_for
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import CorrespondenceType, CriteriaAction
from contactdesk.store.models import Contact, InteractionTemplate, Segment, SegmentLine

_CHUNK = 5000


def _row(line: Any) -> SegmentLineRow:
    contact = line.contact
    return SegmentLineRow(
        line_no=int(line.line_no),
        contact_no=str(contact.no),
        contact_name=str(contact.name),
        contact_type=int(contact.type),
        company_name=str(contact.company_name or ""),
        template_code=str(stored(line, "interaction_template") or ""),
        description=str(line.description),
        correspondence_type=CorrespondenceType(int(line.correspondence_type)),
        language_code=str(line.language_code),
        subject=str(line.subject),
        salesperson_code=str(stored(line, "salesperson") or ""),
        date=line.date,
        cost=Decimal(str(line.cost or 0)).quantize(Decimal("0.01")),
        duration=int(line.duration or 0),
        comment=str(line.comment),
        source_action_no=int(line.source_action_no),
        email=str(contact.email),
        own_letter=bool(line.merged) and stored(line, "attachment") is not None,
        version=int(line.version),
        changed_by=str(line.changed_by or ""),
        changed_at=line.changed_at,
    )


def _lines(segment: Segment) -> Any:
    return (
        SegmentLine.select(SegmentLine, Contact)
        .join(Contact, on=(SegmentLine.contact == Contact.id))
        .where(SegmentLine.segment == segment_id(segment))
    )


def count_lines(no: str) -> int:
    """How many lines a segment has."""
    return int(_lines(get_row(no)).count())


def list_lines(no: str, offset: int = 0, limit: int = 200) -> list[SegmentLineRow]:
    """One page of a segment's lines in line order (limit -1 = all)."""
    query = lookups.page(_lines(get_row(no)).order_by(SegmentLine.line_no), offset, limit)
    return [_row(line) for line in query]


def get_line(no: str, line_no: int) -> SegmentLineRow:
    """One line; NotFoundError when it is gone."""
    line = _lines(get_row(no)).where(SegmentLine.line_no == line_no).first()
    if line is None:
        raise NotFoundError("segment_line", f"{no}/{line_no}")
    return _row(line)


def line_numbers(no: str) -> list[int]:
    """Every line number in order (for selecting by position in large segments)."""
    query: Any = SegmentLine.select(SegmentLine.line_no).where(SegmentLine.segment == segment_id(get_row(no)))
    return [int(value) for (value,) in query.order_by(SegmentLine.line_no).tuples()]


def _template(code: str) -> InteractionTemplate | None:
    key = validation.normalize_code(code)
    if not key:
        return None
    template = InteractionTemplate.get_or_none(InteractionTemplate.code == key)
    if template is None:
        raise ValidationErrors([ValidationError("template_code", "unknown", code)])
    return template


def _set_language(segment: Segment, line: SegmentLine, value: str) -> dict[Any, Any]:
    """Language on a line (spec §2.10): needs a template with a document row in that language."""
    code = stored(line, "interaction_template")
    if not code:
        raise ValidationErrors([ValidationError("language_code", "needs_template", value)])
    template = InteractionTemplate.get(InteractionTemplate.code == code)
    choice = rows_for(segment, template)
    language = (value or "").strip()
    if language not in choice.rows and language != choice.fallback:
        raise ValidationErrors([ValidationError("language_code", "unknown", value)])
    subject, attachment = choice.rows.get(language, ("", None))
    # Another language's document replaces an own letter too: it must then be merged, not copied as it is.
    changes = {SegmentLine.language_code: language, SegmentLine.subject: subject, SegmentLine.attachment: attachment}
    return {**changes, SegmentLine.merged: False}


def _text(field: str, value: object, limit: int) -> str:
    text = str(value or "").strip()
    if len(text) > limit:
        raise ValidationErrors([ValidationError(field, "too_long", text, limit)])
    problem = validation.one_line(field, text)
    if problem:
        raise ValidationErrors([problem])
    return text


def update_line(
    no: str,
    line_no: int,
    field: str,
    value: object,
    version: int | None = None,
    line_version: int | None = None,
    *,
    discard_own_letter: bool = False,
) -> tuple[SegmentLineRow, int]:
    """Override one field on one line; returns the line as stored and the segment's new version.

    `version` is the segment's and `line_version` the line's as the user saw them (None: not checked).
    A template or language change on a line with its own letter discards that letter: refused
    (OwnLetterError, nothing changed) unless discard_own_letter says the user agreed.
    """
    if field not in LINE_FIELDS:
        raise ValidationErrors([ValidationError(field, "invalid", value)])
    with write_transaction():
        segment, line, new_version = claim_line(no, line_no, version, line_version)
        where = SegmentLine.id == stored(line, "id")
        dropped: list[int] = []
        if field in ("template_code", "language_code"):
            action = "template" if field == "template_code" else "language"
            own_letters.refuse_discarding(segment, where, action, discard_own_letter)
            dropped = own_letters.own_letter_documents(segment, where)
        if field == "template_code":
            template = _template(str(value or ""))
            # Spec §2.1: a typed description survives a first template; only a blank one or a change
            # from another template takes the template's description.
            before = stored(line, "interaction_template")
            blank = not str(line.description or "").strip()
            take = template is not None and (blank or bool(before) and template.code != before)
            with following(segment_id(segment)):
                apply_template(segment, where, template, set_description=take)
        else:
            changes: dict[Any, Any]
            if field == "language_code":
                changes = _set_language(segment, line, str(value or ""))
            elif field == "correspondence_type":
                try:
                    changes = {SegmentLine.correspondence_type: int(CorrespondenceType(int(value)))}  # type: ignore[call-overload]
                except (TypeError, ValueError) as exc:
                    raise ValidationErrors([ValidationError(field, "invalid", value)]) from exc
            elif field == "comment":
                changes = {SegmentLine.comment: str(value or "")}
            else:
                changes = {getattr(SegmentLine, field): _text(field, value, 100)}
            SegmentLine.update(changes).where(where).execute()
        document_sweep.sweep(dropped)
        return get_line(no, line_no), new_version


def add_contacts_by_hand(no: str, contact_nos: Sequence[str], version: int | None = None) -> ChangeResult:
    """Add contacts the user picked: one criteria action "Add contacts: No. = …" marked as manual.

    Contacts already on the segment are skipped; the user's explicit choice overrides "exclude from
    segment". NotFoundError names the first number that does not exist.
    """
    wanted = list(dict.fromkeys(validation.normalize_code(n) for n in contact_nos if n.strip()))
    query: Any = Contact.select(Contact.no).where(Contact.no.in_(wanted))
    found = {str(no_) for (no_,) in query.tuples()}
    missing = [n for n in wanted if n not in found]
    if missing:
        raise NotFoundError("contact", missing[0])
    if not wanted:
        raise NothingMatchedError("add", "no_match")
    request = CriteriaRequest(
        CriteriaAction.ADD,
        (Filter("contact", "no", "|".join(wanted), manual=True),),
        CriteriaOptions(ignore_exclusion=True),
    )
    return criteria.run(no, request, version)


def remove_lines(
    no: str, line_nos: Sequence[int], version: int | None = None, reset_when_empty: bool = False
) -> ChangeResult:
    """Remove the chosen lines: a manual "Remove contacts (Reduce)" action naming their contacts.

    With reset_when_empty, a segment left without lines also forgets its criteria actions (the
    reference asks "reset the criteria actions?"; the GUI asks before calling).
    """
    numbers = sorted(set(int(n) for n in line_nos))
    # Chunks keep every statement under SQLite's limit on parameters (32766 on many builds).
    chunks = [numbers[i : i + _CHUNK] for i in range(0, len(numbers), _CHUNK)]
    with write_transaction():
        segment = get_row(no)
        check_version(segment, version)
        nos: set[str] = set()
        for chunk in chunks:
            own = (SegmentLine.segment == segment_id(segment)) & SegmentLine.line_no.in_(chunk)
            contacts: Any = Contact.select(Contact.no).join(SegmentLine, on=(SegmentLine.contact == Contact.id))
            nos.update(str(value) for (value,) in contacts.where(own).tuples())
        if not nos:
            raise NothingMatchedError("reduce", "no_match")
        new_version = bump_version(segment, version)
        options = CriteriaOptions()
        filters = [Filter("contact", "no", "|".join(sorted(nos)), manual=True)]
        action_no = criteria_history.record_action(segment, CriteriaAction.REDUCE, options, filters)
        with following(segment_id(segment)):
            removed = sum(
                criteria_history.remove_lines(segment, SegmentLine.line_no.in_(chunk), action_no) for chunk in chunks
            )
        actions = count_actions(segment)
        if reset_when_empty and not SegmentLine.select().where(SegmentLine.segment == segment_id(segment)).exists():
            criteria_history.reset(segment)
            actions = 0
        return ChangeResult(new_version, 0, removed, action_no, actions)
