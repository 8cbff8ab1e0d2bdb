"""On start of a field copy whose office answers, a bar offers to synchronise: once per run, never blocking."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.field.field_office import check_out

from contactdesk.store.db import db
from contactdesk.ui.main_window import MainWindow


@pytest.fixture
def office_port() -> Iterator[int]:
    """A port on this machine that accepts connections, as an office server would."""
    server = socket.create_server(("127.0.0.1", 0))
    yield int(server.getsockname()[1])
    server.close()


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as server:
        return int(server.getsockname()[1])


def _laptop_window(qtbot, settings, tmp_path: Path, port: int) -> MainWindow:  # type: ignore[no-untyped-def]
    check_out(tmp_path)
    # The laptop as one checked out of a PostgreSQL office at that port (its address is all the check reads).
    with db.atomic():
        db.execute_sql(
            "INSERT OR REPLACE INTO field_info (key, value) VALUES ('office_url', ?)",
            [f"postgresql://piet@127.0.0.1:{port}/office"],
        )
    window = MainWindow(str(tmp_path / "laptop.sqlite"), settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_office_that_answers_gets_the_offer_once(qtbot, demo_database, settings, tmp_path, office_port) -> None:  # type: ignore[no-untyped-def]
    window = _laptop_window(qtbot, settings, tmp_path, office_port)
    asked: list[bool] = []
    window.field.offer.synchronise = lambda: asked.append(True)
    assert window.field.offer_sync()
    qtbot.waitUntil(lambda: window.field.offer.bar is not None and window.field.offer.bar.isVisible(), timeout=5000)
    bar = window.field.offer.bar
    assert bar is not None and "office can be reached" in bar.label.text()
    bar.now.click()
    assert asked == [True] and not bar.isVisible()
    assert not window.field.offer_sync()  # never twice in one run


def test_an_office_out_of_reach_offers_nothing(qtbot, demo_database, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _laptop_window(qtbot, settings, tmp_path, _free_port())
    assert window.field.offer_sync()
    qtbot.waitUntil(lambda: window.field.offer.answer is not None, timeout=5000)
    assert window.field.offer.answer is False and window.field.offer.bar is None


def test_a_desktop_database_is_not_asked_about(qtbot, demo_database, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_database.target, settings)
    qtbot.addWidget(window)
    window.show()
    assert not window.field.offer_sync() and window.field.offer.answer is None
