"""How a line gets its values (spec §2.1, §2.10), written as SQL so thousands of lines cost one statement.

New lines come from INSERT … SELECT over the contact table; a template set on lines is one UPDATE
with CASE expressions. No Python loop runs per contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import Case, Value, fn

from contactdesk.crm.lookups import stored
from contactdesk.crm.segment_base import LINE_STEP, segment_id
from contactdesk.crm.users import current_user
from contactdesk.store.db import db
from contactdesk.store.enums import ContactType, CorrespondenceType
from contactdesk.store.models import (
    Contact,
    ContactAltAddress,
    InteractionTemplate,
    InteractionTemplateLanguage,
    Segment,
    SegmentInteractionLanguage,
    SegmentLine,
)
from contactdesk.store.models.base import utcnow


@dataclass(frozen=True)
class LanguageRows:
    """The document rows a line may pick from: language → (subject, attachment id), and the fallback language."""

    rows: dict[str, tuple[str, int | None]]
    fallback: str

    def pick(self, contact_language: str) -> tuple[str, str, int | None]:
        """(language, subject, attachment) for one contact: its own language when a row exists, else the fallback."""
        language = contact_language if contact_language in self.rows else self.fallback
        subject, attachment = self.rows.get(language, ("", None))
        return language, subject, attachment


def segment_language_rows(segment: Segment) -> LanguageRows:
    """Segment-level rows (line_no 0); the fallback is the header's default language (spec §2.10)."""
    query = SegmentInteractionLanguage.select().where(
        (SegmentInteractionLanguage.segment == segment_id(segment)) & (SegmentInteractionLanguage.line_no == 0)
    )
    rows = {str(r.language_code): (str(r.subject), stored(r, "attachment")) for r in query}
    return LanguageRows(rows, str(segment.language_code_default))


def template_language_rows(template: InteractionTemplate) -> LanguageRows:
    """A template's own rows, for a line whose template differs from the header's.

    Fallback: the template's default language when it has a row, otherwise the first row (spec §2.10).
    """
    query = (
        InteractionTemplateLanguage.select()
        .where(InteractionTemplateLanguage.template == template.code)
        .order_by(InteractionTemplateLanguage.language_code)
    )
    rows = {str(r.language_code): ("", stored(r, "attachment")) for r in query}
    default = str(template.language_code_default)
    fallback = default if default in rows else next(iter(rows), "")
    return LanguageRows(rows, fallback)


def rows_for(segment: Segment, template: InteractionTemplate | None) -> LanguageRows:
    """The rows that apply to a line using `template` on this segment."""
    if template is None:
        return LanguageRows({}, "")
    if template.code == segment.interaction_template_id:
        return segment_language_rows(segment)
    return template_language_rows(template)


def language_exprs(contact_language: Any, choice: LanguageRows) -> tuple[Any, Any, Any]:
    """SQL for (language, subject, attachment) from a contact's language column."""
    fallback_subject, fallback_attachment = choice.rows.get(choice.fallback, ("", None))
    if not choice.rows:
        return Value(choice.fallback), Value(""), Value(None)
    codes = list(choice.rows)
    language = Case(None, [(contact_language.in_(codes), contact_language)], choice.fallback)
    subject = Case(contact_language, [(code, row[0]) for code, row in choice.rows.items()], fallback_subject)
    attachment = Case(contact_language, [(code, row[1]) for code, row in choice.rows.items()], fallback_attachment)
    return language, subject, attachment


def correspondence_expr(segment: Segment, template: InteractionTemplate | None, contact_type: Any) -> Any:
    """Spec §2.1 rule 4: header override, else the template default when ignored or the contact has none."""
    if segment.ignore_contact_corres_type and segment.correspondence_type_default != CorrespondenceType.BLANK:
        return Value(int(segment.correspondence_type_default))
    if template is not None:
        if template.ignore_contact_corres_type:
            return Value(int(template.correspondence_type_default))
        return Case(
            None, [(contact_type == CorrespondenceType.BLANK, int(template.correspondence_type_default))], contact_type
        )
    return contact_type


def correspondence_for(segment: Segment, template: InteractionTemplate | None, contact_type: int) -> int:
    """Rule 4 for one contact (the same decision as correspondence_expr, in Python)."""
    if segment.ignore_contact_corres_type and segment.correspondence_type_default != CorrespondenceType.BLANK:
        return int(segment.correspondence_type_default)
    if template is not None and (template.ignore_contact_corres_type or contact_type == CorrespondenceType.BLANK):
        return int(template.correspondence_type_default)
    return int(contact_type)


def _alt_address(day: date | None) -> Any:
    """The alternative address valid on the line date; '' when none (spec §2.1 step 2)."""
    if day is None or not ContactAltAddress.select().where(ContactAltAddress.valid_from.is_null(False)).exists():
        return Value("")
    alt = ContactAltAddress
    valid = (
        alt.select(alt.code)
        .where((alt.contact == Contact.id) & (alt.valid_from <= day) & (alt.valid_to.is_null() | (alt.valid_to >= day)))
        .order_by(alt.valid_from.desc())
        .limit(1)
    )
    return fn.COALESCE(valid, "")


def header_template(segment: Segment) -> InteractionTemplate | None:
    """The header's template row, if any."""
    code = segment.interaction_template_id
    return InteractionTemplate.get_or_none(InteractionTemplate.code == code) if code else None


