"""Typed access to peewee's tuple rows (its stubs type every query as rows of models)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a select as plain tuples: no model object per row, for loops over whole tables."""
    return iter(query.tuples())
