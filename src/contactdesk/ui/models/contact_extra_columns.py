"""The contacts list's columns beyond the contact's own fields: classification codes and interaction statistics."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from contactdesk.crm.contact_class_kinds import (
    BUSINESS_RELATION,
    CLASSES,
    INDUSTRY_GROUP,
    JOB_RESPONSIBILITY,
    MAILING_GROUP,
    STATISTICS,
)

if TYPE_CHECKING:
    from contactdesk.crm.contact_list_extras import ContactExtras

# Light to import (no store, no Qt namespace): the contacts list names these columns before the window's first
# paint; what fills them (the services, the number formats) is imported when a value is first asked for.

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ExtraColumn:
    """A column filled from a row's ContactExtras; not sortable (the list sorts in SQL on its own fields)."""

    key: str
    group: str  # what must be read for it: CLASSES or STATISTICS
    header: Callable[[], str]
    value: Callable[[ContactExtras], str]
    align_right: bool = False


def _codes(kind: str) -> Callable[[ContactExtras], str]:
    return lambda extras: extras.codes_text(kind)


def _count(extras: ContactExtras) -> str:
    from contactdesk.ui import formatting

    return formatting.number(extras.statistic.interactions) if extras.statistic else ""


def _cost(extras: ContactExtras) -> str:
    from contactdesk.ui import formatting

    return formatting.amount(extras.statistic.cost) if extras.statistic else ""


def _duration(extras: ContactExtras) -> str:
    from contactdesk.ui import formatting

    return formatting.number(extras.statistic.duration) if extras.statistic else ""


EXTRA_COLUMNS: list[ExtraColumn] = [
    ExtraColumn(INDUSTRY_GROUP, CLASSES, lambda: translate("ContactsModel", "Industry groups"), _codes(INDUSTRY_GROUP)),
    ExtraColumn(
        BUSINESS_RELATION, CLASSES, lambda: translate("ContactsModel", "Business relations"), _codes(BUSINESS_RELATION)
    ),
    ExtraColumn(MAILING_GROUP, CLASSES, lambda: translate("ContactsModel", "Mailing groups"), _codes(MAILING_GROUP)),
    ExtraColumn(
        JOB_RESPONSIBILITY,
        CLASSES,
        lambda: translate("ContactsModel", "Job responsibilities"),
        _codes(JOB_RESPONSIBILITY),
    ),
    ExtraColumn("interactions", STATISTICS, lambda: translate("ContactsModel", "Interactions"), _count, True),
    ExtraColumn("cost", STATISTICS, lambda: translate("ContactsModel", "Cost"), _cost, True),
    ExtraColumn("duration", STATISTICS, lambda: translate("ContactsModel", "Duration (min)"), _duration, True),
]
