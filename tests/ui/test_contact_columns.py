"""The contacts list's hidden columns: remembered in the user settings, and chosen with the keyboard too."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from contactdesk.crm.contact_list_extras import CLASSES
from contactdesk.ui.main_window import MainWindow
from contactdesk.ui.models.contact_extra_columns import EXTRA_COLUMNS
from contactdesk.ui.models.contacts_model import COLUMNS
from contactdesk.ui.pages.contacts_page import ContactsPage

EMAIL = 7  # COLUMNS' E-mail
INDUSTRY = len(COLUMNS)  # the first classification column
STATISTICS = range(len(COLUMNS) + 4, len(COLUMNS) + len(EXTRA_COLUMNS))


def _hidden(page: ContactsPage) -> list[int]:
    header = page.table.horizontalHeader()
    return [column for column in range(page.model.columnCount()) if header.isSectionHidden(column)]


def test_hidden_columns_are_remembered_in_the_settings_and_restored(qtbot, demo_database, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_database.target, settings)
    qtbot.addWidget(window)
    menu = window.contacts.columns.build()
    for column in (EMAIL, *STATISTICS):
        menu.actions()[column].trigger()  # untick
    assert _hidden(window.contacts) == [EMAIL, *STATISTICS]
    window.close()
    assert settings.hidden_columns("contactsTable") == ["email", "interactions", "cost", "duration"]
    again = MainWindow(demo_database.target, settings)
    qtbot.addWidget(again)
    assert _hidden(again.contacts) == [EMAIL, *STATISTICS]
    assert again.contacts.model._wanted == {CLASSES}, "hidden totals are not read after a restart either"
    menu = again.contacts.columns.build()
    assert [action.isChecked() for action in menu.actions()].count(False) == 4
    menu.actions()[EMAIL].trigger()  # tick again
    assert settings.hidden_columns("contactsTable") == ["interactions", "cost", "duration"]
    for column in STATISTICS:
        menu.actions()[column].trigger()
    assert settings.hidden_columns("contactsTable") == []
    third = MainWindow(demo_database.target, settings)
    qtbot.addWidget(third)
    assert _hidden(third.contacts) == []


def test_settings_that_would_hide_every_column_or_name_unknown_ones_are_ignored(qtbot, database, settings) -> None:  # type: ignore[no-untyped-def]
    keys = ContactsPage().model.column_keys()
    settings.set_hidden_columns("contactsTable", keys)
    page = ContactsPage(settings=settings)
    qtbot.addWidget(page)
    assert _hidden(page) == []
    settings.set_hidden_columns("contactsTable", ["city", "a column of an older version"])
    page = ContactsPage(settings=settings)
    qtbot.addWidget(page)
    assert _hidden(page) == [4]


def test_view_menu_columns_submenu_works_from_the_keyboard(qtbot, demo_database, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_database.target, settings)
    qtbot.addWidget(window)
    window.show()
    view = window.findChild(QMenu, "menuView")
    columns = window.findChild(QMenu, "menuColumns")
    assert columns.menuAction() in view.actions() and columns.title() == "&Columns"
    columns.aboutToShow.emit()  # what opening it (Alt+V, C) does
    entries = columns.actions()
    assert [action.text() for action in entries][:2] == ["No.", "Name"] and len(entries) == len(COLUMNS) + 7
    entries[INDUSTRY].trigger()
    assert _hidden(window.contacts) == [INDUSTRY]
    assert settings.hidden_columns("contactsTable") == ["industry_group"]
    window.show_page_at(1)
    assert not columns.menuAction().isEnabled(), "only the contacts list has these columns"
    window.show_page_at(0)
    assert columns.menuAction().isEnabled()


def test_the_menu_key_on_the_list_offers_the_row_actions_and_the_columns(
    qtbot, demo_database, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _point, _at=None: shown.append(menu))  # offscreen: no popups
    window = MainWindow(demo_database.target, settings)
    qtbot.addWidget(window)
    window.show()
    table = window.contacts.table
    table.setFocus()
    window.contacts.select_no(window.contacts.model.row_at(0).no)
    point = QPoint(10, 10)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point, table.viewport().mapToGlobal(point))
    QApplication.sendEvent(table.viewport(), event)
    menu = table.findChild(QMenu, "tableMenu")
    assert shown == [menu]
    names = [action.objectName() for action in menu.actions() if not action.isSeparator()]
    assert names[:4] == ["actionEditContact", "actionCreateInteraction", "actionPhoneCall", "actionDeleteContact"]
    submenu = menu.findChild(QMenu, "tableColumnsMenu")
    assert menu.actions()[-1] is submenu.menuAction()
    submenu.aboutToShow.emit()
    submenu.actions()[EMAIL].trigger()
    assert _hidden(window.contacts) == [EMAIL]
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
