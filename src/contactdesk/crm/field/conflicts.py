"""A field laptop's conflicts for a person to decide: listed with readable labels, resolved one at a time.

Resolving writes on the laptop only, in one transaction: keeping the laptop's (or an edited) value updates the
laptop row, so its outbox trigger records the change with the office value as `before` and the next sync
carries it; deleting a restored row again is a local delete, which the outbox carries the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from peewee import Field, ForeignKeyField, IntegrityError

from contactdesk.crm import versions
from contactdesk.crm.field.conflict_errors import ConflictResolveError, ConflictValueError
from contactdesk.crm.field.conflict_values import decode, to_column
from contactdesk.store import field_conflicts
from contactdesk.store.db import write_transaction
from contactdesk.store.field_conflicts import ConflictRecord
from contactdesk.store.models import BaseModel

OFFICE, LAPTOP, EDITED, KEEP, DELETE = "office", "laptop", "edited", "keep", "delete"
# What each kind of conflict may be resolved with (the first is the one that changes nothing on the laptop).
CHOICES: dict[str, tuple[str, ...]] = {
    "field": (OFFICE, LAPTOP, EDITED),
    "restored": (KEEP, DELETE),
    "refused": (OFFICE,),
    "gone": (OFFICE,),
}
# As store.field_conflicts.mark_resolved records them.
_RESOLUTION = {OFFICE: "office", LAPTOP: "laptop", EDITED: "edited", KEEP: "kept", DELETE: "deleted"}
# Records a row of another table is shown as part of (a segment line: its segment and its contact).
_PARENTS = ("segment", "logged_segment", "contact", "entry", "interaction_log_entry", "template", "campaign")
_NUMBERS = ("no", "entry_no", "code")
_NAMES = ("name", "description")


@dataclass(frozen=True)
class ConflictView:
    """One open conflict as the Conflicts page shows it; values are converted to the column's type."""

    id: int
    kind: str
    table_name: str
    row_key: str
    record: str  # e.g. "CT000012 Jansen BV"; the row key when the row is gone
    column_name: str
    office_value: Any
    laptop_value: Any
    office_login: str
    office_changed_at: str
    laptop_login: str
    laptop_changed_at: str
    found_at: str
    row_exists: bool

    @property
    def choices(self) -> tuple[str, ...]:
        """How this conflict may be resolved."""
        return CHOICES.get(self.kind, (OFFICE,))


@cache
def _models() -> dict[str, type[BaseModel]]:
    from contactdesk.crm.field.checkout import laptop_models

    return {model._meta.table_name: model for model in laptop_models()}


def model_of(table_name: str) -> type[BaseModel] | None:
    """The model of a laptop table by its name; None for a table the laptop does not hold."""
    return _models().get(table_name)


def _key_value(model: type[BaseModel], row_key: str) -> Any:
    key = model._meta.primary_key
    return to_column(key, row_key) if isinstance(key, Field) else row_key


def _row(model: type[BaseModel], row_key: str) -> BaseModel | None:
    try:
        key = _key_value(model, row_key)
    except Exception:  # noqa: BLE001 - a key that fits no row of this table: the row is not there
        return None
    return model.get_or_none(model._meta.primary_key == key)


def _own_label(row: BaseModel) -> str:
    fields = type(row)._meta.fields
    number = next((str(getattr(row, n)) for n in _NUMBERS if n in fields and not _is_fk(fields[n])), "")
    name = next((str(getattr(row, n) or "") for n in _NAMES if n in fields), "")
    return f"{number} {name}".strip() if number else ""


def _is_fk(field: Field) -> bool:
    return isinstance(field, ForeignKeyField)


def record_label(table_name: str, row_key: str) -> str:
    """A record as a person knows it: number and name, or those of the records it belongs to."""
    model = model_of(table_name)
    row = _row(model, row_key) if model is not None else None
    if row is None:
        return row_key
    own = _own_label(row)
    with_whom = str(row.__data__.get("contact_name") or "")  # an interaction: with whom
    if own and with_whom:
        return f"{own} · {with_whom}"
    if own:
        return own
    parts = []
    for name in _PARENTS:
        field = type(row)._meta.fields.get(name)
        if isinstance(field, ForeignKeyField) and getattr(row, field.column_name) is not None:
            parent = getattr(row, name)
            label = _own_label(parent) if parent is not None else ""
            if label:
                parts.append(label)
        if len(parts) == 2:  # a line of a segment and its contact say enough
            break
    return " · ".join(parts) or row_key


