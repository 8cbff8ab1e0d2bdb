"""Marketing Setup defaults for the tests of new contacts: salesperson JD (KO exists too), NL, nl, e-mail."""

from __future__ import annotations

from dataclasses import replace

from contactdesk.crm.marketing_setup import get_marketing_setup, save_marketing_setup
from contactdesk.crm.salespeople import SalespersonData, save_salesperson
from contactdesk.store.enums import CorrespondenceType


def set_office_defaults() -> None:
    """Two salespeople and Marketing Setup defaults a new contact should take."""
    save_salesperson(SalespersonData(code="JD", name="Jan"))
    save_salesperson(SalespersonData(code="KO", name="Kari"))
    save_marketing_setup(
        replace(
            get_marketing_setup(),
            default_salesperson_code="JD",
            default_country_code="NL",
            default_language_code="nl",
            default_correspondence_type=CorrespondenceType.EMAIL,
        )
    )
