"""Header fields of a segment: checking a new value, and carrying it to the lines (spec §2.2, §2.3).

Only lines that use the header's template **and still carry the old value** follow a change, so a
line the user overrode keeps its own value. Changing the template copies the template's defaults
to the header and, on Yes, applies the new template to every line (spec §2.2 rule 1, Part A.3).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from peewee import fn

from contactdesk.crm import validation, versions
from contactdesk.crm.errors import ValidationError, ValidationErrors
from contactdesk.crm.lookups import stored
from contactdesk.crm.segment_base import segment_id
from contactdesk.crm.segment_line_rules import apply_template, header_template, relink_languages, segment_language_rows
from contactdesk.store.enums import CorrespondenceType, InformationFlow, InitiatedBy
from contactdesk.store.models import (
    Campaign,
    Contact,
    InteractionTemplate,
    InteractionTemplateLanguage,
    Salesperson,
    Segment,
    SegmentInteractionLanguage,
    SegmentLine,
)

# Header field → (segment column, line column it propagates to, or None).
COLUMNS: dict[str, tuple[str, str | None]] = {
    "template_code": ("interaction_template", "interaction_template"),
    "ignore_contact_corres_type": ("ignore_contact_corres_type", None),
    "description": ("description", "description"),
    "salesperson_code": ("salesperson", "salesperson"),
    "date": ("date", "date"),
    "language_code": ("language_code_default", "language_code"),
    "subject": ("subject_default", "subject"),
    "correspondence_type": ("correspondence_type_default", "correspondence_type"),
    "campaign_no": ("campaign", "campaign"),
    "campaign_target": ("campaign_target", "campaign_target"),
    "campaign_response": ("campaign_response", "campaign_response"),
    "information_flow": ("information_flow", "information_flow"),
    "initiated_by": ("initiated_by", "initiated_by"),
    "unit_cost": ("unit_cost", "cost"),
    "unit_duration": ("unit_duration", "duration"),
    "send_word_docs_as_attmt": ("send_word_docs_as_attmt", "send_word_doc_as_attmt"),
}
_BOOLS = {"ignore_contact_corres_type", "campaign_target", "campaign_response", "send_word_docs_as_attmt"}
_ENUMS: dict[str, Any] = {
    "correspondence_type": CorrespondenceType,
    "information_flow": InformationFlow,
    "initiated_by": InitiatedBy,
}
_MAX_COST = Decimal("9999999999.99")


def _bad(field: str, problem: str, value: object = None, limit: object = None) -> ValidationErrors:
    return ValidationErrors([ValidationError(field, problem, value, limit)])


def current(segment: Segment, field: str) -> Any:
    """The stored header value of a field (codes as text, '' → None for keys)."""
    value = stored(segment, COLUMNS[field][0])
    if field in _BOOLS:
        return bool(value)
    if field == "unit_cost":
        return Decimal(str(value or 0)).quantize(Decimal("0.01"))
    if field == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _code(field: str, value: object, model: Any, column: Any) -> str | None:
    code = validation.normalize_code(str(value or ""))
    if not code:
        return None
    row = model.get_or_none(column == code)
    if row is None:
        raise _bad(field, "unknown", code)
    if field == "salesperson_code" and row.blocked:
        raise _bad(field, "blocked", code)
    return code


def normalize(segment: Segment, field: str, value: object, ignore_flag: bool) -> Any:
    """The value to store for a header field; ValidationErrors when it cannot be accepted."""
    if field not in COLUMNS:
        raise _bad(field, "invalid", value)
    if field in _BOOLS:
        return bool(value)
    if field in _ENUMS:
        try:
            member = _ENUMS[field](int(value))  # type: ignore[call-overload]
        except (TypeError, ValueError) as exc:
            raise _bad(field, "invalid", value) from exc
        if field == "correspondence_type" and member and not ignore_flag:
            raise _bad(field, "needs_ignore", value)
        return int(member)
    if field in ("description", "subject"):
        text = str(value or "").strip()
        if len(text) > 100:
            raise _bad(field, "too_long", text, 100)
        problem = validation.one_line(field, text)
        if problem:
            raise ValidationErrors([problem])
        if field == "subject" and segment.language_code_default not in segment_language_rows(segment).rows:
            raise _bad(field, "needs_language_row", text)
        return text
    if field == "salesperson_code":
        return _code(field, value, Salesperson, Salesperson.code)
    if field == "template_code":
        return _code(field, value, InteractionTemplate, InteractionTemplate.code)
    if field == "campaign_no":
        return _code(field, value, Campaign, Campaign.no)
    if field == "language_code":
        language = str(value or "").strip()
        if not segment.interaction_template_id:
            raise _bad(field, "needs_template", language)
        if language not in segment_language_rows(segment).rows:
            raise _bad(field, "unknown", language)
        return language
    if field == "date":
        try:
            if value in (None, ""):
                return None
            return value if isinstance(value, date) else date.fromisoformat(str(value))
        except ValueError as exc:
            raise _bad(field, "invalid", value) from exc
    if field == "unit_cost":
        problem = validation.decimal_in_range(field, value, Decimal(0), _MAX_COST)
        if problem:
            raise ValidationErrors([problem])
        return Decimal(str(value or 0)).quantize(Decimal("0.01"))
    try:
        number = int(str(value or 0))
    except ValueError as exc:
        raise _bad(field, "invalid", value) from exc
    if number < 0:
        raise _bad(field, "negative", value, 0)
    return number


def _same(column: Any, value: Any) -> Any:
    """NULL-safe equality (a key column holds NULL for "none")."""
    if value is None or value == "":
        return column.is_null() | (column == "") if value == "" else column.is_null()
    if isinstance(value, Decimal):
        return column == str(value)
    return column == value


def targets(segment: Segment, field: str, old: Any) -> Any | None:
    """The lines a change would update (None: this field never touches lines, or not now)."""
    line_column = COLUMNS[field][1]
    if line_column is None:
        return None
    if field == "template_code":
        # Spec §2.2: a template change targets every line, whatever template it had.
        return SegmentLine.id.is_null(False)
    template = _same(SegmentLine.interaction_template, segment.interaction_template_id)
    if field == "correspondence_type" and not _has_document(segment):
        return None
    where = template & _same(SegmentLine._meta.fields[line_column], old)
    if field == "language_code":
        # Only lines that fell back to the default: a contact whose own language has a row keeps it.
        languages = list(segment_language_rows(segment).rows)
        own_rows = Contact.select(Contact.id).where(Contact.language_code.in_(languages))
        where = where & SegmentLine.contact.not_in(own_rows)
    if field == "subject":
        where = where & (SegmentLine.language_code == segment.language_code_default)
    return where


def count_targets(segment: Segment, field: str, old: Any) -> int:
    """How many lines a change would update."""
    where = targets(segment, field, old)
    if where is None:
        return 0
    return int(
        SegmentLine.select(fn.COUNT(SegmentLine.id))
        .where((SegmentLine.segment == segment_id(segment)) & where)
        .scalar()
        or 0
    )


def _has_document(segment: Segment) -> bool:
    return bool(
        SegmentInteractionLanguage.select()
        .where(
            (SegmentInteractionLanguage.segment == segment_id(segment))
            & (SegmentInteractionLanguage.line_no == 0)
            & SegmentInteractionLanguage.attachment.is_null(False)
        )
        .exists()
    )


def _write(segment: Segment, values: dict[str, Any]) -> Segment:
    Segment.update({getattr(Segment, name): value for name, value in values.items()}).where(
        Segment.id == segment_id(segment)
    ).execute()
    return Segment.get_by_id(segment_id(segment))


def copy_template(segment: Segment, template: InteractionTemplate | None) -> Segment:
    """Take the template's defaults onto the header and rebuild the segment's document rows (spec §2.3)."""
    SegmentInteractionLanguage.delete().where(
        (SegmentInteractionLanguage.segment == segment_id(segment)) & (SegmentInteractionLanguage.line_no == 0)
    ).execute()
    if template is None:
        return _write(
            segment,
            {
                "interaction_template": None,
                "interaction_group": None,
                "language_code_default": "",
                "subject_default": "",
            },
        )
    values: dict[str, Any] = {
        "interaction_template": template.code,
        "interaction_group": stored(template, "interaction_group"),
        "subject_default": "",
        "language_code_default": template.language_code_default,
        "unit_cost": template.unit_cost,
        "unit_duration": template.unit_duration,
        "information_flow": template.information_flow,
        "initiated_by": template.initiated_by,
        "campaign_target": template.campaign_target,
        "campaign_response": template.campaign_response,
        "correspondence_type_default": template.correspondence_type_default,
        "ignore_contact_corres_type": template.ignore_contact_corres_type,
    }
    if stored(template, "campaign"):
        values["campaign"] = stored(template, "campaign")
    for row in InteractionTemplateLanguage.select().where(InteractionTemplateLanguage.template == template.code):
        # Attachments are never changed in place, so sharing the template's document is a safe "copy".
        SegmentInteractionLanguage.create(
            segment=segment_id(segment),
            line_no=0,
            language_code=row.language_code,
            description=row.description,
            attachment=stored(row, "attachment"),
        )
    return _write(segment, values)


def apply_change(segment: Segment, field: str, old: Any, new: Any, to_lines: bool) -> Segment:
    """Store a header value and, when asked to, carry it to the target lines. Inside the caller's transaction."""
    where = targets(segment, field, old) if to_lines else None
    own = SegmentLine.segment == segment_id(segment)
    if field == "template_code":
        template = InteractionTemplate.get(InteractionTemplate.code == new) if new else None
        segment = copy_template(segment, template)
        if where is not None:
            apply_template(segment, where, template)
        return segment
    if field == "language_code":
        row = segment_language_rows(segment).rows.get(new, ("", None))
        segment = _write(segment, {"language_code_default": new, "subject_default": row[0]})
        if where is not None:
            relink_languages(segment, where)
        return segment
    if field == "subject":
        SegmentInteractionLanguage.update(subject=new).where(
            (SegmentInteractionLanguage.segment == segment_id(segment))
            & (SegmentInteractionLanguage.line_no == 0)
            & (SegmentInteractionLanguage.language_code == segment.language_code_default)
        ).execute()
    values: dict[str, Any] = {COLUMNS[field][0]: new}
    if field == "campaign_no" and new is None:
        values.update(campaign_target=False, campaign_response=False)
    segment = _write(segment, values)
    line_column = COLUMNS[field][1]
    if where is not None and line_column is not None:
        stored_value = str(new) if isinstance(new, Decimal) else new
        SegmentLine.update(
            {SegmentLine._meta.fields[line_column]: stored_value, **versions.changed_values(SegmentLine)}
        ).where(own & where).execute()
    return segment


def template_of(segment: Segment) -> InteractionTemplate | None:
    """The header's template (re-exported for the services)."""
    return header_template(segment)
