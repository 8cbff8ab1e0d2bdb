"""What the contacts list shows beside a contact's own fields: its codes and interaction totals, a page at a time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from contactdesk.crm.contact_class_kinds import CLASSES, KINDS, STATISTICS
from contactdesk.crm.contact_classes import classification_of
from contactdesk.crm.contact_row import ContactRow
from contactdesk.crm.contact_statistics import contacts_statistics
from contactdesk.crm.interaction_statistics import InteractionStatistic


@dataclass(frozen=True)
class ContactExtras:
    """One list row's classification codes (by kind) and interaction statistics."""

    codes: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    statistic: InteractionStatistic | None = None

    def codes_text(self, kind: str) -> str:
        """The codes of one kind as the list shows them: 'RETAIL, WHOLESALE'."""
        return ", ".join(self.codes.get(kind, []))


NONE = ContactExtras()


def list_extras(rows: Sequence[ContactRow], wanted: frozenset[str] | set[str]) -> dict[int, ContactExtras]:
    """Extras of a page of rows by contact id: one query for the codes, one for the statistics (only what is wanted)."""
    if not rows or not wanted:
        return {}
    codes = classification_of([row.id for row in rows]) if CLASSES in wanted else {}
    totals = contacts_statistics(row.no for row in rows) if STATISTICS in wanted else {}
    zero = Decimal("0.00")
    return {
        row.id: ContactExtras(
            codes.get(row.id, {kind: [] for kind in KINDS}),
            totals.get(row.no, InteractionStatistic(row.no, row.name, 0, zero, 0)) if STATISTICS in wanted else None,
        )
        for row in rows
    }
