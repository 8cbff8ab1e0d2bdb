"""File → Recent databases: the databases opened lately, most recent first, never with a password."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from contactdesk.crm.database import parse_location
from contactdesk.store import db as store_db
from contactdesk.store.opening import open_database
from contactdesk.ui import messages
from contactdesk.ui.desktop import DesktopCitizen
from contactdesk.ui.recent_databases import remembered_as


def _made(path: Path) -> str:
    open_database(path, create=True)
    store_db.close()
    return str(path)


@pytest.fixture
def citizen(window) -> Iterator[DesktopCitizen]:  # type: ignore[no-untyped-def]
    """The main window as the app starts it: remembering its databases and answering for the one it has open."""
    joined = DesktopCitizen(window)
    joined.started(window.location)
    yield joined
    joined.guard.release()


def _menu(citizen: DesktopCitizen) -> QMenu:
    menu = citizen.window.findChild(QMenu, "menuRecentDatabases")
    assert menu is not None
    menu.aboutToShow.emit()  # as opening it does: read the list again
    return menu


def _entries(menu: QMenu) -> list[str]:
    return [action.toolTip() for action in menu.actions() if action.objectName().startswith("actionRecentDatabase_")]


def test_opened_databases_are_listed_most_recent_first(citizen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = remembered_as(citizen.window.location)
    files = [_made(tmp_path / f"branch{number}.contactdesk") for number in range(3)]
    for path in files:
        citizen.window.actions_.open_target(path)
    citizen.window.actions_.open_target(files[0])  # opened again: back to the top, not listed twice
    menu = _menu(citizen)
    assert _entries(menu) == [files[0], files[2], files[1], first]
    assert citizen.window.settings.last_database == files[0]
    menu.actions()[1].trigger()  # &2: branch2
    assert citizen.window.location.path == Path(files[2])
    assert _entries(_menu(citizen))[:2] == [files[2], files[0]]


def test_the_list_keeps_eight(citizen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for number in range(12):
        citizen.window.settings.remember_database(str(tmp_path / f"old{number}.contactdesk"))
    shown = _entries(_menu(citizen))
    assert shown == [str(tmp_path / f"old{number}.contactdesk") for number in range(11, 3, -1)]
    assert [action.text()[:2] for action in _menu(citizen).actions()[:8]] == [f"&{n}" for n in range(1, 9)]


def test_an_office_database_is_remembered_without_its_password(citizen) -> None:  # type: ignore[no-untyped-def]
    location = parse_location("postgresql://anna:s3cret@db.office.example/crm")
    citizen.database_changed(location)
    assert _entries(_menu(citizen))[0] == "postgresql://anna@db.office.example:5432/crm"
    settings_file = Path(citizen.window.settings._settings.fileName())
    citizen.window.settings.sync()
    assert "s3cret" not in settings_file.read_text(encoding="utf-8")


def test_a_file_that_has_gone_is_taken_off_the_list_saying_so(citizen, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gone = _made(tmp_path / "moved.contactdesk")
    citizen.window.actions_.open_target(gone)
    citizen.window.actions_.open_target(_made(tmp_path / "here.contactdesk"))
    Path(gone).unlink()
    said: list[str] = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text: said.append(text))
    menu = _menu(citizen)
    before = citizen.window.location
    next(action for action in menu.actions() if action.toolTip() == gone).trigger()
    assert said == [
        f"{gone} is no longer there, so it has been taken off the list. If it was moved, open it from its new "
        "place with Open database."
    ]
    assert gone not in _entries(_menu(citizen)) and citizen.window.location == before


def test_clear_list_forgets_them_all(citizen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    citizen.window.actions_.open_target(_made(tmp_path / "branch.contactdesk"))
    menu = _menu(citizen)
    next(action for action in menu.actions() if action.objectName() == "actionClearRecentDatabases").trigger()
    menu = _menu(citizen)
    assert _entries(menu) == [] and citizen.window.settings.recent_databases == []
    assert [action.objectName() for action in menu.actions()] == ["actionClearRecentDatabases"]
    assert not menu.actions()[0].isEnabled()


def test_choosing_the_database_already_open_does_not_wait_for_itself(citizen) -> None:  # type: ignore[no-untyped-def]
    menu = _menu(citizen)
    started = time.monotonic()
    menu.actions()[0].trigger()  # &1: the one open now
    assert time.monotonic() - started < 1.0
    assert remembered_as(citizen.window.location) == _entries(_menu(citizen))[0]