def _view(conflict: ConflictRecord) -> ConflictView:
    model = model_of(conflict.table_name)
    field = model._meta.columns.get(conflict.column_name) if model is not None and conflict.column_name else None

    def typed(text: str | None) -> Any:
        value = decode(text)
        if field is None:
            return value
        try:
            return to_column(field, value)
        except Exception:  # noqa: BLE001 - shown as it was kept; resolving it says what is wrong
            return value

    exists = model is not None and _row(model, conflict.row_key) is not None
    return ConflictView(
        id=conflict.id,
        kind=conflict.kind,
        table_name=conflict.table_name,
        row_key=conflict.row_key,
        record=record_label(conflict.table_name, conflict.row_key),
        column_name=conflict.column_name,
        office_value=typed(conflict.office_value),
        laptop_value=typed(conflict.laptop_value),
        office_login=conflict.office_login,
        office_changed_at=conflict.office_changed_at,
        laptop_login=conflict.laptop_login,
        laptop_changed_at=conflict.laptop_changed_at,
        found_at=conflict.found_at,
        row_exists=exists,
    )


def list_open() -> list[ConflictView]:
    """The open conflicts, oldest first, with readable labels (none on a database that is no field copy)."""
    from contactdesk.store import field_sqlite

    if not field_sqlite.is_laptop():
        return []
    return [_view(conflict) for conflict in field_conflicts.open_conflicts()]


def open_count() -> int:
    """How many conflicts wait for a person (0 on a database that is no field copy)."""
    from contactdesk.store import field_sqlite

    return field_conflicts.open_count() if field_sqlite.is_laptop() else 0


def resolve(conflict_id: int, choice: str, edited: Any = None) -> None:
    """Resolve one conflict with `choice` (see CHOICES); `edited` is the value for EDITED. One transaction."""
    with write_transaction():
        conflict = field_conflicts.conflict(conflict_id)
        if conflict is None:
            raise ConflictResolveError("gone", conflict_id)
        if conflict.resolved_at is not None:
            raise ConflictResolveError("resolved", conflict_id)
        if choice not in CHOICES.get(conflict.kind, (OFFICE,)):
            raise ConflictResolveError("choice", conflict_id)
        if choice in (LAPTOP, EDITED):
            value = decode(conflict.laptop_value) if choice == LAPTOP else edited
            _write(conflict, value)
        elif choice == DELETE:
            _delete(conflict)
        field_conflicts.mark_resolved(conflict_id, _RESOLUTION[choice])


def _located(conflict: ConflictRecord) -> tuple[type[BaseModel], BaseModel]:
    model = model_of(conflict.table_name)
    row = _row(model, conflict.row_key) if model is not None else None
    if model is None or row is None:
        raise ConflictResolveError("gone", conflict.id, conflict.row_key)
    return model, row


def _is_row(model: type[BaseModel], row: BaseModel) -> Any:
    key = model._meta.primary_key
    assert isinstance(key, Field)  # every laptop table has a one-column key (store/transfer.py copies by it)
    return key == getattr(row, key.name)


def _write(conflict: ConflictRecord, value: Any) -> None:
    model, row = _located(conflict)
    field = model._meta.columns.get(conflict.column_name)
    if field is None:
        raise ConflictResolveError("gone", conflict.id, conflict.column_name)
    typed = to_column(field, value)
    if isinstance(field, ForeignKeyField) and typed is not None:
        target = field.rel_model
        if not target.select().where(field.rel_field == typed).exists():
            raise ConflictValueError(conflict.column_name, "unknown", value)
    values: dict[Any, Any] = {field: typed}
    fields = model._meta.fields
    if "version" in fields and "changed_by" in fields:
        values.update(versions.changed_values(model))  # the row's next version: an open form sees it changed
    model.update(values).where(_is_row(model, row)).execute()


def _delete(conflict: ConflictRecord) -> None:
    model, row = _located(conflict)
    try:
        with write_transaction():  # a savepoint: a refused delete leaves the conflict open and the row there
            model.delete().where(_is_row(model, row)).execute()
    except IntegrityError as problem:
        raise ConflictResolveError("in_use", conflict.id, record_label(conflict.table_name, conflict.row_key)) from (
            problem
        )
