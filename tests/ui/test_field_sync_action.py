"""File → Synchronise with office…, driven like a user on a laptop checked out of a real office database."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from tests.field.field_office import check_out

from contactdesk.store.models import Contact
from contactdesk.ui import messages
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
