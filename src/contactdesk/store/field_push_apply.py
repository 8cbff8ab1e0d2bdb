"""Applying a laptop's operations in the office: one transaction, set-based per table, every decision in Python.

Order: refused operations (the login may not) are set aside; new rows get office ids (one query); foreign
keys follow them; rows the office deleted but the laptop changed or refers to come back from their
tombstones; then inserts (parents first), updates (a three-way merge per field against the laptop's old
values) and deletes (children first). Whatever the office refuses row by row (a number taken meanwhile)
becomes a "refused" conflict instead of failing the whole push.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from peewee import Database

from contactdesk.store import field_office_rows as rows
from contactdesk.store import field_restore
from contactdesk.store.field_ids import IdMap, foreign_keys, has_serial_key, translate_row
from contactdesk.store.field_ops import Op
from contactdesk.store.field_push_answer import Answer
from contactdesk.store.models import BaseModel
from contactdesk.store.search import fold, search_text_for

# Stamps every save writes: they never conflict (the office's version moves on by one when anything applies).
# Contacts and segment headers keep their older name for the change time, modified_at (crm/versions.py).
BOOKKEEPING = ("version", "changed_at", "modified_at", "changed_by", "created_by", "created_at")
# A change to a row the office deleted with no tombstone to restore it from (a segment's lines after a logging),
# or a new row that refers to one: the laptop's values are kept as a conflict of this kind.
GONE = "gone"
_MISSING_ROW = "[23503]"  # foreign_key_violation: the row it refers to is not in the office


def _kind(reason: str) -> str:
    return GONE if reason.startswith(_MISSING_ROW) else "refused"


# Code-keyed rows equal by definition (a document is its content's hash): an existing one is simply kept.
SAME_BY_KEY = ("document_content",)
# Columns computed from others (the search text): never a conflict; computed again from the merged row.
DERIVED: dict[str, tuple[str, ...]] = {"contact": ("search_name", "search_text")}
_RIGHT = {"insert": "INSERT", "update": "UPDATE", "delete": "DELETE"}
_MISSING = object()


def _derived(table: str, merged: dict[str, Any]) -> dict[str, Any]:
    """The derived columns of a merged row, as the card computes them (crm/contact_rules.py)."""
    if table != "contact":
        return {}
    parts = ("no", "name", "company_name", "city", "post_code", "email", "phone_no")
    return {
        "search_name": fold(merged.get("name") or ""),
        "search_text": search_text_for(*(str(merged.get(part) or "") for part in parts)),
    }


class OfficeApply:
    """One push's operations applied in the office; `answer` says what happened."""

    def __init__(self, office: Database, login: str, models: Sequence[type[BaseModel]], known: IdMap) -> None:
        self.office, self.login = office, login
        self.models = {model._meta.table_name: model for model in models}
        self.answer = Answer()
        self.known = known  # ids given to the laptop's rows by earlier pushes whose answer never arrived

    def ids(self) -> IdMap:
        """Every local → office id known: earlier pushes' and this one's."""
        merged: IdMap = {table: dict(moved) for table, moved in self.known.items()}
        for table, moved in self.answer.mapping.items():
            merged.setdefault(table, {}).update(moved)
        return merged

    def run(self, ops: list[Op]) -> Answer:
        """Apply `ops` (merged, in outbox order) inside the caller's office transaction."""
        ops = [op for op in ops if op.kind != "gone" and op.table in self.models]
        for op in ops:
            if op.kind != "insert" and op.table in self.known and isinstance(op.row_id, int):
                op.row_id = self.known[op.table].get(op.row_id, op.row_id)
        ops = self._allowed(ops)
        self._number(ops)
        self._delete([op for op in ops if op.kind == "delete" and op.extra.get("early")])
        self._restore(ops)
        updates = [op for op in ops if op.kind == "update"]
        # A code-keyed row the office has already is merged like an update (its insert becomes one).
        updates = self._inserts([op for op in ops if op.kind == "insert"]) + updates
        self._updates(updates)
        self._delete([op for op in ops if op.kind == "delete" and not op.extra.get("early")])
        return self.answer

    def _conflict(self, kind: str, op: Op, column: str = "", laptop: Any = None, office: Any = None, **at: Any) -> None:
        row = at.get("row") or {}
        key = str(op.extra.get("local", op.row_id) if kind in ("refused", GONE) else op.row_id)
        self.answer.conflicts.append(
            {
                "kind": kind,
                "table_name": op.table,
                "row_key": key,
                "column_name": column,
                "laptop_value": laptop,
                "office_value": office,
                "laptop_login": str(op.changes.get("changed_by") or self.login),
                "laptop_changed_at": op.created_at,
                "office_login": str(row.get("changed_by") or ""),
                "office_changed_at": str(row.get("changed_at") or ""),
            }
        )
        self.answer.refresh.add((op.table, key))

    def _allowed(self, ops: list[Op]) -> list[Op]:
        rights = rows.may(self.office, {(op.table, _RIGHT[op.kind]) for op in ops})
        kept = []
        for op in ops:
            if rights.get((op.table, _RIGHT[op.kind]), False):
                kept.append(op)
            else:
                self._conflict("refused", op, laptop=rows.as_json(op.changes if op.kind != "delete" else None))
        return kept

    def _number(self, ops: list[Op]) -> None:
        """New office ids for the laptop's new rows (one query), then every reference moved to them."""
        fresh = [op for op in ops if op.kind == "insert" and has_serial_key(self.models[op.table])]
        for op, office_id in zip(fresh, rows.new_ids(self.office, [op.table for op in fresh]), strict=True):
            self.answer.mapping.setdefault(op.table, {})[int(op.row_id)] = office_id
        ids = self.ids()
        for op in ops:
            model = self.models[op.table]
            if op.kind == "insert" and has_serial_key(model):
                op.extra["local"] = int(op.row_id)
                op.row_id = ids[op.table][int(op.row_id)]
                op.changes[rows.key_column(model)] = op.row_id
            if op.kind in ("insert", "update"):
                translate_row(model, op.changes, ids)

    def _restore(self, ops: list[Op]) -> None:
        """Rows the office deleted that the laptop changes or refers to come back from their tombstones."""
        wanted: dict[str, set[str]] = defaultdict(set)
        causes: dict[tuple[str, str], Op] = {}
        new = {table: {str(v) for v in moved.values()} for table, moved in self.answer.mapping.items()}
        for op in ops:
            if op.kind == "update":
                wanted[op.table].add(str(op.row_id))
                causes.setdefault((op.table, str(op.row_id)), op)
            if op.kind not in ("insert", "update"):
                continue
            for column, target in foreign_keys(self.models[op.table]):
                value = op.changes.get(column)
                if value is not None:
                    if str(value) not in new.get(target, set()):
                        wanted[target].add(str(value))
                        causes.setdefault((target, str(value)), op)
        for (table, key), asked in field_restore.restore_missing(self.office, self.models, wanted).items():
            cause = causes[asked]
            self._conflict("restored", Op(cause.uuids, table, key, "restore", {}, None, cause.created_at))

    def _inserts(self, ops: list[Op]) -> list[Op]:
        """Insert the new rows, parents first; returns code-keyed rows that exist already (to merge as updates)."""
        by_table: dict[str, list[Op]] = defaultdict(list)
        for op in ops:
            by_table[op.table].append(op)
        merge_instead: list[Op] = []
        for table in [name for name in self.models if name in by_table]:
            model, todo = self.models[table], by_table[table]
            if not has_serial_key(model):
                there = rows.existing(self.office, model, [op.row_id for op in todo])
                for op in [op for op in todo if str(op.row_id) in there]:
                    if table not in SAME_BY_KEY:
                        op.kind, op.before = "update", None
                        merge_instead.append(op)
                todo = [op for op in todo if str(op.row_id) not in there]
            groups: dict[tuple[str, ...], list[Op]] = defaultdict(list)
            for op in todo:
                groups[tuple(column for column in op.changes if column in model._meta.columns)].append(op)
            for columns, group in groups.items():
                fields = [model._meta.columns[column] for column in columns]
                sql = (
                    f"INSERT INTO {rows.q(table)} ({', '.join(rows.q(c) for c in columns)}) "
                    f"VALUES ({', '.join('%s' for _ in columns)})"
                )
                params = [[rows.to_office(f, op.changes[f.column_name]) for f in fields] for op in group]
                for position, reason in rows.write(self.office, sql, params):
                    refused = group[position]
                    self._conflict(_kind(reason), refused, laptop=rows.as_json(refused.changes))
                    self.answer.reasons.append(reason)
                    if "local" in refused.extra:  # not in the office: the laptop keeps its own id
                        self.answer.mapping[table].pop(refused.extra["local"], None)
        return merge_instead

    def _updates(self, ops: list[Op]) -> None:
        """Per table: lock the office rows, merge field by field, write each set of columns with executemany."""
        by_table: dict[str, list[Op]] = defaultdict(list)
        for op in ops:
            by_table[op.table].append(op)
        for table in [name for name in self.models if name in by_table]:
            model, key = self.models[table], rows.key_column(self.models[table])
            current = rows.existing(self.office, model, [op.row_id for op in by_table[table]], lock=True)
            groups: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
            owners: dict[tuple[str, ...], list[Op]] = defaultdict(list)
            for op in by_table[table]:
                row = current.get(str(op.row_id))
                if row is None:  # gone without a tombstone to bring it back: nothing to merge into
                    self._conflict(GONE, op, laptop=rows.as_json(op.changes))
                    continue
                values = self._merge(model, op, row)
                if values:
                    columns = tuple(values)
                    groups[columns].append([*values.values(), row[key]])
                    owners[columns].append(op)
            for columns, params in groups.items():
                sets = ", ".join(f"{rows.q(c)} = %s" for c in columns)
                sql = f"UPDATE {rows.q(table)} SET {sets} WHERE {rows.q(key)} = %s"
                for position, reason in rows.write(self.office, sql, params):
                    op = owners[columns][position]
                    self._conflict(_kind(reason), op, laptop=rows.as_json(op.changes))
                    self.answer.reasons.append(reason)

    def _merge(self, model: type[BaseModel], op: Op, row: dict[str, Any]) -> dict[str, Any]:
        """The columns to write: the laptop's where the office still has the old value; the rest conflict."""
        key = rows.key_column(model)
        values: dict[str, Any] = {}
        before = op.before or {}
        for column, laptop in op.changes.items():
            field = model._meta.columns.get(column)
            if field is None or column == key or column in BOOKKEEPING or column in DERIVED.get(op.table, ()):
                continue
            office, new = rows.comparable(field, row[column]), rows.comparable(field, laptop)
            if office == new:
                continue
            old = rows.comparable(field, before[column]) if column in before else _MISSING
            if old is not _MISSING and old == office:
                values[column] = rows.to_office(field, laptop)
            else:
                self._conflict("field", op, column, rows.as_json(new), rows.as_json(office), row=row)
        if values:
            columns = model._meta.columns
            self._derive(op, {**row, **values}, values)
            if "version" in columns and row.get("version") is not None:
                values["version"] = int(row["version"]) + 1
                self.answer.versions.setdefault(op.table, {})[str(row[rows.key_column(model)])] = values["version"]
            for stamp in ("changed_at", "modified_at", "changed_by"):
                if stamp in columns and stamp in op.changes:
                    values[stamp] = rows.to_office(columns[stamp], op.changes[stamp])
        return values

    def _derive(self, op: Op, merged: dict[str, Any], values: dict[str, Any]) -> None:
        """The search columns again, when the laptop's save computed them: from the merged row, so both sides'
        values are found. A plain UPDATE that left them as they were leaves the office's too (as on a desktop);
        the laptop fetches the row again when its own differ."""
        if not any(column in op.changes for column in DERIVED.get(op.table, ())):
            return
        derived = _derived(op.table, merged)
        values.update(derived)
        if any(value != op.changes.get(column, merged.get(column)) for column, value in derived.items()):
            self.answer.refresh.add((op.table, str(op.row_id)))

    def _delete(self, ops: list[Op]) -> None:
        """Delete wins: the office row goes (children first); one the office still needs is refused."""
        by_table: dict[str, list[Op]] = defaultdict(list)
        for op in ops:
            by_table[op.table].append(op)
        for table in [name for name in reversed(self.models) if name in by_table]:
            key = rows.key_column(self.models[table])
            todo = by_table[table]
            serial = has_serial_key(self.models[table])
            params = [[int(op.row_id) if serial else str(op.row_id)] for op in todo]
            sql = f"DELETE FROM {rows.q(table)} WHERE {rows.q(key)} = %s"
            for position, reason in rows.write(self.office, sql, params):
                self._conflict("refused", todo[position])
                self.answer.reasons.append(reason)
