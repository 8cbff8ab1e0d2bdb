"""Shared fixtures: a real, migrated database per test on the engine of the run (tests/engines.py); no mocks.

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
from tests import engines  # noqa: E402
from tests.office_logins import Office, office_database  # noqa: E402

from contactdesk.store import db as store_db  # noqa: E402
from contactdesk.store.opening import OpenedDatabase, open_database  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _drop_the_tests_databases() -> Iterator[None]:
    """The PostgreSQL databases a test made for itself (engines.new_database) go when it ends."""
    before = engines.made()
    yield
    store_db.close()
    engines.drop_made_since(before)


@pytest.fixture(autouse=True)
def _no_modal_connect_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Connect dialog shown modally would wait for a user forever: fail instead (a test that expects one
    replaces exec itself)."""
    from contactdesk.ui.connect_dialog import ConnectDialog

    def refuse(dialog: ConnectDialog) -> int:
        pytest.fail(f"the Connect dialog was opened and would wait for a user: {dialog.error.text()}")

    monkeypatch.setattr(ConnectDialog, "exec", refuse)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[OpenedDatabase]:
    """A new database (a file in tmp_path, or a PostgreSQL database), migrated and bound to the models."""
    target = engines.current = engines.new_database(tmp_path)
    opened = open_database(target, busy_timeout_ms=2000, create=True)
    yield opened
    store_db.close()
    engines.drop_database(target)


@pytest.fixture
def demo_database(tmp_path: Path) -> Iterator[OpenedDatabase]:
    """A database with a small, fixed set of sample data."""
    target = engines.current = engines.new_demo_database(tmp_path)
    opened = open_database(target, busy_timeout_ms=2000)
    yield opened
    store_db.close()
    engines.drop_database(target)


@pytest.fixture
def database_target(tmp_path: Path) -> Iterator[str]:
    """Where a new database for this test goes (a path not made yet, or an empty PostgreSQL database)."""
    target = engines.new_database(tmp_path, "office", schema=False)
    yield target
    store_db.close()
    engines.drop_database(target)


@pytest.fixture
def office(
    demo_database: OpenedDatabase, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Office]:
    """The demo database set up for the office (PostgreSQL only), with logins staff_… and admin_…."""
    with office_database(engines.current, capsys, monkeypatch) as made:
        yield made


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"engine: the suite runs on {engines.ENGINE}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # A test that only makes sense on one engine says so; on the other it is skipped, saying why.
    for item in items:
        sqlite_only = item.get_closest_marker("sqlite_only")
        if engines.ENGINE != "sqlite" and sqlite_only:
            why = sqlite_only.args[0] if sqlite_only.args else ""
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {why}"))
        if engines.ENGINE != "postgresql" and item.get_closest_marker("postgresql_only"):
            item.add_marker(pytest.mark.skip(reason="PostgreSQL only"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    engines.drop_template()
