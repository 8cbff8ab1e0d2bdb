"""An office without sample data for the campaign tests: codes, one template, retail and wholesale customers.

Companies Fjord Butikk and Nordlys Handel (Norway, RETAIL), Bakker Winkel (Netherlands, RETAIL) and
Grossist (Norway, WHOLESALE); each has a purchasing person (job responsibility PURCH), Fjord one more.
Template CALL: no channel, cost 2.00, 15 minutes. Salesperson IH.
"""

from __future__ import annotations

from decimal import Decimal

from contactdesk.crm import classification, contacts
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.salespeople import SalespersonData, save_salesperson
from contactdesk.crm.templates import TemplateData, save_template
from contactdesk.store.enums import ContactType, CorrespondenceType


def _contact(name: str, country: str, company: str = "", industry: str = "", job: str = "") -> str:
    kind = ContactType.PERSON if company else ContactType.COMPANY
    no = contacts.create_contact(
        ContactData(type=kind, name=name, company_no=company, country_code=country, salesperson_code="IH")
    )
    # Classified as the card and `contact classify` do it.
    if industry:
        classification.add_codes(no, "industry_group", [industry])
    if job:
        classification.add_codes(no, "job_responsibility", [job])
    return no


def make_office() -> dict[str, str]:
    """The office on the bound database; returns contact numbers by first name (companies by first word)."""
    save_salesperson(SalespersonData("IH", "Ingrid Holm"))
    for kind, code in (("industry_group", "RETAIL"), ("industry_group", "WHOLESALE"), ("job_responsibility", "PURCH")):
        save_code(kind, CodeData(code, code.title()))
    save_code("interaction_group", CodeData("VISIT", "Visits"))
    save_template(
        TemplateData(
            "CALL",
            interaction_group_code="VISIT",
            description="Spring call",
            unit_cost=Decimal("2.00"),
            unit_duration=15,
            correspondence_type_default=CorrespondenceType.BLANK,
        )
    )
    fjord = _contact("Fjord Butikk AS", "NO", industry="RETAIL")
    nordlys = _contact("Nordlys Handel AS", "NO", industry="RETAIL")
    bakker = _contact("Bakker Winkel BV", "NL", industry="RETAIL")
    grossist = _contact("Grossist AS", "NO", industry="WHOLESALE")
    return {
        "fjord": fjord,
        "nordlys": nordlys,
        "bakker": bakker,
        "grossist": grossist,
        "kari": _contact("Kari Nordmann", "NO", fjord, job="PURCH"),
        "ola": _contact("Ola Berg", "NO", fjord),
        "per": _contact("Per Lie", "NO", nordlys, job="PURCH"),
        "anna": _contact("Anna Bakker", "NL", bakker, job="PURCH"),
        "lars": _contact("Lars Grossist", "NO", grossist, job="PURCH"),
    }
