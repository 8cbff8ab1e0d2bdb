"""The pull: the office's changes since the laptop's cursor, brought into the bound laptop file.

One office transaction (one REPEATABLE READ snapshot: the window and the rows are of one moment) and one
laptop transaction (IMMEDIATE, so nothing of the user's slips in; the window waits meanwhile). The current
office rows of everything changed are taken, not the changes one by one: a row changed ten times costs one
read. Parents are written before their children and deleted after them. A new row comes only when every
row it refers to is on the laptop, and a new contact only when the laptop's scope takes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import Database, ForeignKeyField

from contactdesk.crm.field.checkout import laptop_models
from contactdesk.crm.field.errors import SyncCancelledError
from contactdesk.crm.field.sync_types import Progress, RowKey
from contactdesk.store import field_laptop, field_pull, field_sqlite
from contactdesk.store.db import db
from contactdesk.store.models import AppUser, BaseModel, Contact, NumberSeries

_SERIES_LOCAL = ("last_number", "version", "changed_at", "changed_by")


@dataclass(frozen=True)
class PullOutcome:
    """What a pull did: rows written on the laptop, and the cursor it now stands at."""

    pulled: int
    cursor: int


class _Scope:
    """Which new contacts the laptop takes: all, the login's salesperson's (and their companies), or none."""

    def __init__(self, label: str, login: str) -> None:
        self.kind = label.split(" ", 1)[0] or "all"
        user = AppUser.get_or_none(AppUser.login == login) if self.kind == "mine" else None
        code = getattr(user, "salesperson_id", None)
        self.salesperson = str(code) if code else ""

    def takes(self, model: type[BaseModel], rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        if model is not Contact or self.kind == "all":
            return rows
        if self.kind != "mine" or not self.salesperson:
            return []  # a segment's laptop holds that segment; contacts new in the office are not part of it
        fields = model._meta.sorted_fields
        at = {field.name: i for i, field in enumerate(fields)}
        mine = {row[at["id"]] for row in rows if row[at["salesperson"]] == self.salesperson}
        companies = {row[at["company"]] for row in rows if row[at["id"]] in mine and row[at["company"]] is not None}
        return [row for row in rows if row[at["id"]] in mine or row[at["id"]] in companies]


def _references(model: type[BaseModel]) -> list[tuple[int, type[BaseModel]]]:
    fields = model._meta.sorted_fields
    return [(i, f.rel_model) for i, f in enumerate(fields) if isinstance(f, ForeignKeyField)]


def _placeable(model: type[BaseModel], rows: list[tuple[Any, ...]], key_at: int) -> list[tuple[Any, ...]]:
    """The rows whose every reference is NULL or on the laptop (rows of the same table may refer to each other)."""
    references = _references(model)
    waiting, placed = list(rows), []
    known: dict[type[BaseModel], set[Any]] = {}
    for _i, parent in references:
        wanted = {row[i] for row in rows for i, p in references if p is parent and row[i] is not None}
        known[parent] = known.get(parent, set()) | field_laptop.present(parent, wanted)
    while waiting:
        ready = [row for row in waiting if all(row[i] is None or row[i] in known[p] for i, p in references)]
        if not ready:
            break  # what is left refers to rows the laptop does not hold: outside its scope
        placed.extend(ready)
        done = {row[key_at] for row in ready}
        known.setdefault(model, set()).update(done)
        waiting = [row for row in waiting if row[key_at] not in done]
    return placed


def _key_at(model: type[BaseModel]) -> int:
    key = field_pull.key_field(model)
    return next(i for i, field in enumerate(model._meta.sorted_fields) if field is key)


def _their_companies(office: Database, rows: list[tuple[Any, ...]], batch: set[Any]) -> list[tuple[Any, ...]]:
    """The companies of these persons that the laptop lacks: a person comes with its company, whatever the scope."""
    at = next(i for i, field in enumerate(Contact._meta.sorted_fields) if field.name == "company")
    wanted = {row[at] for row in rows if row[at] is not None} - batch
    missing = wanted - field_laptop.present(Contact, wanted)
    return list(field_pull.read_rows(office, Contact, sorted(missing)).values()) if missing else []


def _bring(model: type[BaseModel], keys: Iterable[str], office: Database, scope: _Scope) -> tuple[int, list[Any]]:
    """Upsert the office rows of `keys` into the laptop; returns (rows written, keys gone from the office)."""
    wanted = field_pull.typed_keys(model, sorted(keys))
    theirs = field_pull.read_rows(office, model, wanted)
    ours = field_pull.read_rows(db.obj, model, list(theirs))
    fields = model._meta.sorted_fields
    if model is NumberSeries:
        theirs = _keep_laptop_numbers(fields, theirs, ours)
    changed = [row for key, row in theirs.items() if key in ours and not field_pull.same(fields, row, ours[key])]
    new = scope.takes(model, [row for key, row in theirs.items() if key not in ours])
    key_at = _key_at(model)
    if model is Contact:
        new += _their_companies(office, [*new, *changed], {row[key_at] for row in new} | set(ours))
    placed = _placeable(model, new, key_at) if new else []
    field_laptop.insert(model, placed)
    if _references(model) and changed:
        # An office row may now refer to one outside the laptop's scope: it waits (the laptop's copy stays).
        fits = {row[key_at] for row in _placeable(model, changed, key_at)}
        changed = [row for row in changed if row[key_at] in fits]
    field_laptop.update(model, changed)
    return len(placed) + len(changed), [key for key in wanted if key not in theirs]


def _keep_laptop_numbers(
    fields: list[Any], theirs: dict[Any, tuple[Any, ...]], ours: dict[Any, tuple[Any, ...]]
) -> dict[Any, tuple[Any, ...]]:
    """A series' last number on the laptop is within its own block: the office's would hand out the office's.
    Its bookkeeping stays the laptop's too, so a number taken in the office is no change to pull."""
    local = [i for i, field in enumerate(fields) if field.name in _SERIES_LOCAL]
    kept = dict(theirs)
    for key, row in theirs.items():
        if key in ours:
            kept[key] = tuple(ours[key][i] if i in local else value for i, value in enumerate(row))
    return kept


def pull(
    office: Database,
    *,
    refresh: frozenset[RowKey] = frozenset(),
    progress: Progress | None = None,
) -> PullOutcome:
    """Bring the office's changes since the laptop's cursor into the bound laptop file (two transactions, one each)."""
    info = field_sqlite.info()
    since, device = int(info.get("cursor", "0")), int(info.get("device", "0"))
    models = laptop_models()
    with db.atomic(), field_laptop.outbox_paused(), field_pull.one_snapshot(office) as until:
        mark = field_laptop.echo_mark()
        window = field_pull.window(office, since, until, device)
        for table, key in refresh:
            window.keys.setdefault(table, set()).add(key)
        scope = _Scope(info.get("scope", "all"), info.get("login", ""))
        pulled, gone = 0, {}
        for done, model in enumerate(models, 1):
            keys = window.keys.get(model._meta.table_name)
            if keys:
                written, gone[model] = _bring(model, keys, office, scope)
                pulled += written
            if progress is not None and not progress("pull", done, len(models) + 1):
                raise SyncCancelledError()
        for model in reversed(models):
            pulled += field_laptop.delete(model, gone.get(model, []))
        field_laptop.drop_echoes(mark)
        field_laptop.set_info({"cursor": str(until)})
    if progress is not None:
        progress("pull", len(models) + 1, len(models) + 1)
    return PullOutcome(pulled, until)
