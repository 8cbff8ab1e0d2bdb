"""The keyboard on list pages and toolbars: Enter opens the selected row, Delete deletes it, and every
shortcut is named where the user looks for it (menus show it by themselves; tooltips do not)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView


def bind_row_keys(
    view: QAbstractItemView, open_row: Callable[[], object], delete_rows: Callable[[], object] | None = None
) -> list[QAction]:
    """Enter (either key) on `view` calls open_row; Delete calls delete_rows. Only while the view has focus,
    so Enter in a search field or Delete in an editor keep their own meaning."""
    enter = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
    # The texts name these keys in Help > Keyboard shortcuts; the actions are in no menu.
    opening = QCoreApplication.translate("Keys", "Open the selected row")
    made = [_key_action(view, enter, open_row, opening)]
    if delete_rows is not None:
        deleting = QCoreApplication.translate("Keys", "Delete or cancel the selected rows")
        made.append(_key_action(view, QKeySequence.keyBindings(QKeySequence.StandardKey.Delete), delete_rows, deleting))
    return made


def _key_action(view: QAbstractItemView, keys: list[QKeySequence], slot: Callable[[], object], text: str) -> QAction:
    action = QAction(text, view)
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    view.addAction(action)
    return action


def name_shortcut_in_tip(action: QAction) -> None:
    """Add the action's shortcut to its tooltip ("Merge … (Ctrl+M)"); toolbars show only the tooltip."""
    shortcut = action.shortcut()
    if shortcut.isEmpty():
        return
    tip = action.toolTip() or action.text().replace("&", "").rstrip("…").rstrip(".")
    native = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    if not tip.endswith(f"({native})"):
        action.setToolTip(f"{tip} ({native})")


def settings_keys() -> list[QKeySequence]:
    """The platform's Preferences key (Cmd+, on macOS); Ctrl+, where the platform has none (Windows, Linux)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    return keys or [QKeySequence("Ctrl+,")]
