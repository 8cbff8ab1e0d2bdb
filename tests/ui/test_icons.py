"""The application icon and the action icons: there, from one set, readable on a light and a dark window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolBar, QWidget

from contactdesk.ui import icons, theme

ROOT = Path(__file__).resolve().parents[2]
# The actions a user works with most; each must show a picture.
MAIN_ACTIONS = [
    "actionNewContact",
    "actionEditContact",
    "actionDeleteContact",
    "actionCreateInteraction",
    "actionOpenDatabase",
    "actionImportContacts",
    "actionExportContacts",
    "actionSettings",
    "actionRefresh",
    "actionGettingStarted",
    "actionShortcuts",
    "actionOpenLogFolder",
    "actionAbout",
    "loggedCancel",
    "loggedUndo",
]
WORKSHEET_ACTIONS = [
    "actionSegmentAddContacts",
    "actionSegmentReduce",
    "actionSegmentRefine",
    "actionSegmentMerge",
    "actionSegmentLog",
]


def _named(root: QWidget, name: str) -> QAction | QAbstractButton:
    found = root.findChild(QAction, name) or root.findChild(QAbstractButton, name)
    assert found is not None, name
    return found


def _ink(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour the icon is drawn in (its most opaque pixel)."""
    image = icon.pixmap(QSize(32, 32), mode).toImage()
    best = max(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=lambda colour: colour.alpha(),
    )
    assert best.alpha() > 200
    return best


def _window_and_sheet(qtbot, demo_database, settings):  # type: ignore[no-untyped-def]
    from contactdesk.crm import segments
    from contactdesk.ui.main_window import MainWindow
    from contactdesk.ui.segments.worksheet import SegmentWorksheet

    window = MainWindow(demo_database.target, settings)
    qtbot.addWidget(window)
    window.pages  # noqa: B018 - every page
    sheet = SegmentWorksheet(segments.create_segment("Icons"))
    qtbot.addWidget(sheet)
    return window, sheet


def test_main_actions_and_worksheet_actions_show_an_icon(qtbot, demo_database, settings) -> None:  # type: ignore[no-untyped-def]
    window, sheet = _window_and_sheet(qtbot, demo_database, settings)
    missing = [name for name in MAIN_ACTIONS if _named(window, name).icon().isNull()]
    missing += [name for name in WORKSHEET_ACTIONS if _named(sheet, name).icon().isNull()]
    assert missing == []
    # The toolbars show the picture with the word under it (no wider than the word alone).
    for toolbar in [*window.findChildren(QToolBar), *sheet.findChildren(QToolBar)]:
        assert toolbar.toolButtonStyle() == toolbar.toolButtonStyle().ToolButtonTextUnderIcon, toolbar.objectName()


def test_every_name_in_the_icon_table_is_on_screen(qtbot, demo_database, settings) -> None:  # type: ignore[no-untyped-def]
    """A renamed action would silently lose its icon: the table may only name what exists."""
    window, sheet = _window_and_sheet(qtbot, demo_database, settings)
    names = {item.objectName() for root in (window, sheet) for item in root.findChildren(QAction)}
    names |= {item.objectName() for root in (window, sheet) for item in root.findChildren(QAbstractButton)}
    assert sorted(set(icons.OBJECTS) - names) == []
    assert sorted(set(icons.OBJECTS.values()) - set(icons.GLYPHS)) == []


def test_icons_are_drawn_in_the_palettes_text_colour(qapp: QApplication, palette: QPalette) -> None:
    window = palette.color(QPalette.ColorRole.Window)
    for meaning in icons.GLYPHS:
        drawn = icons.icon(meaning)
        assert not drawn.isNull(), meaning
        # WCAG asks 3:1 for the parts of a control; the palette's text colour gives far more.
        assert theme.contrast(_ink(drawn), window) >= 3.0, meaning
    disabled = _ink(icons.icon("merge"), QIcon.Mode.Disabled)
    assert disabled.name() == palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()


def test_icons_follow_a_palette_change(qtbot, window, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.palettes import dark_palette, light_palette

    before = qapp.palette()
    try:
        qapp.setPalette(light_palette())
        qapp.processEvents()  # Qt tells the widgets by a posted event
        light_ink = _ink(_named(window, "actionNewContact").icon())
        qapp.setPalette(dark_palette())
        qapp.processEvents()
        dark_ink = _ink(_named(window, "actionNewContact").icon())
    finally:
        qapp.setPalette(before)
    assert light_ink.lightnessF() < 0.5 < dark_ink.lightnessF()


def test_the_application_icon_is_set_at_every_size(qapp: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.app import make_application

    app = make_application()
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256, 512} <= sizes
    assert not window.windowIcon().isNull()
    for name in ("contactdesk.ico", "contactdesk.icns", "contactdesk.svg"):
        assert (ROOT / "resources" / "icons" / name).is_file(), name


def test_icon_files_are_rendered_from_the_svg() -> None:
    """tools/make_icons.py --check: the committed PNGs are what the SVG renders to."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_icons.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
