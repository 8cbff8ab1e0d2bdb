"""Sample segments (built through the segment services) and interaction history (written set-based)."""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from decimal import Decimal

from peewee import Expression, fn

from contactdesk.store.enums import ContactType, CorrespondenceType, CriteriaAction
from contactdesk.store.models import (
    Contact,
    InteractionLogEntry,
    InteractionTemplate,
    LoggedSegment,
    MarketingSetup,
)
from contactdesk.store.models.base import new_uid
from contactdesk.store.numbering import next_number


def id_modulo(divisor: int) -> Expression:
    """contact.id modulo divisor in SQL, written so every engine reads it alike.

    peewee's own % operator means LIKE, and a literal % is a placeholder to PostgreSQL's driver; for
    positive ids, id - (id / d) * d is the remainder on SQLite and PostgreSQL (integer division on both).
    """
    return Contact.id - (Contact.id / divisor) * divisor


def line_correspondence(template: InteractionTemplate, contact_type: int) -> int:
    """Spec 2.1 rule 4b/4c: the template default when ignored or the contact has none."""
    if template.ignore_contact_corres_type or contact_type == CorrespondenceType.BLANK:
        return int(template.correspondence_type_default)
    return int(contact_type)


def build_segments(rng: random.Random, today: date) -> list[str]:
    """Two segments made the way a user makes them: one through saved criteria, one picked by hand."""
    # Imported here: the segment services are only needed once the contacts exist.
    from contactdesk.crm import criteria, saved_criteria, segment_lines, segments
    from contactdesk.crm.criteria import CriteriaRequest
    from contactdesk.crm.criteria_filters import Filter

    made = []
    retail = (Filter("contact", "country_code", "NL"), Filter("industry_group", "industry_group_code", "RETAIL"))
    no_finance = (Filter("job_responsibility", "job_responsibility_code", "FIN"),)
    no = segments.create_segment("Voorjaarsseminar – uitnodiging retail", "INVITE", "JV", today + timedelta(days=7))
    for request in (CriteriaRequest(CriteriaAction.ADD, retail), CriteriaRequest(CriteriaAction.REDUCE, no_finance)):
        criteria.run(no, request)
    already_saved = any(saved.code == "NL-RETAIL" for saved in saved_criteria.list_saved_criteria())
    # A small sample may hold no Dutch retailers: then there is nothing worth saving and replaying.
    if segments.get_segment(no).lines:
        if not already_saved:  # sample data added a second time reuses what the first time saved
            saved_criteria.save_criteria(no, "NL-RETAIL", "Dutch retail companies and their people")
        # Start again from the saved criteria, as a user reusing them on a new segment would.
        while criteria.go_back(no).actions:
            pass
        saved_criteria.reuse_criteria(no, "NL-RETAIL")
    made.append(no)
    picked = list(
        Contact.select(Contact.no)
        .where(
            (Contact.type == ContactType.PERSON)
            & (Contact.company.is_null(False))
            & (Contact.exclude_from_segment == False)  # noqa: E712 - SQL comparison, not Python truth
        )
        .order_by(Contact.id.desc())
        .limit(6)
    )
    if picked:
        no = segments.create_segment("Welcome letters – new customers", "WELCOME", "EW", today)
        for contact in picked:
            segment_lines.add_contacts_by_hand(no, [contact.no])
        first, *_rest = segment_lines.list_lines(no, limit=2)
        segment_lines.update_line(no, first.line_no, "comment", "Thank you for the pleasant visit last week!")
        made.append(no)
    return made


def build_history(rng: random.Random, today: date, first_id: int = 0, share: float = 0.05) -> tuple[int, int]:
    """Past interactions for a share of the contacts from `first_id` on, one logged segment, two postponed ones."""
    templates = list(InteractionTemplate.select())
    contacts = list(
        Contact.select(
            Contact.id,
            Contact.no,
            Contact.name,
            Contact.company,
            Contact.salesperson,
            Contact.language_code,
            Contact.correspondence_type,
        )
        .where((id_modulo(max(1, round(1 / share))) == 0) & (Contact.id >= first_id))
        .limit(20000)
    )
    next_entry = int(InteractionLogEntry.select(fn.MAX(InteractionLogEntry.entry_no)).scalar() or 0) + 1
    setup = MarketingSetup.get()
    logged = LoggedSegment.create(
        no=next_number(setup.logged_segment_nos),
        segment_no=next_number(setup.segment_nos),
        description="Nieuwjaarskaart / New year card",
        creation_date=today - timedelta(days=320),
        user_id="demo",
    )
    rows = []
    for contact in contacts:
        for _ in range(rng.randint(1, 3)):
            template = rng.choice(templates)
            in_logged = template.code == "WELCOME" and rng.random() < 0.5
            rows.append(
                {
                    "entry_no": next_entry,
                    "contact": contact.id,
                    "contact_no": contact.no,
                    "contact_name": contact.name,
                    "contact_company": contact.company_id,
                    "date": logged.creation_date if in_logged else today - timedelta(days=rng.randint(1, 700)),
                    "time_of_interaction": time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))),
                    "description": template.description,
                    "information_flow": template.information_flow,
                    "initiated_by": template.initiated_by,
                    "cost": template.unit_cost,
                    "duration": template.unit_duration,
                    "user_id": "demo",
                    "interaction_group": template.interaction_group_id,
                    "interaction_template": template.code,
                    "language_code": contact.language_code,
                    "salesperson": contact.salesperson_id,
                    "correspondence_type": line_correspondence(template, contact.correspondence_type),
                    "segment_no": logged.segment_no if in_logged else "",
                    "logged_segment": logged.id if in_logged else None,
                    "evaluation": rng.choice((0, 0, 1, 2, 2, 3, 4)),
                    "attempt_failed": rng.random() < 0.05,
                    "canceled": rng.random() < 0.01,
                    "uid": new_uid(),
                }
            )
            next_entry += 1
    for start in range(0, len(rows), 500):
        InteractionLogEntry.insert_many(rows[start : start + 500]).execute()
    for contact in contacts[:2]:
        InteractionLogEntry.create(
            entry_no=next_entry,
            contact=contact.id,
            contact_no=contact.no,
            contact_name=contact.name,
            date=today,
            description="Terugbellen over offerte" if contact.language_code == "nl" else "Call back",
            interaction_template="PHONE",
            interaction_group="PHONE",
            postponed=True,
            user_id="demo",
            cost=Decimal("0"),
        )
        next_entry += 1
    return len(rows), len(contacts[:2])
