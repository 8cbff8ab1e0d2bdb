"""Help > Keyboard shortcuts: every shortcut the open windows really have, read from their actions."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactdesk.ui.pages.base import Page

ShortcutRow = tuple[str, str]  # (what it does, the keys)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(dict.fromkeys(key.toString(native) for key in action.shortcuts() if not key.isEmpty()))


def _group(action: QAction, window: QWidget) -> str:
    """Where the user meets the action: its menu, else its page, else its window."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return _plain(owner.title())
    node: QObject | None = action.parent()
    while node is not None and node is not window:
        if isinstance(node, Page):
            return node.title()
        node = node.parent()
    return window.windowTitle().split(" — ")[0]


def collect_shortcuts(windows: list[QWidget]) -> dict[str, list[ShortcutRow]]:
    """Group → (action, keys) for every action with a shortcut and a text in `windows`, in the order found."""
    groups: dict[str, list[ShortcutRow]] = {}
    for window in windows:
        # The menus first, in the menu bar's order: where a user looks for an action first.
        menus = [action.menu() for action in window.menuBar().actions()] if isinstance(window, QMainWindow) else []
        for menu in menus:
            if isinstance(menu, QMenu):
                groups.setdefault(_plain(menu.title()), [])
        for action in [*window.actions(), *window.findChildren(QAction)]:
            keys, text = _keys(action), _plain(action.text())
            if not keys or not text:
                continue
            rows = groups.setdefault(_group(action, window), [])
            if (text, keys) not in rows:
                rows.append((text, keys))
    return {group: rows for group, rows in groups.items() if rows}


class ShortcutsDialog(QDialog):
    """A two-column list (action, keys) grouped by menu, page and window."""

    def __init__(self, windows: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.groups = collect_shortcuts(windows)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        for group, rows in self.groups.items():
            heading = QTreeWidgetItem(self.tree, [group])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            for text, keys in rows:
                QTreeWidgetItem(heading, [text, keys])
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            self.tr("A segment's worksheet has its own shortcuts: they are listed here while a worksheet is open."),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 640)
