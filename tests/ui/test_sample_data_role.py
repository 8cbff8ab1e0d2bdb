"""Loading sample data brings its own setup (salespeople, codes, templates, Marketing Setup): the File menu
offers it to administrators only, as PostgreSQL refuses it to a staff login anyway."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMenu
from tests.office_logins import Office, as_login
from tests.recorder import Recorder

from contactdesk.ui import messages, roles
from contactdesk.ui.main_window import MainWindow
from contactdesk.ui.settings import Settings


def _file_menu_shown(window: MainWindow) -> None:
    menu = window.menuBar().findChild(QMenu, "menuFile")
    menu.aboutToShow.emit()


@pytest.mark.postgresql_only
def test_staff_are_not_offered_sample_data(
    qtbot: Any, office: Office, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    office.work_as(office.staff)
    window = MainWindow(as_login(office.url, office.staff), settings)
    qtbot.addWidget(window)
    _file_menu_shown(window)
    sample = window.actions_.sample
    assert not sample.isEnabled() and sample.toolTip() == roles.admin_tip()
    # The empty Contacts page's button asks for it too: the answer says why not, and nothing is asked or loaded.
    warned = Recorder()
    monkeypatch.setattr(messages, "warning", warned)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_args: pytest.fail("asked for a count"))
    window.contacts.load_sample_requested.emit()
    assert [call[2] for call in warned.calls] == [roles.admin_tip()]
    window.close()
    office.work_as(office.admin)
    admin = MainWindow(as_login(office.url, office.admin), settings)
    qtbot.addWidget(admin)
    _file_menu_shown(admin)
    assert admin.actions_.sample.isEnabled() and admin.actions_.sample.toolTip() != roles.admin_tip()
    admin.close()


def test_a_single_desktop_user_may_load_sample_data(window: MainWindow) -> None:
    _file_menu_shown(window)
    assert window.actions_.sample.isEnabled()
