"""The "Phone call…" action of the contacts page, the card and the segment worksheet (issue 12 §4).

Light on purpose: the call window and its services load when the action is first used, not at start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

translate = QCoreApplication.translate


def call_action(
    parent: QWidget,
    contact: Callable[[], tuple[str, str, int]],
    name: str = "actionPhoneCall",
    done: Callable[[], None] | None = None,
) -> QAction:
    """A "Phone call…" action; `contact()` gives (contact no., segment no., line no.), a blank number when none.

    `done` runs once a call is logged (a list showing the contact's interactions refreshes).
    """
    action = QAction(translate("PhoneCallAction", "&Phone call…"), parent)
    action.setObjectName(name)
    action.setToolTip(translate("PhoneCallAction", "Call the contact and log the call"))

    def start() -> None:
        contact_no, segment_no, line_no = contact()
        if contact_no:
            from contactdesk.ui.contacts.phone_call_dialog import start_phone_call

            dialog = start_phone_call(parent, contact_no, segment_no, line_no)
            if dialog is not None and done is not None:
                dialog.accepted.connect(done)

    action.triggered.connect(lambda _checked=False: start())
    return action


def call_button(parent: QWidget, contact: Callable[[], tuple[str, str, int]], done: Callable[[], None]) -> QPushButton:
    """The same as a push button (the card's Interactions tab)."""
    action = call_action(parent, contact, "contactPhoneCallAction", done)
    button = QPushButton(action.text(), parent)
    button.setObjectName("contactPhoneCall")
    button.setAccessibleName(translate("PhoneCallAction", "Phone call"))
    button.setToolTip(action.toolTip())
    button.clicked.connect(lambda _checked=False: action.trigger())
    return button
