"""Sample segments and interaction history, written set-based like the real actions will be."""

from __future__ import annotations

import json
import random
from datetime import date, time, timedelta
from decimal import Decimal

from peewee import Expression, fn

from contactdesk.store.enums import ContactType, CorrespondenceType, CriteriaLineType, HistoryAction
from contactdesk.store.models import (
    Contact,
    ContactIndustryGroup,
    InteractionLogEntry,
    InteractionTemplate,
    LoggedSegment,
    MarketingSetup,
    Segment,
    SegmentCriteriaLine,
    SegmentHistory,
    SegmentLine,
)
from contactdesk.store.models.base import new_uid
from contactdesk.store.numbering import next_number


def id_modulo(divisor: int) -> Expression:
    """contact.id % divisor in SQL (peewee's own % operator means LIKE)."""
    return Expression(Contact.id, "%", divisor)


def line_correspondence(template: InteractionTemplate, contact_type: int) -> int:
    """Spec 2.1 rule 4b/4c: the template default when ignored or the contact has none."""
    if template.ignore_contact_corres_type or contact_type == CorrespondenceType.BLANK:
        return int(template.correspondence_type_default)
    return int(contact_type)


def make_segment(description: str, template_code: str, salesperson: str, day: date) -> Segment:
    """A segment header filled from its template, numbered from the segment series."""
    template = InteractionTemplate.get(InteractionTemplate.code == template_code)
    setup = MarketingSetup.get()
    return Segment.create(
        no=next_number(setup.segment_nos), description=description, salesperson=salesperson, date=day,
        interaction_template=template.code, interaction_group=template.interaction_group_id,
        language_code_default=template.language_code_default, unit_cost=template.unit_cost,
        unit_duration=template.unit_duration, information_flow=template.information_flow,
        initiated_by=template.initiated_by, correspondence_type_default=template.correspondence_type_default,
        ignore_contact_corres_type=template.ignore_contact_corres_type, no_series=setup.segment_nos,
    )


def add_lines(segment: Segment, contacts: list[Contact], action_no: int) -> None:
    """Lines initialised from the header (spec 2.1), with history rows for Go Back."""
    template = InteractionTemplate.get(InteractionTemplate.code == segment.interaction_template_id)
    start = int(SegmentLine.select(fn.MAX(SegmentLine.line_no)).where(SegmentLine.segment == segment).scalar() or 0)
    rows = []
    for index, contact in enumerate(contacts, start=1):
        rows.append({
            "segment": segment.id, "line_no": start + index * 10000, "contact": contact.id,
            "contact_company": contact.company_id or (contact.id if contact.type == ContactType.COMPANY else None),
            "salesperson": segment.salesperson_id or contact.salesperson_id,
            "correspondence_type": line_correspondence(template, contact.correspondence_type),
            "interaction_template": template.code, "interaction_group": template.interaction_group_id,
            "language_code": contact.language_code or segment.language_code_default,
            "description": segment.description, "date": segment.date, "cost": segment.unit_cost,
            "duration": segment.unit_duration, "information_flow": segment.information_flow,
            "initiated_by": segment.initiated_by, "source_action_no": action_no,
        })
    SegmentLine.insert_many(rows).execute()
    SegmentHistory.insert_many([
        {"segment": segment.id, "action_no": action_no, "seq": i, "contact": c.id,
         "action_taken": HistoryAction.INSERTION}
        for i, c in enumerate(contacts, start=1)
    ]).execute()


def record_add_action(segment: Segment, line_no: int, filters: list[dict[str, str]]) -> None:
    """An "Add Contacts" criteria action with its filters, as the criteria dialog records it."""
    SegmentCriteriaLine.create(segment=segment, line_no=line_no, type=CriteriaLineType.ACTION,
                               no_of_filters=len(filters))
    for offset, flt in enumerate(filters, start=1):
        SegmentCriteriaLine.create(segment=segment, line_no=line_no + offset, type=CriteriaLineType.FILTER,
                                   source=flt["source"], filter_json=json.dumps(flt))


