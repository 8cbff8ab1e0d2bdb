"""The faces follow the roles: staff see Setup read-only, an admin gets the Users tab."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit
from tests import engines
from tests.office_logins import Office, drop_login
from tests.recorder import Recorder

from contactdesk.crm import logged_segments, segment_lines, segments, user_setup
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import log_segment
from contactdesk.crm.salespeople import get_salesperson
from contactdesk.store.enums import UserRole
from contactdesk.store.opening import OpenedDatabase
from contactdesk.ui import messages, roles
from contactdesk.ui.logged.logged_page import LoggedSegmentsPage
from contactdesk.ui.setup.setup_page import SetupPage
from contactdesk.ui.setup.user_dialog import UserDialog


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(messages, "warning", recorder)
    return recorder


def make_page(qtbot: Any) -> SetupPage:
    page = SetupPage(None)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def test_an_administrator_edits_setup_and_sees_the_users_tab(qtbot: Any, database: OpenedDatabase) -> None:
    page = make_page(qtbot)
    assert all(not tab.read_only for tab in page.all_tabs())
    assert page.salespeople.new_button.isEnabled() and page.salespeople.new_button.toolTip() == ""
    assert page.tabs.isTabVisible(page.tabs.indexOf(page.users))
    page.tabs.setCurrentWidget(page.users)
    users = page.users
    if engines.ENGINE == "sqlite":
        # A single desktop: no logins to add, and the tab says what it is for.
        assert users.stack.currentWidget() is users.empty
        assert "office database" in users.empty.text()
        assert not users.new_button.isEnabled()
    else:
        assert users.new_button.isEnabled()


def test_the_user_dialog_wants_the_same_password_twice(
    qtbot: Any, database: OpenedDatabase, warnings: Recorder
) -> None:
    dialog = UserDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.login.setText("anna")
    dialog.password.setText("one")
    dialog.repeat.setText("two")
    dialog.save_button().click()
    assert dialog.isVisible() and "differ" in dialog.fields.error_text("password_repeat")
    assert warnings.calls == [] and user_setup.list_users() == []
    for edit in (dialog.password, dialog.repeat):
        assert edit.echoMode() is QLineEdit.EchoMode.Password


@pytest.mark.postgresql_only
def test_staff_see_setup_read_only_and_no_users_tab(qtbot: Any, office: Office) -> None:
    office.work_as(office.staff)
    page = make_page(qtbot)
    assert all(tab.read_only for tab in page.all_tabs())
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.users))
    tab = page.salespeople
    assert tab.select_key("JV")
    for button in (tab.new_button, tab.edit_button, tab.delete_button):
        assert not button.isEnabled() and button.toolTip() == roles.setup_tip()
    tab.edit_item()
    tab.delete_item()
    assert tab.dialog is None and get_salesperson("JV").name == "Jan de Vries"
    # Staff still start an interaction from a salesperson.
    assert tab.interaction_button.isEnabled()
    marketing = page.marketing
    assert not marketing.salesperson.isEnabled() and marketing.salesperson.toolTip() == roles.setup_tip()
    assert not marketing.save_button.isEnabled() and not marketing.save()
    page.tabs.setCurrentWidget(page.templates)
    languages = page.templates.languages
    assert not languages.import_button.isEnabled() and not languages.remove_button.isEnabled()
    assert languages.import_button.toolTip() == roles.setup_tip()
    assert page.codes.current_table().read_only


@pytest.mark.postgresql_only
def test_staff_cannot_delete_logged_segments_or_undo_a_logging(qtbot: Any, office: Office) -> None:
    office.work_as(office.staff)
    no = segments.create_segment("Staff mailing", "INVITE")
    segment_lines.add_contacts_by_hand(no, ["CT000001"])
    logged = log_segment(no, LogOptions(skip_flagged=True)).logged_segment
    logged_segments.set_canceled([logged], True)
    page = LoggedSegmentsPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.select_no(logged)
    actions = page.actions_
    assert not actions.delete.isEnabled() and actions.delete.toolTip() == roles.admin_tip()
    assert not actions.undo.isEnabled() and actions.undo.toolTip() == roles.admin_tip()
    assert actions.cancel.isEnabled()
    # The same database, as an administrator: both are offered again, with their own tooltips.
    office.work_as(office.admin)
    page.refresh()
    page.select_no(logged)
    assert actions.delete.isEnabled() and actions.delete.toolTip() != roles.admin_tip()


@pytest.mark.postgresql_only
def test_an_admin_adds_a_user_in_the_users_tab(qtbot: Any, office: Office, warnings: Recorder) -> None:
    office.work_as(office.admin)
    page = make_page(qtbot)
    page.tabs.setCurrentWidget(page.users)
    tab = page.users
    assert {row.login for row in tab.model.rows()} == {"postgres", office.staff, office.admin}
    newcomer = f"{office.staff}_gui"
    try:
        tab.new_button.click()
        dialog = tab.dialog
        assert isinstance(dialog, UserDialog)
        dialog.login.setText(newcomer)
        dialog.password.setText("Welkom-2026")
        dialog.repeat.setText("Welkom-2026")
        dialog.role.setCurrentIndex(dialog.role.findData("staff"))
        dialog.salesperson.set_code("OL")
        dialog.save_button().click()
        assert warnings.calls == []
        assert user_setup.get_user(newcomer) == user_setup.UserData(newcomer, UserRole.STAFF, "OL", True)
        assert tab.current_record() is not None and tab.current_record().login == newcomer
        office.work_as(newcomer)
        assert user_setup.current().role is UserRole.STAFF
    finally:
        office.work_as(office.admin)
        drop_login(newcomer)
