"""Shared fixtures: a real, migrated SQLite file per test (no mocks of the database).

Qt runs offscreen, and the app's data folder points into a temporary folder, so tests never touch
the developer's own data.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CONTACTDESK_DATA_DIR", tempfile.mkdtemp(prefix="contactdesk-test-data-"))

import pytest  # noqa: E402

from contactdesk.store import db as store_db  # noqa: E402
from contactdesk.store.opening import OpenedDatabase, open_database  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[OpenedDatabase]:
    """A new database file in tmp_path, migrated to the latest schema and bound to the models."""
    opened = open_database(tmp_path / "test.sqlite", busy_timeout_ms=2000, create=True)
    yield opened
    store_db.close()


@pytest.fixture
def demo_database(tmp_path: Path) -> Iterator[OpenedDatabase]:
    """A database with a small, fixed set of sample data."""
    from contactdesk.crm.demo import load_demo

    opened = open_database(tmp_path / "demo.sqlite", busy_timeout_ms=2000, create=True)
    load_demo(contacts=120, seed=7)
    yield opened
    store_db.close()
