"""A logged segment as it was, kept compactly, and put back exactly (for undoing a logging).

The header, document rows, criteria lines, history and history copies, and the lines that were
skipped, are kept column by column as stored. A logged line needs much less: its entry already
carries every value the line had (logging copies them unchanged), so only what an entry does not
hold is kept per line (line number, criteria action, time, comment), plus a fingerprint of the
values that later changes to the entries could alter. The database builds the JSON in one pass
(store.json_rows), which keeps logging a 10,000-line segment close to a plain INSERT … SELECT.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from peewee import SQL, fn

from contactdesk.crm.lookups import primary_key
from contactdesk.store import json_rows
from contactdesk.store.bulk import insert_rows
from contactdesk.store.db import db
from contactdesk.store.models import (
    BaseModel,
    Contact,
    Segment,
    SegmentCriteriaLine,
    SegmentHistory,
    SegmentHistoryLine,
    SegmentInteractionLanguage,
    SegmentLine,
)

FORMAT = 2
# Children kept whole, in the order they are put back; each has a `segment` column.
CHILDREN: list[tuple[str, type[BaseModel]]] = [
    ("languages", SegmentInteractionLanguage),
    ("criteria", SegmentCriteriaLine),
    ("history", SegmentHistory),
    ("history_lines", SegmentHistoryLine),
]
# Line column → the entry column holding the same value (log_writer copies it unchanged).
FROM_ENTRY = {
    "contact_id": "contact_id",
    "contact_company_id": "contact_company_id",
    "alt_address_code": "alt_address_code",
    "campaign_id": "campaign_id",
    "campaign_target": "campaign_target",
    "campaign_response": "campaign_response",
    "salesperson_id": "salesperson_id",
    "interaction_template_id": "interaction_template_id",
    "interaction_group_id": "interaction_group_id",
    "language_code": "language_code",
    "subject": "subject",
    "description": "description",
    "date": "date",
    "cost": "cost",
    "duration": "duration",
    "information_flow": "information_flow",
    "initiated_by": "initiated_by",
    "evaluation": "evaluation",
    "attempt_failed": "attempt_failed",
    "attachment_id": "attachment_id",
    "merged": "merged",
    "send_word_doc_as_attmt": "send_word_docs_as_attmt",
    "contact_via": "contact_via",
}
# Kept per logged line, in this order (the channel because an e-mail line may be logged without one).
# The edit stamp too, so an undone logging gives the lines back with the versions editors saw.
OWN = [
    "line_no",
    "source_action_no",
    "time_of_interaction",
    "comment",
    "correspondence_type",
    "version",
    "created_by",
    "changed_by",
    "changed_at",
]
# What later changes to entries could alter: the evaluation (weighted by line number, so a change shows
# even when the total stays), and keys a deletion elsewhere sets to NULL or a canceled entry loses.
WEIGHTED = ["evaluation"]
COUNTED = [
    "contact_id",
    "contact_company_id",
    "campaign_id",
    "salesperson_id",
    "interaction_template_id",
    "interaction_group_id",
    "attachment_id",
]


def columns(model: type[BaseModel]) -> list[str]:
    """The stored columns of a table, in definition order."""
    return [field.column_name for field in model._meta.sorted_fields]


def _where_sql(query: Any) -> tuple[str, list[Any]]:
    """The WHERE part (and its parameters) peewee writes for `query`, whose table is aliased "t1"."""
    sql, params = query.sql()
    return (sql.split(" WHERE ", 1)[1] if " WHERE " in sql else "1 = 1"), list(params)


def _lines_query(segment: Segment, skip: Any | None, kept: bool) -> Any:
    query = SegmentLine.select(SQL("1"))
    where = SegmentLine.segment == int(segment.id)
    if skip is None:
        return query.where(where if kept else SQL("1 = 0"))
    query = query.join(Contact, on=(SegmentLine.contact == Contact.id))
    return query.where(where & (~skip if kept else skip))


def _rows_json(model: type[BaseModel], query: Any) -> str:
    """A JSON array of the rows `query` (a select on `model`) finds, each an array of its column values."""
    sql, params = query.sql()
    body = sql[sql.index(" FROM ") :]
    found = db.execute_sql(f"SELECT {json_rows.aggregate(model, columns(model))}{body}", params).fetchone()
    return str(found[0] or "[]")


def _table(model: type[BaseModel], query: Any) -> str:
    return f'{{"columns": {json.dumps(columns(model))}, "rows": {_rows_json(model, query)}}}'


def _logged_lines(segment: Segment, skip: Any | None) -> str:
    """The per-line part and the fingerprint of the lines that become entries, in one pass."""
    line = '"t1"'
    sums = [json_rows.total(f'COALESCE({line}."{name}", 0) * {line}."line_no"') for name in WEIGHTED]
    counts = [f'COUNT({line}."{name}")' for name in COUNTED]
    sql, params = _lines_query(segment, skip, kept=True).sql()
    found = db.execute_sql(
        f"SELECT {json_rows.aggregate(SegmentLine, OWN)}, {', '.join(sums + counts)}" + sql[sql.index(" FROM ") :],
        params,
    ).fetchone()
    pairs, numbers = str(found[0] or "[]"), [float(value or 0) for value in found[1:]]
    return f'{{"columns": {json.dumps(OWN)}, "rows": {pairs}, "fingerprint": {json.dumps(numbers)}}}'


def fingerprint_of(lines: Sequence[dict[str, Any]]) -> list[float]:
    """The fingerprint of lines given as {column: value} (line_no and the WEIGHTED and COUNTED columns)."""
    sums = [float(sum(float(line[name] or 0) * int(line["line_no"]) for line in lines)) for name in WEIGHTED]
    counts = [float(sum(1 for line in lines if line[name] is not None)) for name in COUNTED]
    return sums + counts


def take(segment: Segment, skip: Any | None = None) -> str:
    """The segment as JSON text, inside the logging transaction before its rows go.

    skip: SQL (over a line joined to its contact) of the lines that get no entry.
    """
    key = int(segment.id)
    header = _table(Segment, Segment.select().where(primary_key(Segment) == key))
    parts = [f'"format": {FORMAT}', f'"segment": {header}']
    for name, model in CHILDREN:
        parts.append(f'"{name}": {_table(model, model.select().where(model._meta.fields["segment"] == key))}')
    parts.append(f'"skipped": {_table(SegmentLine, _lines_query(segment, skip, kept=False))}')
    parts.append(f'"logged": {_logged_lines(segment, skip)}')
    return "{" + ", ".join(parts) + "}"


def load(text: str) -> dict[str, Any]:
    """The snapshot as Python data; each table as {"columns": [...], "rows": [[...], ...]}."""
    data: dict[str, Any] = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError(f"unknown snapshot format {data.get('format')!r}")
    return data


def header_values(data: dict[str, Any]) -> dict[str, Any]:
    """The header row of a snapshot as {column: value}."""
    table = data["segment"]
    return dict(zip(table["columns"], table["rows"][0], strict=True)) if table["rows"] else {}


def table_rows(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The rows of one kept table as dictionaries."""
    table = data[name]
    return [dict(zip(table["columns"], row, strict=True)) for row in table["rows"]]


