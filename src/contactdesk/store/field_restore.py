"""Rows the office deleted while a laptop still changed or used them, brought back from their tombstones.

A laptop that logged an interaction for a contact the office deleted meanwhile must not lose it, and a
logged segment arrives whole: the contact comes back exactly as it was deleted (the change log keeps the
deleted row), and so do the rows it needs itself (its company, deleted with it), parents first.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence

from peewee import Database

from contactdesk.store import field_office_rows as rows
from contactdesk.store.field_ids import foreign_keys
from contactdesk.store.models import BaseModel

_DEPTH = 4  # a contact, its company, …: never deeper than this in our schema


def restore_missing(
    office: Database, models: Mapping[str, type[BaseModel]], wanted: Mapping[str, set[str]]
) -> dict[tuple[str, str], tuple[str, str]]:
    """Restore every wanted (table → keys) row the office lacks but has a tombstone of, with the rows those
    need; returns each restored (table, key) with the wanted row that asked for it."""
    olds: dict[str, dict[str, str]] = defaultdict(dict)
    asked_by: dict[tuple[str, str], tuple[str, str]] = {}
    pending = {table: {(key, (table, key)) for key in keys} for table, keys in wanted.items()}
    for _ in range(_DEPTH):
        following: dict[str, set[tuple[str, tuple[str, str]]]] = defaultdict(set)
        for table, asked in pending.items():
            if table not in models:
                continue
            keys = {key for key, _cause in asked} - set(olds[table])
            missing = keys - set(rows.existing(office, models[table], keys))
            found = rows.tombstones(office, table, missing)
            olds[table].update(found)
            causes = dict(asked)
            for key, text in found.items():
                asked_by[(table, key)] = causes[key]
                data = json.loads(text)
                for column, target in foreign_keys(models[table]):
                    if data.get(column) is not None:
                        following[target].add((str(data[column]), causes[key]))
        if not following:
            break
        pending = following
    restored: dict[tuple[str, str], tuple[str, str]] = {}
    for table in [name for name in models if olds.get(name)]:
        order = sorted(olds[table])
        refused = {position for position, _reason in _restore(office, table, [olds[table][key] for key in order])}
        restored.update({(table, key): asked_by[(table, key)] for i, key in enumerate(order) if i not in refused})
    return restored


def _restore(office: Database, table: str, olds: Sequence[str]) -> list[tuple[int, str]]:
    return rows.write(
        office,
        f"INSERT INTO {rows.q(table)} SELECT * FROM jsonb_populate_record(NULL::{rows.q(table)}, %s::jsonb)",
        olds,
    )
