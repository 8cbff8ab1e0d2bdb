"""A main window on the sample database, with every message box answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from contactdesk.ui import messages


@dataclass
class Answers:
    """What the message boxes were asked, and how the test answers questions."""

    confirm: bool = True
    asked: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Patch ui.messages: questions get `answers.confirm`, warnings are collected."""
    result = Answers()

    def confirm(_parent: object, _title: str, text: str, default_yes: bool = False) -> bool:
        result.asked.append(text)
        return result.confirm

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "warning", lambda _p, _t, text: result.warnings.append(text))
    monkeypatch.setattr(messages, "information", lambda _p, _t, text: result.warnings.append(text))
    return result


@pytest.fixture
def demo_window(qtbot, demo_database, settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The main window on the sample data, showing the Segments page."""
    from contactdesk.ui.main_window import MainWindow

    win = MainWindow(demo_database.target, settings)
    qtbot.addWidget(win)
    win.show()
    win.nav.setCurrentRow(1)
    yield win
    for sheet in list(win.page(1).worksheets.values()):
        sheet.close()
    win.close()