def logged_lines(data: dict[str, Any], entries: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The logged lines rebuilt from their entries (given in entry order) and the per-line part."""
    own = sorted(data["logged"]["rows"], key=lambda row: int(row[0]))
    lines = []
    for values, entry in zip(own, entries, strict=True):
        line = {column: entry[source] for column, source in FROM_ENTRY.items()}
        # The snapshot names its own columns: one taken by an older ContactDesk has fewer.
        line.update(zip(data["logged"]["columns"], values, strict=True))
        lines.append(line)
    return lines


def remove(segment: Segment) -> None:
    """Delete the segment and every row that belongs to it (children first: no reliance on cascades)."""
    key = int(segment.id)
    for model in (SegmentHistoryLine, SegmentHistory, SegmentCriteriaLine, SegmentInteractionLanguage, SegmentLine):
        model.delete().where(model._meta.fields["segment"] == key).execute()
    Segment.delete().where(primary_key(Segment) == key).execute()


def _stored(model: type[BaseModel], name: str, value: Any) -> Any:
    """A kept value as this engine stores it: a snapshot taken on SQLite holds 0/1 for a boolean and
    text for a date, which PostgreSQL refuses (a database copied by `office copy` keeps its snapshots)."""
    field = model._meta.columns.get(name)
    if field is None or value is None:
        return value
    return field.db_value(field.python_value(value))


def _insert(model: type[BaseModel], rows: Sequence[dict[str, Any]], key: int) -> None:
    if not rows:
        return
    names = [name for name in columns(model) if name != "id"]
    # A snapshot taken before a column existed (or a line rebuilt from its entry) lacks it: use its default.
    defaults = {field.column_name: field.default for field in model._meta.sorted_fields}
    insert_rows(
        model._meta.table_name,
        names,
        [
            [
                key if name == "segment_id" else _stored(model, name, row.get(name, _plain_default(defaults.get(name))))
                for name in names
            ]
            for row in rows
        ],
    )


def _plain_default(default: Any) -> Any:
    return None if callable(default) else default


def restore(data: dict[str, Any], lines: Sequence[dict[str, Any]]) -> int:
    """Put the segment back with `lines` (rebuilt logged lines) and its skipped lines; returns its id."""
    header = header_values(data)
    key = int(header["id"])
    if Segment.select().where(primary_key(Segment) == key).exists():
        _insert(Segment, [header], 0)
        key = int(Segment.select(fn.MAX(primary_key(Segment))).scalar())
    else:
        insert_rows(
            Segment._meta.table_name, list(header), [[_stored(Segment, name, value) for name, value in header.items()]]
        )
    for name, model in CHILDREN:
        _insert(model, table_rows(data, name), key)
    _insert(SegmentLine, [*table_rows(data, "skipped"), *lines], key)
    return key
