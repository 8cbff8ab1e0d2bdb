"""Icons: the application's own, and one consistent set for actions and buttons (Material Design Icons).

Other code asks for an icon by what it means (`icon("merge")`), or lets decorate() give every action and
button it knows (by objectName) its icon. The glyphs come from qtawesome's Material Design Icons font and
are drawn (glyph_icon.py) in the palette's text colour, so they read on a light and on a dark window alike.
"""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QWidget

from contactdesk.ui import glyph_icon

# Meaning → glyph of the Material Design Icons font (mdi6 in qtawesome): its name and codepoint. The codepoint
# is what is drawn (glyph_icon.py; reading the font's 7,000-name charmap would cost every start); a test checks
# each against the charmap of the installed font.
GLYPHS: dict[str, tuple[str, int]] = {
    "about": ("information-outline", 0xF02FD),
    "activate": ("check-circle-outline", 0xF05E1),
    "add_by_hand": ("playlist-plus", 0xF0412),
    "add_contacts": ("account-multiple-plus-outline", 0xF0800),
    "back_up": ("database-export-outline", 0xF162C),
    "cancel": ("cancel", 0xF073A),
    "connect_office": ("lan-connect", 0xF0318),
    "cover_sheet": ("printer-outline", 0xF1786),
    "delete": ("delete-outline", 0xF09E7),
    "delete_contact": ("account-remove-outline", 0xF0AED),
    "export": ("file-export-outline", 0xF102E),
    "find": ("magnify", 0xF0349),
    "follow_up": ("reply-outline", 0xF0F20),
    "getting_started": ("help-circle-outline", 0xF0625),
    "go_back": ("undo-variant", 0xF054D),
    "import": ("file-import-outline", 0xF102F),
    "log": ("notebook-check-outline", 0xF14F6),
    "log_folder": ("folder-text-outline", 0xF0C83),
    "make_letters": ("file-document-multiple-outline", 0xF1518),
    "merge": ("email-multiple-outline", 0xF0EE8),
    "new_campaign": ("bullhorn-outline", 0xF0B23),
    "new_contact": ("account-plus-outline", 0xF0801),
    "new_database": ("database-plus-outline", 0xF1633),
    "new_interaction": ("message-plus-outline", 0xF10BB),
    "open_contact": ("account-edit-outline", 0xF0FFB),
    "open_database": ("folder-open-outline", 0xF0DCF),
    "open_document": ("file-document-outline", 0xF09EE),
    "own_letter": ("file-document-edit-outline", 0xF0DC9),
    "phone_call": ("phone-outline", 0xF0DF0),
    "quit": ("exit-to-app", 0xF0206),
    "reduce": ("filter-minus-outline", 0xF0EEF),
    "refine": ("filter-outline", 0xF0233),
    "refresh": ("refresh", 0xF0450),
    "remove_lines": ("playlist-remove", 0xF0413),
    "reuse": ("content-copy", 0xF018F),
    "reuse_criteria": ("filter-check-outline", 0xF18ED),
    "sample_data": ("database-import-outline", 0xF162D),
    "restore_backup": ("backup-restore", 0xF006F),
    "save": ("content-save-outline", 0xF0818),
    "saved_criteria": ("filter-cog-outline", 0xF1AA4),
    "settings": ("cog-outline", 0xF08BB),
    "shortcuts": ("keyboard-outline", 0xF097B),
    "template_again": ("file-restore-outline", 0xF1038),
    "undo": ("undo-variant", 0xF054D),
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
    "actionPhoneCall": "phone_call",
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
    "actionSegmentPersonaliseLetter": "own_letter",
    "actionSegmentUseTemplateAgain": "template_again",
    "actionSegmentPhoneCall": "phone_call",
    "actionSegmentCoverSheet": "cover_sheet",
    # logged segments
    "loggedOpenLetter": "open_document",
    "loggedLetters": "make_letters",
    "loggedFollowUp": "follow_up",
    "loggedReuse": "reuse",
    "loggedUndo": "undo",
    "loggedCancel": "cancel",
    "loggedDeleteCanceled": "delete",
    # campaigns
    "campaignNew": "new_campaign",
    "campaignOpen": "open_document",
    "campaignActivate": "activate",
    "campaignNewInteraction": "new_interaction",
    "campaignDelete": "delete",
}


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
    name, codepoint = GLYPHS[meaning]
    if glyph_icon.font_file() is None:  # a qtawesome that keeps its fonts elsewhere: let it draw them
        result: QIcon = _qtawesome().icon(f"mdi6.{name}", color=normal, color_disabled=disabled)
        return result
    return QIcon(glyph_icon.GlyphIconEngine(codepoint, normal, disabled))


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
    from contactdesk.ui import app  # made there: the first window shows it before this module is loaded

    return app.app_icon()
