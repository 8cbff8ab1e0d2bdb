"""The status bar names the current user, and in the office database their role (issue 12 §3.2)."""

from __future__ import annotations

from tests import engines

from contactdesk.crm.salespeople import SalespersonData, save_salesperson
from contactdesk.crm.users import current_user
from contactdesk.store.enums import UserRole
from contactdesk.store.models import AppUser
from contactdesk.ui.main_window import MainWindow


def test_the_status_bar_names_the_user_and_in_the_office_their_role(qtbot, database, settings) -> None:  # type: ignore[no-untyped-def]
    save_salesperson(SalespersonData("ME", "My Self"))
    AppUser.create(login=current_user(), salesperson="ME", role=UserRole.ADMIN.value)
    window = MainWindow(database.target, settings)
    qtbot.addWidget(window)
    window.show()
    status = window.findChild(object, "statusUser")
    assert status is not None and status.isVisible()
    if engines.ENGINE == "postgresql":  # the suite logs in as the server's administrator
        assert status.text() == f"User: {current_user()} (Administrator)"
    else:  # a single desktop: the OS login, and no roles to speak of
        assert status.text() == f"User: {current_user()}"
    assert "your salesperson ME" in status.toolTip()
    AppUser.delete().execute()
    window.set_database(window.location)
    assert "No salesperson is set up for you" in status.toolTip()
