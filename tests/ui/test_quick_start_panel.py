"""The quick start's first paint (ui/quick_start.py) on an empty and on a filled database: the empty list's
panel is made only when the first page is empty, and is there with its buttons once the window is whole."""

from __future__ import annotations

import pytest

from contactdesk.crm.demo import load_demo
from contactdesk.crm.first_contacts import first_contacts
from contactdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only("the quick start reads a database file; an office database takes the ordinary way")


def _first_window(qtbot, database, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    first = first_contacts(database.target, 50)
    assert first is not None
    window = MainWindow(database.target, settings, first)
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_empty_database_paints_the_panel_at_once(qtbot, database, settings) -> None:  # type: ignore[no-untyped-def]
    window = _first_window(qtbot, database, settings)
    page = window.contacts
    assert page.stack.is_empty() and page.empty.isVisible() and not page.table.isVisible()
    assert "No contacts yet" in page.empty.text()
    assert [b.text() for b in page.empty.visible_buttons()] == ["New contact…", "Import contacts…", "Load sample data"]
    window.finish_start()
    assert page.stack.is_empty() and page.empty.isVisible()
    window.close()


def test_a_filled_database_paints_its_rows_and_makes_the_panel_after(qtbot, database, settings) -> None:  # type: ignore[no-untyped-def]
    load_demo(contacts=5, seed=1)
    window = _first_window(qtbot, database, settings)
    page = window.contacts
    assert page.table.isVisible() and not page.stack.is_empty()
    assert not hasattr(page, "empty")  # not made for the first paint
    window.finish_start()
    assert page.table.isVisible() and page.empty.objectName() == "contactsEmpty"
    assert page.sample_button.text() == "Load sample data"
    window.close()
