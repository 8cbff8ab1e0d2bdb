"""Interaction statistics per template, group or salesperson (the reference's FlowFields, spec 1.3–1.6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from peewee import JOIN, fn

from contactdesk.store.models import InteractionGroup, InteractionLogEntry, InteractionTemplate, Salesperson

E = InteractionLogEntry
_CENT = Decimal("0.01")
BY_TEMPLATE = "template"
BY_GROUP = "group"
BY_SALESPERSON = "salesperson"


@dataclass(frozen=True)
class InteractionStatistic:
    """Number of interactions, their cost and duration for one template, group or salesperson."""

    code: str
    description: str
    interactions: int
    cost: Decimal
    duration: int


def statistics(
    by: str = BY_TEMPLATE, date_from: date | None = None, date_to: date | None = None
) -> list[InteractionStatistic]:
    """Totals over entries that are neither canceled nor postponed; every template/group/salesperson listed."""
    owners = {
        BY_TEMPLATE: (
            InteractionTemplate,
            InteractionTemplate.code,
            InteractionTemplate.description,
            E.interaction_template,
        ),
        BY_GROUP: (InteractionGroup, InteractionGroup.code, InteractionGroup.description, E.interaction_group),
        BY_SALESPERSON: (Salesperson, Salesperson.code, Salesperson.name, E.salesperson),
    }
    if by not in owners:
        raise ValueError(f"unknown statistics grouping {by!r}")
    model: Any
    model, code, description, link = owners[by]
    condition = (link == code) & (E.canceled == False) & (E.postponed == False)  # noqa: E712
    if date_from is not None:
        condition &= E.date >= date_from
    if date_to is not None:
        condition &= E.date <= date_to
    # LEFT JOIN: a template nobody used yet still shows, with zeros.
    query: Any = (
        model.select(
            code.alias("code"),
            description.alias("description"),
            fn.COUNT(E.id).alias("interactions"),
            fn.COALESCE(fn.SUM(E.cost), 0).alias("cost"),
            fn.COALESCE(fn.SUM(E.duration), 0).alias("duration"),
        )
        .join(E, JOIN.LEFT_OUTER, on=condition)
        .group_by(code, description)
        .order_by(code)
        .tuples()
    )
    return [
        InteractionStatistic(
            str(key), str(text or ""), int(count), Decimal(str(cost or 0)).quantize(_CENT), int(minutes or 0)
        )
        for key, text, count, cost, minutes in query
    ]


def totals(rows: list[InteractionStatistic]) -> InteractionStatistic:
    """The sum line under a statistics table."""
    return InteractionStatistic(
        "",
        "",
        sum(r.interactions for r in rows),
        sum((r.cost for r in rows), Decimal("0.00")),
        sum(r.duration for r in rows),
    )
