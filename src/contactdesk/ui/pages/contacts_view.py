"""The contacts list's table view and page actions, built without PySide6's Qt namespace.

Both are made before the window's first paint (ui/quick_start.py): the Qt namespace costs ~15 ms to build, so
roles, shortcuts and header titles avoid it until ContactsPage.finish_start().
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

from contactdesk.ui import sizing
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.models.contacts_model import COLUMNS, EXTRA_WIDTHS, ContactsModel

translate = QCoreApplication.translate

OWN_WIDTHS = (90, 220, 80, 220, 120, 90, 110, 240, 130, 90, 80)


def make_contacts_table(parent: QWidget, model: ContactsModel, name: str) -> QTableView:
    """The list's view over `model`, its header showing plain titles until finish_start() switches it."""
    table = QTableView(parent)
    table.setObjectName("contactsTable")
    table.setAccessibleName(name)
    # Until finish_start() the header reads its titles from a plain Qt model: asking the contacts model's
    # headerData would load the Qt namespace before the first paint. Hidden while the view takes its model,
    # the header does not ask it either.
    header = table.horizontalHeader()
    header.hide()
    rows = table.verticalHeader()
    rows.hide()
    table.setModel(model)
    titles = QStandardItemModel(0, model.columnCount(), table)
    titles.setHorizontalHeaderLabels(model.titles())
    header.setModel(titles)
    header.show()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    # Fixed row heights: the view never measures a million rows.
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    for column, width in enumerate((*OWN_WIDTHS[: len(COLUMNS)], *EXTRA_WIDTHS)):
        header.resizeSection(column, width)
    # Wide enough for the titles and the sort arrow that finish_start() shows (no arrow before: setting one
    # needs the Qt namespace).
    header.setSortIndicatorShown(True)
    sizing.fit_headers(table)
    header.setSortIndicatorShown(False)
    return table


def make_action(parent: QWidget, name: str, text: str, key: str, slot: Callable[[], object]) -> QAction:
    """A page action with one shortcut: a standard key's name (New, Delete, Find) or a key sequence."""
    action = QAction(text, parent)
    action.setObjectName(name)
    standard = getattr(QKeySequence.StandardKey, key, None)
    # setShortcuts([...]): setShortcut() would load the Qt namespace (~15 ms) before the first paint.
    action.setShortcuts([QKeySequence(standard) if standard is not None else QKeySequence(key)])
    action.triggered.connect(slot)
    return action


def fill_empty_panel(
    stack: EmptyState,
    new_contact: Callable[[], object],
    import_contacts: Callable[[], object],
    load_sample: Callable[[], object],
) -> tuple[QPushButton, QPushButton, QPushButton]:
    """What an empty contacts list says and offers: a first contact, an import, or the sample data."""
    stack.set_empty(
        translate("ContactsPage", "No contacts yet"),
        translate(
            "ContactsPage",
            "ContactDesk keeps your contacts, groups them into segments, records every interaction and sends "
            "personal Word letters — all on this computer, also without a network. Start with your first "
            "contact, import your contacts from a spreadsheet, or load sample companies and persons from the "
            "Netherlands, Norway and the United Kingdom to look around.",
        ),
    )
    return (
        stack.add_action("createFirstContact", translate("ContactsPage", "New contact…"), new_contact),
        stack.add_action("importContacts", translate("ContactsPage", "Import contacts…"), import_contacts),
        stack.add_action("loadSampleData", translate("ContactsPage", "Load sample data"), load_sample),
    )
