"""The two criteria-line tables share one declaration; the migrated schema is what the models declare."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from peewee import Model

from contactdesk.crm import saved_criteria
from contactdesk.store import db as store_db
from contactdesk.store.models import CriteriaLineColumns, SavedCriteriaLine, SegmentCriteriaLine
from contactdesk.store.opening import open_database

DATA = Path(__file__).parents[1] / "data"
SHARED = [
    "line_no",
    "type",
    "action",
    "allow_existing_contacts",
    "expand_contact",
    "allow_company_with_persons",
    "ignore_exclusion",
    "entire_companies",
    "no_of_filters",
    "source",
    "filter_json",
]


def _shape(table: str) -> dict[str, Any]:
    """A table as the database has it, in terms both engines report and independent of column order."""
    database = store_db.db
    columns = {c.name: (c.data_type.lower(), c.null, c.primary_key) for c in database.get_columns(table)}
    keys = {(k.column, k.dest_table, k.dest_column) for k in database.get_foreign_keys(table)}
    indexes = {(tuple(i.columns), i.unique) for i in database.get_indexes(table)}
    return {"columns": columns, "foreign_keys": keys, "indexes": indexes}


def _declared(model: type[Model]) -> dict[str, Any]:
    """The table the model declares: created under another name in the same database, read back, dropped."""
    probe_name = f"probe_{model._meta.table_name}"
    probe = type(f"Probe{model.__name__}", (model,), {"Meta": type("Meta", (), {"table_name": probe_name})})
    probe.create_table(safe=False)
    try:
        return _shape(probe_name)
    finally:
        probe.drop_table()


def test_both_criteria_tables_inherit_the_same_criteria_columns() -> None:
    for model in (SegmentCriteriaLine, SavedCriteriaLine):
        assert issubclass(model, CriteriaLineColumns)
        assert [f.name for f in model._meta.sorted_fields if f.name in SHARED] == SHARED
    assert CriteriaLineColumns.criteria_column_names() == SHARED
    # Saving criteria copies exactly the shared columns, named in one place.
    assert saved_criteria._COPIED == SHARED


@pytest.mark.parametrize("model", [SegmentCriteriaLine, SavedCriteriaLine], ids=lambda m: m.__name__)
def test_the_migrated_criteria_tables_are_what_the_models_declare(database: object, model: type[Model]) -> None:
    assert _shape(model._meta.table_name) == _declared(model)


def test_the_shared_columns_are_alike_in_both_tables(database: object) -> None:
    segment = _shape(SegmentCriteriaLine._meta.table_name)["columns"]
    saved = _shape(SavedCriteriaLine._meta.table_name)["columns"]
    assert {name: segment[name] for name in SHARED} == {name: saved[name] for name in SHARED}


@pytest.mark.sqlite_only("version 1 was SQLite only: the office database began at a later version")
def test_a_version_1_file_migrates_to_the_criteria_tables_the_models_declare(tmp_path: Path) -> None:
    import sqlite3

    old = tmp_path / "old.sqlite"
    con = sqlite3.connect(old)
    con.executescript((DATA / "schema_v1.sql").read_text(encoding="utf-8"))
    con.close()
    open_database(old)
    try:
        for model in (SegmentCriteriaLine, SavedCriteriaLine):
            assert _shape(model._meta.table_name) == _declared(model)
    finally:
        store_db.close()
