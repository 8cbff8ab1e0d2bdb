"""Icons: the application's own, and one consistent set for actions and buttons (Material Design Icons).

Other code asks for an icon by what it means (`icon("merge")`), or lets decorate() give every action and
button it knows (by objectName) its icon. The glyphs come from qtawesome's Material Design Icons font and
are drawn in the palette's text colour, so they read on a light and on a dark window alike.
"""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QWidget

from contactdesk.paths import resources_dir

# Meaning → glyph of the Material Design Icons font (mdi6 in qtawesome).
GLYPHS: dict[str, str] = {
    "about": "information-outline",
    "add_by_hand": "playlist-plus",
    "add_contacts": "account-multiple-plus-outline",
    "back_up": "database-export-outline",
    "cancel": "cancel",
    "connect_office": "lan-connect",
    "delete": "delete-outline",
    "delete_contact": "account-remove-outline",
    "export": "file-export-outline",
    "find": "magnify",
    "follow_up": "reply-outline",
    "getting_started": "help-circle-outline",
    "go_back": "undo-variant",
    "import": "file-import-outline",
    "log": "notebook-check-outline",
    "log_folder": "folder-text-outline",
    "make_letters": "file-document-multiple-outline",
    "merge": "email-multiple-outline",
    "new_contact": "account-plus-outline",
    "new_database": "database-plus-outline",
    "new_interaction": "message-plus-outline",
    "open_contact": "account-edit-outline",
    "open_database": "folder-open-outline",
    "open_document": "file-document-outline",
    "quit": "exit-to-app",
    "reduce": "filter-minus-outline",
    "refine": "filter-outline",
    "refresh": "refresh",
    "remove_lines": "playlist-remove",
    "reuse": "content-copy",
    "reuse_criteria": "filter-check-outline",
    "sample_data": "database-import-outline",
    "restore_backup": "backup-restore",
    "save": "content-save-outline",
    "saved_criteria": "filter-cog-outline",
    "settings": "cog-outline",
    "shortcuts": "keyboard-outline",
    "undo": "undo-variant",
}

# objectName of an action or button → meaning. One table, so every screen uses the same picture for the same thing.
# Actions only (menus; toolbars put the word under the picture, which costs no width), and the welcome page's
# two big buttons: an icon beside the text of a row of push buttons would widen pages that must fit 1024 px.
OBJECTS: dict[str, str] = {
    # main window: File, Contacts, View, Help
    "actionOpenDatabase": "open_database",
    "actionNewDatabase": "new_database",
    "actionConnectOffice": "connect_office",
    "actionLoadSampleData": "sample_data",
    "actionImportContacts": "import",
    "actionExportContacts": "export",
    "actionBackUpDatabase": "back_up",
    "actionRestoreBackup": "restore_backup",
    "actionSettings": "settings",
    "actionQuit": "quit",
    "actionNewContact": "new_contact",
    "actionEditContact": "open_contact",
    "actionDeleteContact": "delete_contact",
    "actionFindContact": "find",
    "actionCreateInteraction": "new_interaction",
    "actionRefresh": "refresh",
    "actionGettingStarted": "getting_started",
    "actionShortcuts": "shortcuts",
    "actionOpenLogFolder": "log_folder",
    "actionAbout": "about",
    # welcome page
    "createFirstContact": "new_contact",
    "loadSampleData": "sample_data",
    # the segment worksheet
    "actionSegmentAddContacts": "add_contacts",
    "actionSegmentReduce": "reduce",
    "actionSegmentRefine": "refine",
    "actionSegmentAddByHand": "add_by_hand",
    "actionSegmentRemoveLines": "remove_lines",
    "actionSegmentGoBack": "go_back",
    "actionSegmentSaveCriteria": "save",
    "actionSegmentReuseCriteria": "reuse_criteria",
    "actionSegmentManageCriteria": "saved_criteria",
    "actionSegmentRefresh": "refresh",
    "actionSegmentMerge": "merge",
    "actionSegmentLog": "log",
    # logged segments
    "loggedOpenLetter": "open_document",
    "loggedLetters": "make_letters",
    "loggedFollowUp": "follow_up",
    "loggedReuse": "reuse",
    "loggedUndo": "undo",
    "loggedCancel": "cancel",
    "loggedDeleteCanceled": "delete",
}

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def meaning_of(object_name: str) -> str | None:
    """What an action or button named `object_name` does, as a key of GLYPHS (None: it has no icon)."""
    return OBJECTS.get(object_name)


def _qtawesome():  # type: ignore[no-untyped-def]
    # qtawesome reaches Qt through qtpy, which would pick another installed binding first.
    os.environ.setdefault("QT_API", "pyside6")
    import qtawesome

    return qtawesome


def icon(meaning: str, palette: QPalette | None = None) -> QIcon:
    """The icon for `meaning` (a key of GLYPHS), drawn in the palette's text colours."""
    pal = palette or QGuiApplication.palette()
    normal = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    result: QIcon = _qtawesome().icon(f"mdi6.{GLYPHS[meaning]}", color=normal, color_disabled=disabled)
    return result


def decorate(root: QWidget) -> None:
    """Give every action and button under `root` (and root's own actions) that OBJECTS names its icon."""
    items: list[QAction | QAbstractButton] = [*root.actions(), *root.findChildren(QAction)]
    items += root.findChildren(QAbstractButton)
    for item in items:
        meaning = meaning_of(item.objectName())
        if meaning is not None:
            item.setIcon(icon(meaning))


@cache
def app_icon() -> QIcon:
    """ContactDesk's own icon (window, taskbar, About), at every size it was rendered in."""
    result = QIcon()
    folder = resources_dir() / "icons"
    for size in APP_ICON_SIZES:
        result.addFile(str(folder / f"contactdesk-{size}.png"), QSize(size, size))
    return result
