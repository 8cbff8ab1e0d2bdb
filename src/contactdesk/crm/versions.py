"""Versions on edited records: a save names the version it started from and is refused when stale.

Every check is a compare-and-set inside the caller's transaction (`UPDATE … WHERE version = ?`, then
the row count), so of two saves from the same version exactly one wins, on SQLite and PostgreSQL alike:
the second waits for the first one's row lock and then finds the version moved on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import Expression

from contactdesk.crm.errors import ConcurrentEditError, NotFoundError
from contactdesk.crm.users import current_user
from contactdesk.store.models import BaseModel
from contactdesk.store.models.base import utcnow


@dataclass(frozen=True)
class Stamp:
    """Who made a record and who changed it last, and when (naive UTC; None when not known)."""

    version: int = 0
    created_by: str = ""
    changed_by: str = ""
    changed_at: datetime | None = None


def _changed_at_name(model: type[BaseModel]) -> str:
    # Contacts and segment headers kept their older modified_at column as the change time.
    return "modified_at" if "modified_at" in model._meta.fields else "changed_at"


def stamp_of(row: BaseModel) -> Stamp:
    """The stamp of a loaded row."""
    data = row.__data__
    return Stamp(
        version=int(data.get("version") or 0),
        created_by=str(data.get("created_by") or ""),
        changed_by=str(data.get("changed_by") or ""),
        changed_at=data.get(_changed_at_name(type(row))),
    )


def changed_values(model: type[BaseModel]) -> dict[Any, Any]:
    """Columns a change sets besides the user's own values: version + 1, who, when."""
    fields = model._meta.fields
    return {
        fields["version"]: fields["version"] + 1,
        fields["changed_by"]: current_user(),
        fields[_changed_at_name(model)]: utcnow(),
    }


def created_values(model: type[BaseModel]) -> dict[str, Any]:
    """Columns of a new record: its first version, made and changed by the current user, now."""
    user = current_user()
    return {"version": 1, "created_by": user, "changed_by": user, _changed_at_name(model): utcnow()}


def stamp_new(row: BaseModel) -> None:
    """Fill the stamp of a row about to be inserted with save()/create()."""
    for name, value in created_values(type(row)).items():
        setattr(row, name, value)


def refused(model: type[BaseModel], where: Expression, entity: str, key: str) -> Exception:
    """The error for a save that found no row of its version: gone (NotFoundError) or changed by someone."""
    row = model.get_or_none(where)
    if row is None:
        return NotFoundError(entity, key)
    stamp = stamp_of(row)
    return ConcurrentEditError(entity, key, stamp.changed_by, stamp.changed_at)


def check(row: BaseModel, expected: int | None, entity: str, key: str) -> None:
    """Refuse early (before any question to the user) when the loaded row is newer than `expected`."""
    stamp = stamp_of(row)
    if expected is not None and stamp.version != expected:
        raise ConcurrentEditError(entity, key, stamp.changed_by, stamp.changed_at)


def update(
    model: type[BaseModel],
    where: Expression,
    values: dict[Any, Any],
    expected: int | None,
    entity: str,
    key: str,
) -> None:
    """Write `values` to the row `where` selects, only while it still has version `expected` (None: any).

    Raises ConcurrentEditError (with who and when) for a stale version, NotFoundError for a vanished row.
    `values` may change the key itself (a renamed code).
    """
    fields = model._meta.fields
    query = model.update({**values, **changed_values(model)}).where(where)
    if expected is not None:
        query = query.where(fields["version"] == expected)
    if not query.execute():
        raise refused(model, where, entity, key)


def claim(model: type[BaseModel], where: Expression, expected: int | None, entity: str, key: str) -> int:
    """Take the row for this change (row lock until commit), raise its version and return the new one."""
    update(model, where, {}, expected, entity, key)
    return int(model.select(model._meta.fields["version"]).where(where).scalar())


def touch(model: type[BaseModel], where: Expression) -> int:
    """Raise the version of every row `where` selects (a change made on their behalf, e.g. a renamed code).

    An editor still showing such a row then refuses to save the old value back.
    """
    return int(model.update(changed_values(model)).where(where).execute())
