"""Every control of the wizard and the interaction pages has a name for tests and screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QTableView,
    QWidget,
)

from contactdesk.crm.phone_calls import new_call
from contactdesk.ui.contacts.phone_call_dialog import PhoneCallDialog
from contactdesk.ui.interactions.contact_interactions import ContactInteractionsTab
from contactdesk.ui.interactions.interaction_log_page import InteractionLogPage
from contactdesk.ui.interactions.postponed_page import PostponedPage
from contactdesk.ui.wizard.interaction_wizard import start_interaction_wizard

KINDS = (QAbstractButton, QComboBox, QLineEdit, QTableView, QListWidget)
# Parts Qt builds inside its own widgets (a combo's line edit, a table's corner button, …) are not ours.
QT_PARTS = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)


def test_controls_have_object_and_accessible_names(qtbot, scenario) -> None:  # type: ignore[no-untyped-def]
    wizard = start_interaction_wizard(None, contact_no=scenario["P1"], show=False)
    assert wizard is not None
    call = PhoneCallDialog(new_call(scenario["P1"]))
    pages: list[QWidget] = [InteractionLogPage(), PostponedPage(), ContactInteractionsTab(scenario["P1"]), call]
    for widget in (*pages, wizard):
        qtbot.addWidget(widget)
    roots = [wizard.page(number) for number in wizard.pageIds()] + pages
    checked = 0
    for root in roots:
        assert root.objectName()
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, KINDS) or isinstance(widget.parentWidget(), QT_PARTS):
                continue
            assert widget.objectName(), (root.objectName(), widget)
            assert widget.accessibleName(), (root.objectName(), widget.objectName())
            checked += 1
    assert checked > 40
