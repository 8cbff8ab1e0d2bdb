"""A scoped copy keeps a row only when every row it refers to among the scoped tables was kept too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peewee import ForeignKeyField

from contactdesk.store.models import BaseModel, Contact, Segment


class Closure:
    """Tracks the kept ids of the scoped tables (contacts, and every table referring to a kept row)."""

    def __init__(self, contacts: set[int] | None, segments: set[int] | None = None) -> None:
        # The roots: the scope's contacts, and the segments taken whole (scope.whole_segments).
        self.roots: dict[type[BaseModel], set[int]] = {}
        if contacts is not None:
            self.roots[Contact] = set(contacts)
            if segments is not None:
                self.roots[Segment] = set(segments)
        self.kept: dict[type[BaseModel], set[int]] = dict(self.roots)
        self.all = contacts is None

    def keeper(self, model: type[BaseModel]) -> Callable[[tuple[Any, ...]], bool] | None:
        """The test for `model`'s rows (models must come parents first); None: every row is kept."""
        if self.all:
            return None
        fields = model._meta.sorted_fields
        key = next(i for i, field in enumerate(fields) if field is model._meta.primary_key)
        if model in self.roots:
            wanted = self.roots[model]
            return lambda row: row[key] in wanted
        links = [
            (i, self.kept[field.rel_model])
            for i, field in enumerate(fields)
            if isinstance(field, ForeignKeyField) and field.rel_model in self.kept and field.rel_model is not model
        ]
        if not links:
            return None
        kept: set[int] = set()
        self.kept[model] = kept

        def keep(row: tuple[Any, ...]) -> bool:
            if all(row[i] is None or row[i] in ids for i, ids in links):
                kept.add(row[key])
                return True
            return False

        return keep
