"""Which columns hold the id of a row a laptop may create, and moving them to the office's ids.

A row made on a laptop gets its final id from the office at push; every column that refers to it must
follow: the foreign keys peewee knows, a few plain integer columns that keep an id without a constraint
(history lines, the undo record's last comment) and the ids inside an undo snapshot's JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import Any

from peewee import AutoField, ForeignKeyField

from contactdesk.store.models import (
    BaseModel,
    Segment,
    SegmentCriteriaLine,
    SegmentHistory,
    SegmentHistoryLine,
    SegmentInteractionLanguage,
    SegmentLine,
)

# table -> {local id: office id}
IdMap = dict[str, dict[int, int]]

# Integer columns that keep an id without a foreign key: (table, column) -> the table the id is of.
PLAIN_REFS: dict[tuple[str, str], str] = {
    ("segment_history_line", "contact_id"): "contact",
    ("segment_history_line", "contact_company_id"): "contact",
    ("segment_history_line", "attachment_id"): "attachment",
    ("logged_segment_undo", "last_comment_id"): "interaction_comment_line",
}
UNDO_TABLE, SNAPSHOT = "logged_segment_undo", "snapshot"
# The parts of an undo snapshot (crm/log_snapshot.py) and the table each part's rows are of.
_SNAPSHOT_PARTS: dict[str, type[BaseModel]] = {
    "segment": Segment,
    "languages": SegmentInteractionLanguage,
    "criteria": SegmentCriteriaLine,
    "history": SegmentHistory,
    "history_lines": SegmentHistoryLine,
    "skipped": SegmentLine,
}


def has_serial_key(model: type[BaseModel]) -> bool:
    """True when the table's key is a number the database hands out (a laptop's new rows get the office's)."""
    return isinstance(model._meta.primary_key, AutoField)


@cache
def foreign_keys(model: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """The foreign key columns of `model` that refer to a serial-keyed table: (column, that table)."""
    return tuple(
        (field.column_name, field.rel_model._meta.table_name)
        for field in model._meta.sorted_fields
        if isinstance(field, ForeignKeyField) and has_serial_key(field.rel_model)
    )


@cache
def references(model: type[BaseModel]) -> dict[str, str]:
    """The columns of `model` that hold the id of a serial-keyed row: column -> that row's table."""
    found = {
        field.column_name: field.rel_model._meta.table_name
        for field in model._meta.sorted_fields
        if isinstance(field, ForeignKeyField) and has_serial_key(field.rel_model)
    }
    table = model._meta.table_name
    found.update({column: target for (owner, column), target in PLAIN_REFS.items() if owner == table})
    return found


def translate_row(model: type[BaseModel], values: dict[str, Any], ids: Mapping[str, Mapping[int, int]]) -> None:
    """Move the referring columns of one row (a dict of column -> value, changed in place) to office ids."""
    for column, target in references(model).items():
        moved = ids.get(target)
        value = values.get(column)
        if moved and isinstance(value, int) and value in moved:
            values[column] = moved[value]
    if model._meta.table_name == UNDO_TABLE and isinstance(values.get(SNAPSHOT), str):
        values[SNAPSHOT] = translate_snapshot(values[SNAPSHOT], ids)


def translate_snapshot(text: str, ids: Mapping[str, Mapping[int, int]]) -> str:
    """An undo snapshot with the ids it keeps moved to office ids (unchanged text when none moves)."""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if not isinstance(data, dict):
        return text
    changed = False
    for part, model in _SNAPSHOT_PARTS.items():
        table = data.get(part)
        if not isinstance(table, dict) or "columns" not in table:
            continue
        columns = list(table["columns"])
        refs = {**references(model), "id": model._meta.table_name}
        for position, name in enumerate(columns):
            moved = ids.get(refs.get(name, ""))
            if not moved:
                continue
            for row in table.get("rows", []):
                value = row[position]
                if isinstance(value, int) and value in moved:
                    row[position] = moved[value]
                    changed = True
    return json.dumps(data) if changed else text
