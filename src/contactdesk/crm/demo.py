"""Sample data: a realistic office in the Netherlands, Norway and the UK, ready to try everything."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from peewee import Value, fn

from contactdesk.crm import demo_campaigns, demo_history
from contactdesk.crm.demo_contacts import ContactFactory, insert_contacts
from contactdesk.crm.demo_history import id_modulo
from contactdesk.crm.lookups import primary_key
from contactdesk.paths import sample_templates_dir
from contactdesk.store import fulltext
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import ContactType, CorrespondenceType, InformationFlow, InitiatedBy, WizardAction
from contactdesk.store.models import (
    BusinessRelation,
    CompanyInfo,
    Contact,
    ContactBusinessRelation,
    ContactIndustryGroup,
    ContactJobResponsibility,
    ContactMailingGroup,
    ContactProfileAnswer,
    IndustryGroup,
    InteractionGroup,
    InteractionTemplate,
    JobResponsibility,
    LoggedSegment,
    MailingGroup,
    MarketingSetup,
    ProfileQuestionnaire,
    ProfileQuestionnaireLine,
    Salesperson,
)

SALESPEOPLE = [
    ("JV", "Jan de Vries", "jan.devries@vandijk-kantoor.nl", "Accountmanager", "NL"),
    ("PB", "Pieter Bakker", "pieter.bakker@vandijk-kantoor.nl", "Verkoopleider", "NL"),
    ("IH", "Ingrid Hansen", "ingrid.hansen@vandijk-kantoor.no", "Salgssjef", "NO"),
    ("OL", "Ola Lie", "ola.lie@vandijk-kantoor.no", "Kundeansvarlig", "NO"),
    ("EW", "Emily Walker", "emily.walker@vandijk-office.co.uk", "Account Manager", "GB"),
    ("JS", "James Smith", "james.smith@vandijk-office.co.uk", "Sales Director", "GB"),
]
CODES = {
    IndustryGroup: [
        ("RETAIL", "Retail"),
        ("WHOLESALE", "Wholesale"),
        ("IT", "IT services"),
        ("HEALTH", "Health care"),
        ("EDU", "Education"),
        ("MANUF", "Manufacturing"),
    ],
    BusinessRelation: [("CUST", "Customer"), ("SUPP", "Supplier"), ("PROSP", "Prospect"), ("PARTNER", "Partner")],
    MailingGroup: [("NEWS", "Newsletter"), ("XMAS", "Christmas card"), ("EVENTS", "Events")],
    JobResponsibility: [
        ("PURCH", "Purchasing"),
        ("SALES", "Sales"),
        ("MGMT", "Management"),
        ("IT", "IT"),
        ("FIN", "Finance"),
    ],
    InteractionGroup: [("LETTER", "Letters"), ("MEETING", "Meetings"), ("PHONE", "Phone calls"), ("EMAIL", "E-mails")],
}
# code, group, description, cost, minutes, channel, wizard action, sample letter file
TEMPLATES = [
    (
        "WELCOME",
        "LETTER",
        "Welcome letter",
        "2.50",
        5,
        CorrespondenceType.HARD_COPY,
        WizardAction.MERGE,
        "welcome_letter.docx",
    ),
    (
        "INVITE",
        "LETTER",
        "Spring seminar invitation",
        "1.20",
        3,
        CorrespondenceType.EMAIL,
        WizardAction.MERGE,
        "event_invitation.docx",
    ),
    (
        "FOLLOWUP",
        "LETTER",
        "Follow-up letter",
        "2.50",
        10,
        CorrespondenceType.EMAIL,
        WizardAction.OPEN,
        "follow_up.docx",
    ),
    ("MEETING", "MEETING", "Meeting at the customer", "45.00", 90, CorrespondenceType.BLANK, WizardAction.BLANK, ""),
    ("PHONE", "PHONE", "Phone call", "0.50", 10, CorrespondenceType.BLANK, WizardAction.BLANK, ""),
]

log = logging.getLogger("contactdesk.crm")


@dataclass(frozen=True)
class DemoResult:
    """What the demo run added."""

    contacts: int
    segments: list[str]
    interactions: int


def _ensure_setup() -> None:
    if not CompanyInfo.get().name:
        CompanyInfo.update(
            name="Van Dijk Kantoorinrichting B.V.",
            address="Keizersgracht 123",
            post_code="1015 CJ",
            city="Amsterdam",
            country_code="NL",
            phone_no="+31 20 555 0100",
            email="info@vandijk-kantoor.nl",
            home_page="www.vandijk-kantoor.nl",
            vat_registration_no="NL123456789B01",
            bank_name="ING Bank",
            iban="NL91 INGB 0001 2345 67",
            swift_code="INGBNL2A",
        ).execute()
    for index, (code, name, email, job, _country) in enumerate(SALESPEOPLE, start=1):
        Salesperson.get_or_create(  # type: ignore[no-untyped-call]
            code=code,
            defaults={"name": name, "email": email, "job_title": job, "phone_no": f"+31 20 555 01{index:02d}"},
        )
    for model, rows in CODES.items():
        for code, description in rows:
            model.get_or_create(code=code, defaults={"description": description})  # type: ignore[no-untyped-call]
    questionnaire, created = ProfileQuestionnaire.get_or_create(  # type: ignore[no-untyped-call]
        code="SIZE", defaults={"description": "Company size", "contact_type": ContactType.COMPANY}
    )
    if created:
        for line_no, kind, text in [
            (10000, 0, "Number of employees"),
            (20000, 1, "1–10"),
            (30000, 1, "11–50"),
            (40000, 1, "51–250"),
            (50000, 1, "More than 250"),
        ]:
            ProfileQuestionnaireLine.create(questionnaire=questionnaire, line_no=line_no, type=kind, description=text)
    MarketingSetup.update(default_language_code="en", default_country_code="NL").execute()


def _ensure_templates() -> None:
    # Imported here: the template service copies files and is only needed when templates are missing.
    from contactdesk.crm import templates as template_service

    for code, group, description, cost, minutes, channel, action, letter in TEMPLATES:
        if InteractionTemplate.get_or_none(InteractionTemplate.code == code):
            continue
        template_service.save_template(
            template_service.TemplateData(
                code=code,
                interaction_group_code=group,
                description=description,
                unit_cost=Decimal(cost),
                unit_duration=minutes,
                information_flow=InformationFlow.OUTBOUND,
                initiated_by=InitiatedBy.US,
                correspondence_type_default=channel,
                # Merge needs the default language's document first (issue 12 §3.7): set once it is there.
                wizard_action=WizardAction.BLANK if action == WizardAction.MERGE else action,
                language_code_default="en" if letter else "",
            )
        )
        if letter:
            for language in ("en", "nl", "nb"):
                template_service.set_template_attachment(code, language, sample_templates_dir() / language / letter)
        if action == WizardAction.MERGE:
            InteractionTemplate.update(wizard_action=action).where(InteractionTemplate.code == code).execute()


def _link_classifications(first_id: int) -> None:
    """Spread codes over the new contacts with set-based INSERT … SELECT."""
    new = Contact.select(Contact.id).where(Contact.id >= first_id)
    companies = new.where(Contact.type == ContactType.COMPANY)
    persons = new.where(Contact.type == ContactType.PERSON)
    links = [
        (ContactIndustryGroup, "industry_group", IndustryGroup, companies, 7),
        (ContactBusinessRelation, "business_relation", BusinessRelation, companies, 5),
        (ContactMailingGroup, "mailing_group", MailingGroup, persons, 4),
        (ContactJobResponsibility, "job_responsibility", JobResponsibility, persons, 6),
    ]
    for link, column, code_model, selection, modulo in links:
        key = primary_key(code_model)
        codes = [str(getattr(row, key.name)) for row in code_model.select(key).order_by(key)]
        for index, code in enumerate(codes):
            chosen = selection.where(id_modulo(modulo) == index).select(Contact.id, Value(code))
            link.insert_from(chosen, [link._meta.fields["contact"], link._meta.fields[column]]).execute()
    for offset, line_no in enumerate((20000, 30000, 40000, 50000)):
        chosen = companies.where(id_modulo(4) == offset).select(Contact.id, Value("SIZE"), Value(line_no))
        ContactProfileAnswer.insert_from(
            chosen, [ContactProfileAnswer.contact, ContactProfileAnswer.questionnaire, ContactProfileAnswer.line_no]
        ).execute()


def load_demo(
    contacts: int = 500, seed: int = 1, progress: Callable[[int], None] | None = None, today: date | None = None
) -> DemoResult:
    """Create or fill the bound database with sample data, in one transaction."""
    rng = random.Random(seed)
    today = today or date.today()
    with write_transaction():
        _ensure_setup()
        _ensure_templates()
        by_country: dict[str, list[str]] = {}
        for code, _name, _email, _job, country in SALESPEOPLE:
            by_country.setdefault(country, []).append(code)
        factory = ContactFactory(rng, by_country, MarketingSetup.get().contact_nos)
        first_id = factory.next_id
        with fulltext.deferred_index(first_id):
            written = insert_contacts(factory, contacts, progress)
        _link_classifications(first_id)
        # History first: the old logged segment takes the lower segment number.
        interactions, _postponed = demo_history.build_history(rng, today, first_id)
        logged_id = LoggedSegment.select(fn.MAX(LoggedSegment.id)).scalar()
        segments = demo_history.build_segments(rng, today)
        # The retail segment (the first) becomes the running campaign's; the old logged one the finished one's.
        demo_campaigns.build_campaigns(today, logged_id, segments[0] if segments else None)
    log.info("sample data added: %d contacts, %d segments, %d interactions", written, len(segments), interactions)
    return DemoResult(written, segments, interactions)