def build_segments(rng: random.Random, today: date) -> list[str]:
    """One segment by criteria (Dutch retail companies and their people), one picked by hand."""
    made = []
    retail_ids = ContactIndustryGroup.select(ContactIndustryGroup.contact).where(
        ContactIndustryGroup.industry_group == "RETAIL"
    )
    companies = Contact.select().where((Contact.country_code == "NL") & (Contact.id.in_(retail_ids))
                                       & (Contact.exclude_from_segment == False)).limit(40)  # noqa: E712
    ids = [c.id for c in companies]
    members = list(
        Contact.select().where((Contact.id.in_(ids) | Contact.company.in_(ids))
                               & (Contact.exclude_from_segment == False))  # noqa: E712
        .order_by(Contact.company_name, Contact.company, Contact.type, Contact.name)
    )
    if members:
        segment = make_segment("Voorjaarsseminar – uitnodiging retail", "INVITE", "JV", today + timedelta(days=7))
        record_add_action(segment, 1, [
            {"source": "contact", "field": "country_code", "expr": "NL"},
            {"source": "industry_group", "field": "industry_group_code", "expr": "RETAIL"},
        ])
        add_lines(segment, members, 1)
        made.append(segment.no)
    picked = list(Contact.select().where((Contact.type == ContactType.PERSON) & (Contact.company.is_null(False))
                                         & (Contact.exclude_from_segment == False))  # noqa: E712
                  .order_by(Contact.id.desc()).limit(6))
    if picked:
        segment = make_segment("Welcome letters – new customers", "WELCOME", "EW", today)
        for index, contact in enumerate(picked, start=1):
            record_add_action(segment, index * 2 - 1, [{"source": "contact", "field": "no", "expr": contact.no}])
            add_lines(segment, [contact], index)
        made.append(segment.no)
    return made


def build_history(rng: random.Random, today: date, share: float = 0.05) -> tuple[int, int]:
    """Past interactions for a share of contacts, one logged segment, and two postponed ones."""
    templates = list(InteractionTemplate.select())
    contacts = list(Contact.select(Contact.id, Contact.no, Contact.name, Contact.company, Contact.salesperson,
                                   Contact.language_code, Contact.correspondence_type)
                    .where(id_modulo(max(1, round(1 / share))) == 0).limit(20000))
    next_entry = int(InteractionLogEntry.select(fn.MAX(InteractionLogEntry.entry_no)).scalar() or 0) + 1
    setup = MarketingSetup.get()
    logged = LoggedSegment.create(no=next_number(setup.logged_segment_nos), segment_no=next_number(setup.segment_nos),
                                  description="Nieuwjaarskaart / New year card", creation_date=today - timedelta(days=320),
                                  user_id="demo")
    rows = []
    for contact in contacts:
        for _ in range(rng.randint(1, 3)):
            template = rng.choice(templates)
            in_logged = template.code == "WELCOME" and rng.random() < 0.5
            rows.append({
                "entry_no": next_entry, "contact": contact.id, "contact_no": contact.no,
                "contact_name": contact.name, "contact_company": contact.company_id,
                "date": logged.creation_date if in_logged else today - timedelta(days=rng.randint(1, 700)),
                "time_of_interaction": time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))),
                "description": template.description, "information_flow": template.information_flow,
                "initiated_by": template.initiated_by, "cost": template.unit_cost,
                "duration": template.unit_duration, "user_id": "demo",
                "interaction_group": template.interaction_group_id, "interaction_template": template.code,
                "language_code": contact.language_code, "salesperson": contact.salesperson_id,
                "correspondence_type": line_correspondence(template, contact.correspondence_type),
                "segment_no": logged.segment_no if in_logged else "",
                "logged_segment": logged.id if in_logged else None,
                "evaluation": rng.choice((0, 0, 1, 2, 2, 3, 4)), "attempt_failed": rng.random() < 0.05,
                "canceled": rng.random() < 0.01, "uid": new_uid(),
            })
            next_entry += 1
    for start in range(0, len(rows), 500):
        InteractionLogEntry.insert_many(rows[start:start + 500]).execute()
    for contact in contacts[:2]:
        InteractionLogEntry.create(
            entry_no=next_entry, contact=contact.id, contact_no=contact.no, contact_name=contact.name,
            date=today, description="Terugbellen over offerte" if contact.language_code == "nl" else "Call back",
            interaction_template="PHONE", interaction_group="PHONE", postponed=True, user_id="demo",
            cost=Decimal("0"),
        )
        next_entry += 1
    return len(rows), 2
