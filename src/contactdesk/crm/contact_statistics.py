"""A contact's interaction statistics (the reference's contact FlowFields, spec 1.4), one aggregate query."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from peewee import JOIN, fn

from contactdesk.crm.interaction_statistics import InteractionStatistic
from contactdesk.store.models import Contact, InteractionLogEntry

E = InteractionLogEntry
_CENT = Decimal("0.01")


def contacts_statistics(contact_nos: Iterable[str]) -> dict[str, InteractionStatistic]:
    """Number, cost and duration per contact, without canceled or postponed entries; a company includes its persons'."""
    nos = sorted({no for no in contact_nos if no})
    if not nos:
        return {}
    # A company's own entries and its persons' all carry the company in contact_company.
    live = (E.canceled == False) & (E.postponed == False)  # noqa: E712
    condition = ((E.contact == Contact.id) | (E.contact_company == Contact.id)) & live
    query: Any = (
        Contact.select(
            Contact.no,
            Contact.name,
            fn.COUNT(E.id),
            fn.COALESCE(fn.SUM(E.cost), 0),
            fn.COALESCE(fn.SUM(E.duration), 0),
        )
        .join(E, JOIN.LEFT_OUTER, on=condition)
        .where(Contact.no.in_(nos))
        .group_by(Contact.no, Contact.name)
        .tuples()
    )
    return {
        str(no): InteractionStatistic(
            str(no), str(name or ""), int(count), Decimal(str(cost or 0)).quantize(_CENT), int(minutes or 0)
        )
        for no, name, count, cost, minutes in query
    }


def contact_statistics(contact_no: str) -> InteractionStatistic:
    """One contact's totals; zeros for a contact without entries (or unknown)."""
    found = contacts_statistics([contact_no])
    return found.get(contact_no, InteractionStatistic(contact_no, "", 0, Decimal("0.00"), 0))
