"""Which database the app starts on, and databases opened from the file manager (a .contactdesk file)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFileOpenEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from tests import engines

from contactdesk import logsetup
from contactdesk.cli import main
from contactdesk.store import db as store_db
from contactdesk.store.opening import open_database
from contactdesk.ui import after_start as after_start_module
from contactdesk.ui import app as app_module
from contactdesk.ui import excepthook, messages
from contactdesk.ui.connect_dialog import ConnectDialog
from contactdesk.ui.desktop import DesktopCitizen
from contactdesk.ui.main_window import MainWindow

NO_RAISE = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window manager


def _made(path: Path) -> Path:
    open_database(path, create=True)
    store_db.close()
    return path


def _shown_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


class _Started:
    """The windows the real start-up (cli.main → run_gui) showed; the event loop is not entered."""

    def __init__(self) -> None:
        self.windows: list[MainWindow] = []

    @property
    def window(self) -> MainWindow:
        assert len(self.windows) == 1
        return self.windows[0]


@pytest.fixture
def started(qapp, settings, tmp_path: Path, monkeypatch) -> Iterator[_Started]:  # type: ignore[no-untyped-def]
    """Start-up in this process: settings of the test, data folder in tmp_path, no message box or dialog."""
    monkeypatch.setenv("CONTACTDESK_DATA_DIR", str(tmp_path / "data"))
    settings.language = "en"
    monkeypatch.setattr(app_module, "Settings", lambda: settings)
    # Both change the whole test process (log handlers, sys.excepthook); they have tests of their own.
    monkeypatch.setattr(logsetup, "setup", lambda *args, **kwargs: tmp_path / "logs")
    # The crash report and the daily backup after the start have tests of their own.
    monkeypatch.setattr(after_start_module, "after_start", lambda window: None)
    monkeypatch.setattr(excepthook, "install", lambda: None)
    monkeypatch.setattr(messages, "choose", lambda parent, title, text, choices: pytest.fail(f"asked: {text}"))
    shown = _Started()

    def no_event_loop(app: QApplication) -> int:
        # The loop's first turns only: a start on a database file finishes its window right after the first paint.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(not window.started for window in _shown_windows()):
            QApplication.processEvents()
        shown.windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        return 0

    monkeypatch.setattr(QApplication, "exec", no_event_loop)
    yield shown
    for window in shown.windows:
        citizen = window.findChild(DesktopCitizen)
        if citizen is not None:
            citizen.guard.release()
        window.close()
        window.deleteLater()
    store_db.close()


def test_the_start_reopens_the_last_database(started, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    last = _made(tmp_path / "branch.contactdesk")
    settings.last_database = str(last)
    assert main([]) == 0
    assert started.window.location.path == last
    assert started.window.statusBar().currentMessage() == ""


def test_a_last_database_that_has_gone_starts_on_your_own_and_says_so(started, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "moved.contactdesk"
    settings.last_database = str(gone)
    assert main([]) == 0
    assert started.window.location.path == tmp_path / "data" / "contactdesk.sqlite"
    assert started.window.statusBar().currentMessage() == (
        "The last database, moved.contactdesk, is no longer there; your own one is open."
    )
    assert settings.last_database == str(tmp_path / "data" / "contactdesk.sqlite")


def test_a_last_office_database_is_connected_to_and_when_it_refuses_the_connect_dialog_opens(  # type: ignore[no-untyped-def]
    started, settings, monkeypatch
) -> None:
    url = engines.unreachable_server()
    settings.last_database = url
    asked: list[str] = []

    def give_up(dialog: ConnectDialog) -> int:
        asked.append(dialog.error.text())
        return ConnectDialog.DialogCode.Rejected

    monkeypatch.setattr(ConnectDialog, "exec", give_up)
    assert main([]) == 1
    assert len(asked) == 1 and "cannot be reached" in asked[0]


def test_a_database_given_on_the_command_line_wins_over_the_last(started, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings.last_database = str(_made(tmp_path / "last.contactdesk"))
    given = _made(tmp_path / "given.contactdesk")
    assert main([str(given)]) == 0  # as a file manager starts it: the file is the only word
    assert started.window.location.path == given
    assert settings.recent_databases[0] == str(given)


def test_a_mistyped_command_is_not_taken_for_a_file(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as ended:
        main(["segmnt"])
    assert ended.value.code == 2 and "invalid choice: 'segmnt'" in capsys.readouterr().err


@NO_RAISE
def test_the_os_asking_to_open_a_file_opens_it_here(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    citizen = DesktopCitizen(window)
    citizen.started(window.location)
    citizen.install_file_open()
    try:
        other = _made(tmp_path / "branch.contactdesk")
        QCoreApplication.sendEvent(QCoreApplication.instance(), QFileOpenEvent(str(other)))
        assert window.location.path == other
        assert window.settings.recent_databases[0] == str(other)
        # Asked again for the one it has open: it stays, and comes forward.
        QCoreApplication.sendEvent(QCoreApplication.instance(), QFileOpenEvent(str(other)))
        assert window.location.path == other and window.isVisible()
    finally:
        citizen.guard.release()


def test_a_new_database_is_a_contactdesk_file(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    suggested: list[str] = []

    def save_as(parent, caption, name, filters):  # type: ignore[no-untyped-def]
        suggested.append(name)
        assert filters.startswith("ContactDesk (*.contactdesk *.sqlite *.db)")
        return str(tmp_path / "branch"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.actions_.new_database()
    assert suggested == ["contactdesk.contactdesk"]
    assert window.location.path == tmp_path / "branch.contactdesk"
    assert (tmp_path / "branch.contactdesk").is_file()


def test_a_quit_right_after_the_start_waits_for_the_work_still_running(  # type: ignore[no-untyped-def]
    started, settings, tmp_path: Path, monkeypatch
) -> None:
    """The list's landmark search (a long list, in the background) outlived a quick quit, and its QApplication."""
    from contactdesk.crm import contacts as contact_service
    from contactdesk.ui.models import contacts_model

    settings.last_database = str(_made(tmp_path / "office.contactdesk"))
    monkeypatch.setattr(contacts_model, "LANDMARK_MIN_ROWS", 0)  # every list counts as long
    monkeypatch.setattr(contacts_model, "LANDMARK_DELAY_MS", 0)
    began: list[str] = []
    ended: list[str] = []

    def slow_landmarks(*args: object) -> list[tuple[int, tuple[object, ...]]]:
        began.append("landmarks")
        time.sleep(0.5)
        ended.append("landmarks")
        return []

    monkeypatch.setattr(contact_service, "contact_landmarks", slow_landmarks)

    def quit_once_the_search_runs(app: QApplication) -> int:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not (
            all(w.started for w in _shown_windows()) and any(w.contacts.model._searching for w in _shown_windows())
        ):
            QApplication.processEvents()
        for _turn in range(20):  # searches asked for meanwhile start too
            QApplication.processEvents()
        started.windows = _shown_windows()
        return 0  # the user quit at once

    monkeypatch.setattr(QApplication, "exec", quit_once_the_search_runs)
    assert main([]) == 0
    # Done before the start-up code returned, not after the process let go of Qt.
    assert began and ended == began


def test_the_menus_made_after_the_first_paint_know_what_the_list_showed(started, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The quick start shows the list before the menus exist: Export must still follow an empty list."""
    settings.last_database = str(_made(tmp_path / "empty.contactdesk"))
    assert main([]) == 0
    window = started.window
    assert window.contacts.model.total() == 0
    assert not window.findChild(QAction, "actionExportContacts").isEnabled()
    assert window.findChild(QAction, "actionNewContact").isEnabled()
