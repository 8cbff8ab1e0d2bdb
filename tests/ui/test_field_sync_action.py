"""File → Synchronise with office…, driven like a user on a laptop checked out of a real office database."""

from __future__ import annotations

import json
import socket
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog, QPushButton
from tests.field.field_office import check_out

from contactdesk.crm import contacts
from contactdesk.store import field_sqlite
from contactdesk.store.db import db
from contactdesk.store.models import Contact
from contactdesk.ui import messages
from contactdesk.ui.field.conflicts_page import ConflictsPage
from contactdesk.ui.field.sync_runner import SyncProgress
from contactdesk.ui.main_window import MainWindow


def _window(qtbot, settings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(str(tmp_path / "laptop.sqlite"), settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(messages, "warning", lambda _p, _t, text: said.append(text))
    return said


def _first_company() -> Contact:
    return Contact.select().where(Contact.type == 0).order_by(Contact.no).first()


@pytest.mark.postgresql_only
def test_the_office_value_reaches_the_laptop_and_the_page_shows_it(
    qtbot, demo_database, settings, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.field.sync_office import office_sql

    check_out(tmp_path)
    contact = _first_company()
    office_sql("UPDATE contact SET name = 'Changed in the office' WHERE id = %s", [contact.id])
    window = _window(qtbot, settings, tmp_path)
    said = _said(monkeypatch)
    window.findChild(object, "actionSyncOffice").trigger()  # type: ignore[union-attr]
    assert said == ["Synchronised with the office: 0 changes sent, 1 change received."]
    assert contacts.get_contact(str(contact.no)).name == "Changed in the office"
    model = window.contacts.model
    row = model.row_at(model.row_of_no(str(contact.no)))
    assert row is not None and row.name == "Changed in the office"  # the page was read again
    assert "last sync " in window.field_status.plain


@pytest.mark.postgresql_only
def test_a_conflict_shows_on_the_page_and_the_laptop_value_kept_reaches_the_office(
    qtbot, demo_database, settings, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.field.sync_office import office_one, office_sql

    check_out(tmp_path)
    contact = _first_company()
    data = contacts.get_contact(str(contact.no))
    contacts.update_contact(data.no, replace(data, phone_no="+47 22 00 11 22"))
    office_sql("UPDATE contact SET phone_no = '+31 20 999 9999' WHERE id = %s", [contact.id])
    window = _window(qtbot, settings, tmp_path)
    said = _said(monkeypatch)
    result = window.field.sync.synchronise()
    assert result.conflicts == 1 and "1 conflict needs you" in said[-1]
    page = window.current_page()
    assert isinstance(page, ConflictsPage) and page.model.total() == 1  # the sync showed the page
    assert page.model.index(0, 2).data().startswith("+31 20 999 9999")
    assert page.model.index(0, 3).data().startswith("+47 22 00 11 22")
    assert contacts.get_contact(data.no).phone_no == "+31 20 999 9999"  # until resolved, the office value stands
    assert "1 conflict" in window.field_status.plain
    page.table.selectRow(0)
    page.laptop_button.click()
    assert page.model.total() == 0 and field_sqlite.pending() > 0
    window.field.sync.synchronise()
    assert office_one("SELECT phone_no FROM contact WHERE id = %s", [contact.id]) == "+47 22 00 11 22"
    assert field_sqlite.pending() == 0 and "1 conflict" not in window.field_status.plain


def test_an_office_out_of_reach_is_said_in_one_sentence(qtbot, demo_database, settings, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    check_out(tmp_path)
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = int(server.getsockname()[1])  # free once closed: nothing answers there
    with db.atomic():
        db.execute_sql(
            "INSERT OR REPLACE INTO field_info (key, value) VALUES ('office_url', ?)",
            [f"postgresql://piet@127.0.0.1:{port}/office"],
        )
    window = _window(qtbot, settings, tmp_path)
    said = _said(monkeypatch)
    assert window.field.sync.synchronise() is None
    assert said == [
        "The office database cannot be reached. Nothing was changed; connect to the office network "
        "or VPN and synchronise again."
    ]


def test_cancel_stops_the_sync_at_its_next_step(qtbot, demo_database, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    check_out(tmp_path)
    window = _window(qtbot, settings, tmp_path)
    progress = SyncProgress(window)
    steps: list[int] = []

    def work(report):  # type: ignore[no-untyped-def]
        for done in range(1000):
            steps.append(done)
            report("push", done, 1000)
            time.sleep(0.01)
        return json.dumps(steps)

    QTimer.singleShot(200, progress.dialog.findChild(QPushButton).click)  # the dialog's Cancel button
    outcome = progress.run(work)
    assert outcome.cancelled and outcome.result is None and len(steps) < 1000


@pytest.mark.postgresql_only
def test_a_refused_login_asks_for_the_password_once_then_says_why(
    qtbot, demo_database, settings, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from urllib.parse import urlsplit, urlunsplit

    from tests import engines

    check_out(tmp_path)
    parts = urlsplit(engines.current)
    stranger = urlunsplit((parts.scheme, f"no_such_login@{parts.hostname}:{parts.port}", parts.path, "", ""))
    with db.atomic():
        db.execute_sql("INSERT OR REPLACE INTO field_info (key, value) VALUES ('office_url', ?)", [stranger])
    window = _window(qtbot, settings, tmp_path)
    said = _said(monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda _p, _t, label, *_a, **_k: asked.append(label) or ("secret", True))
    )
    assert window.field.sync.synchronise() is None
    assert len(asked) == 1 and asked[0].startswith("The office database refused your login.")
    assert said == [
        "The office database refused your login. Nothing was changed; check your password and synchronise again."
    ]
