"""What the About box says about the database: engine, version and schema version (on either engine)."""

from __future__ import annotations

import re

import pytest

from contactdesk.crm.database import describe_engine
from contactdesk.store import db as store_db
from contactdesk.store import migrations


def test_describe_engine_names_engine_version_and_schema(database: object) -> None:
    info = describe_engine()
    assert re.fullmatch(r"(SQLite|PostgreSQL) \d+(\.\d+)+", info.engine), info.engine
    assert info.engine.startswith("SQLite" if store_db.is_sqlite() else "PostgreSQL")
    assert info.schema_version == info.latest_schema == migrations.LATEST


def test_describe_engine_without_a_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_db.db, "obj", None)  # nothing bound yet (the app before its first database)
    info = describe_engine()
    assert (info.engine, info.schema_version) == ("", 0)
