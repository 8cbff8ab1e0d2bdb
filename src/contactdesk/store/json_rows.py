"""Rows as JSON text built by the database in one pass, so no row travels to Python one by one.

SQLite writes json_group_array(json_array(…)); PostgreSQL json_agg(json_build_array(…)). On PostgreSQL
decimals and date-times are written as text (as they read back), so nothing is rounded on the way.
"""

from __future__ import annotations

from collections.abc import Sequence

from peewee import DateTimeField, DecimalField, Model

from contactdesk.store.db import is_sqlite


def aggregate(model: type[Model], names: Sequence[str], table: str = '"t1"') -> str:
    """SQL for one JSON array holding, per row of `table` (aliased in the query), the array of those columns."""
    values = [f'{table}."{name}"' for name in names]
    if is_sqlite():
        return f"json_group_array(json_array({', '.join(values)}))"
    for at, name in enumerate(names):
        if isinstance(model._meta.columns[name], (DecimalField, DateTimeField)):
            values[at] += "::text"
    return f"COALESCE(json_agg(json_build_array({', '.join(values)}))::text, '[]')"


def total(expression: str) -> str:
    """SQL for the sum of `expression` over the rows, 0 when there are none (SQLite's TOTAL)."""
    return f"TOTAL({expression})" if is_sqlite() else f"COALESCE(SUM({expression}), 0)"