INSERT_FIELDS = [
    SegmentLine.segment,
    SegmentLine.line_no,
    SegmentLine.contact,
    SegmentLine.contact_company,
    SegmentLine.alt_address_code,
    SegmentLine.campaign,
    SegmentLine.campaign_target,
    SegmentLine.campaign_response,
    SegmentLine.salesperson,
    SegmentLine.correspondence_type,
    SegmentLine.interaction_template,
    SegmentLine.interaction_group,
    SegmentLine.language_code,
    SegmentLine.subject,
    SegmentLine.description,
    SegmentLine.comment,
    SegmentLine.date,
    SegmentLine.cost,
    SegmentLine.duration,
    SegmentLine.information_flow,
    SegmentLine.initiated_by,
    SegmentLine.evaluation,
    SegmentLine.attempt_failed,
    SegmentLine.attachment,
    SegmentLine.merged,
    SegmentLine.send_word_doc_as_attmt,
    SegmentLine.contact_via,
    SegmentLine.source_action_no,
    SegmentLine.created_by,
    SegmentLine.changed_by,
    SegmentLine.changed_at,
]


def _sort_key() -> list[Any]:
    """Spec §2.5: by company (name, then number), the company before its persons, then by name."""
    return [Contact.company_name, fn.COALESCE(Contact.company, Contact.id), Contact.type, Contact.name, Contact.id]


def line_values(segment: Segment, action_no: int, line_no: Any) -> list[Any]:
    """SQL for every INSERT_FIELDS column of a new line, over the (unaliased) contact table."""
    template = header_template(segment)
    language, subject, attachment = language_exprs(Contact.language_code, rows_for(segment, template))
    salesperson = Value(segment.salesperson_id) if segment.salesperson_id else Contact.salesperson
    day = segment.date
    user = current_user()
    return [
        Value(segment_id(segment)),
        line_no,
        Contact.id,
        Case(None, [(Contact.type == ContactType.COMPANY, Contact.id)], Contact.company),
        _alt_address(day),
        Value(stored(segment, "campaign")),
        Value(bool(segment.campaign_target)),
        Value(bool(segment.campaign_response)),
        salesperson,
        correspondence_expr(segment, template, Contact.correspondence_type),
        Value(segment.interaction_template_id),
        Value(segment.interaction_group_id),
        language,
        subject,
        Value(str(segment.description)),
        Value(""),
        Value(day.isoformat() if day else None),
        Value(str(segment.unit_cost or 0)),
        Value(int(segment.unit_duration or 0)),
        Value(int(segment.information_flow)),
        Value(int(segment.initiated_by)),
        Value(0),
        Value(False),
        attachment,
        Value(False),
        Value(bool(segment.send_word_docs_as_attmt)),
        Value(""),
        Value(action_no),
        Value(user),
        Value(user),
        # Text in the form peewee stores a time in on SQLite; PostgreSQL casts it to its timestamp.
        Value(str(utcnow())),
    ]


def insert_lines(segment: Segment, contact_where: Any, action_no: int, base_line_no: int) -> int:
    """Add a line for every contact matching `contact_where`, initialised from the header; returns the count.

    Line numbers continue from `base_line_no` in steps of 10000 in the order of spec §2.5, all in
    one INSERT … SELECT.
    """
    line_no = fn.ROW_NUMBER().over(order_by=_sort_key()) * LINE_STEP + base_line_no
    select = Contact.select(*line_values(segment, action_no, line_no)).where(contact_where)
    cursor = db.execute(SegmentLine.insert_from(select, INSERT_FIELDS))
    return int(cursor.rowcount)


def _contact_column(column: Any, blank: object) -> Any:
    """A correlated subquery reading one contact column for the line being updated.

    Wrapped in COALESCE so it is an expression (IN, CASE) rather than a bare query.
    """
    return fn.COALESCE(Contact.select(column).where(Contact.id == SegmentLine.contact), blank)


def apply_template(
    segment: Segment, line_where: Any, template: InteractionTemplate | None, set_description: bool = False
) -> int:
    """Set `template` on the lines and recompute every template-derived field (Part A.3, spec §2.1)."""
    contact_type = _contact_column(Contact.correspondence_type, 0)
    language, subject, attachment = language_exprs(
        _contact_column(Contact.language_code, ""), rows_for(segment, template)
    )
    values: dict[Any, Any] = {
        SegmentLine.interaction_template: template.code if template else None,
        SegmentLine.interaction_group: stored(template, "interaction_group") if template else None,
        SegmentLine.correspondence_type: correspondence_expr(segment, template, contact_type),
        SegmentLine.language_code: language,
        SegmentLine.subject: subject,
        SegmentLine.attachment: attachment,
        SegmentLine.merged: False,
    }
    if template is not None:
        campaign = stored(segment, "campaign") or stored(template, "campaign")
        values.update(
            {
                SegmentLine.cost: str(template.unit_cost or 0),
                SegmentLine.duration: int(template.unit_duration or 0),
                SegmentLine.information_flow: int(template.information_flow),
                SegmentLine.initiated_by: int(template.initiated_by),
                SegmentLine.campaign_target: bool(template.campaign_target),
                SegmentLine.campaign_response: bool(template.campaign_response),
                SegmentLine.campaign: campaign,
            }
        )
        if set_description:
            values[SegmentLine.description] = str(template.description)
    where = (SegmentLine.segment == segment_id(segment)) & line_where
    return int(SegmentLine.update(values).where(where).execute())


def relink_languages(segment: Segment, line_where: Any) -> int:
    """Re-pick language, subject and document of lines using the header template (after its rows changed)."""
    language, subject, attachment = language_exprs(
        _contact_column(Contact.language_code, ""), segment_language_rows(segment)
    )
    where = (SegmentLine.segment == segment_id(segment)) & line_where
    return int(
        SegmentLine.update(
            {
                SegmentLine.language_code: language,
                SegmentLine.subject: subject,
                SegmentLine.attachment: attachment,
                # A re-pointed line merges its new document: an own letter it had is gone (the caller asked).
                SegmentLine.merged: False,
            }
        )
        .where(where)
        .execute()
    )
