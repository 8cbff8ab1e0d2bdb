"""Toolbars that show their main actions and keep the rest behind a visible "More" button.

A toolbar that is too narrow for its actions folds them behind Qt's small "»" extension button, which
office staff do not see; so each toolbar names its main actions and puts the others in a menu.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QToolBar, QToolButton, QWidget

# How every toolbar shows its actions: the word under its icon, so a button is no wider than its word.
TOOL_BUTTON_STYLE = Qt.ToolButtonStyle.ToolButtonTextUnderIcon


class MenuToolButton(QToolButton):
    """A tool button that opens its menu on click, wide enough for its text and the menu arrow.

    Qt's own size hint leaves no room for the arrow of an instant-popup button, so the arrow is drawn over
    the text; this one adds the arrow's width.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(TOOL_BUTTON_STYLE)

    def sizeHint(self) -> QSize:
        # Imported here: QStyle's many enums cost a start ~5 ms, and the main window only needs TOOL_BUTTON_STYLE.
        from PySide6.QtWidgets import QStyle, QStyleOptionToolButton

        hint = super().sizeHint()
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, self)
        return QSize(hint.width() + arrow, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def more_button(parent: QWidget, actions: Sequence[QAction | None], name: str) -> MenuToolButton:
    """A "More" button whose menu holds `actions` (None is a separator)."""
    button = MenuToolButton(QCoreApplication.translate("MenuButton", "More"), parent)
    _name_and_fill(button, actions, name)
    return button


def more_menu(parent: QWidget, actions: Sequence[QAction | None], name: str) -> QMenu:
    """The menu of a More button: `actions` in order, None is a separator."""
    menu = QMenu(parent)
    menu.setObjectName(f"{name}Menu")
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    return menu


def more_push_button(parent: QWidget, actions: Sequence[QAction | None], name: str) -> QPushButton:
    """A "More" push button for a row of push buttons; its size hint leaves room for the menu arrow."""
    button = QPushButton(QCoreApplication.translate("MenuButton", "More"), parent)
    _name_and_fill(button, actions, name)
    return button


def _name_and_fill(button: QToolButton | QPushButton, actions: Sequence[QAction | None], name: str) -> None:
    button.setObjectName(name)
    button.setToolTip(QCoreApplication.translate("MenuButton", "More actions"))
    button.setAccessibleName(QCoreApplication.translate("MenuButton", "More actions"))
    button.setMenu(more_menu(button, actions, name))


def add_more_button(toolbar: QToolBar, actions: Sequence[QAction | None], name: str) -> MenuToolButton:
    """Put a "More" button at the end of a toolbar; its actions keep their shortcuts in the toolbar's window."""
    button = more_button(toolbar, actions, name)
    toolbar.addWidget(button)
    window = toolbar.parentWidget()
    for action in actions:
        if action is not None and window is not None:
            window.addAction(action)
    return button


def menu_actions(toolbar: QToolBar) -> list[QAction]:
    """Every action of a toolbar, those on it and those in its More menus."""
    found = [action for action in toolbar.actions() if not action.isSeparator()]
    for button in toolbar.findChildren(MenuToolButton):
        menu = button.menu()
        if menu is not None:
            found += [action for action in menu.actions() if not action.isSeparator()]
    return found
