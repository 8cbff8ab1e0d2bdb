"""A list of values for `IN`, rendered as one SQL fragment: peewee builds a node per value, which a page of
200 ids repeated over several lookups made the slowest part of reading a list page."""

from __future__ import annotations

from collections.abc import Iterable

from peewee import SQL

from contactdesk.store.db import db


def value_list(values: Iterable[object]) -> SQL:
    """'(p, p, …)' with the values as parameters, for `field.in_(value_list(ids))`; never empty."""
    items = list(values)
    if not items:
        items = [None]  # IN (NULL) matches nothing, as an empty list should
    return SQL("(" + ", ".join([db.obj.param] * len(items)) + ")", items)
