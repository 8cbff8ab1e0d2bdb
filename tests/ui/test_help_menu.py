"""Help menu: Getting started, Keyboard shortcuts (read from the real actions), Open log folder, About."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QTreeWidgetItem
from tests.recorder import Recorder

from contactdesk.store import migrations
from contactdesk.ui.i18n import install_translators


def _help_menu(window) -> QMenu:  # type: ignore[no-untyped-def]
    menu = window.findChild(QMenu, "menuHelp")
    assert menu is not None
    return menu


def _rows(item: QTreeWidgetItem) -> list[tuple[str, str]]:
    return [(item.child(i).text(0), item.child(i).text(1)) for i in range(item.childCount())]


def test_help_menu_offers_guide_shortcuts_log_folder_and_about(window) -> None:  # type: ignore[no-untyped-def]
    names = [action.objectName() for action in _help_menu(window).actions() if not action.isSeparator()]
    assert names == ["actionGettingStarted", "actionShortcuts", "actionOpenLogFolder", "actionAbout"]
    assert all(not action.icon().isNull() for action in _help_menu(window).actions() if not action.isSeparator())


def test_shortcuts_dialog_lists_the_actions_real_shortcuts(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.help.shortcuts_dialog import ShortcutsDialog

    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    # A shortcut changed at run time shows up as it is now: the list is read from the actions.
    refresh = window.findChild(QAction, "actionRefresh")
    refresh.setShortcut(QKeySequence("Ctrl+Shift+F9"))
    window.findChild(QAction, "actionShortcuts").trigger()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    native = QKeySequence.SequenceFormat.NativeText
    groups = {
        dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
    }
    assert list(groups)[:4] == ["File", "Contacts", "View", "Help"]  # the menus first, in the menu bar's order
    assert ("Refresh", QKeySequence("Ctrl+Shift+F9").toString(native)) in _rows(groups["View"])
    assert ("New contact", QKeySequence(QKeySequence.StandardKey.New).toString(native)) in _rows(groups["Contacts"])
    assert ("Setup", QKeySequence("Ctrl+7").toString(native)) in _rows(groups["View"])
    # Keys that belong to a page's list, named under the page.
    assert any(text == "Open the selected row" for text, _keys in _rows(groups["Segments"]))


def test_shortcuts_include_an_open_worksheet(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm import segments
    from contactdesk.ui.help.shortcuts_dialog import collect_shortcuts
    from contactdesk.ui.segments.worksheet import SegmentWorksheet

    sheet = SegmentWorksheet(segments.create_segment("Keys"))
    qtbot.addWidget(sheet)
    sheet.show()
    windows = window.actions_.help.open_windows()
    assert sheet in windows
    found = {text for rows in collect_shortcuts(windows).values() for text, _keys in rows}
    assert {"Reduce", "Refine", "Merge", "Log"} <= found


def test_open_log_folder_makes_it_and_opens_it(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CONTACTDESK_DATA_DIR", str(tmp_path / "data"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.findChild(QAction, "actionOpenLogFolder").trigger()
    folder = tmp_path / "data" / "logs"
    assert folder.is_dir()
    assert [Path(url.toLocalFile()) for url in opened] == [folder]


def test_open_log_folder_names_it_when_no_file_manager_opens(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui import messages

    monkeypatch.setenv("CONTACTDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    warnings = Recorder()
    monkeypatch.setattr(messages, "warning", warnings)
    window.findChild(QAction, "actionOpenLogFolder").trigger()
    (call,) = warnings.calls
    assert str(tmp_path / "data" / "logs") in call[2]


def test_about_shows_icon_and_versions(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import peewee
    import PySide6

    from contactdesk import __version__
    from contactdesk.ui.help.about_dialog import AboutDialog

    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.findChild(QAction, "actionAbout").trigger()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    versions = dict(dialog.versions)
    assert versions["ContactDesk"] == __version__
    assert versions["PySide6"] == PySide6.__version__
    assert versions["peewee"] == peewee.__version__
    assert {"Python", "Qt", "docxtpl"} <= set(versions)
    database = versions["Database"]
    assert database.startswith(("SQLite ", "PostgreSQL "))
    assert f"schema version {migrations.LATEST} of {migrations.LATEST}" in database
    icon = dialog.findChild(QLabel, "aboutIcon")
    assert icon is not None and not icon.pixmap().isNull()
    dialog.copy_versions()
    assert f"ContactDesk: {__version__}" in QGuiApplication.clipboard().text()


@pytest.mark.parametrize(
    ("language", "title"), [("en", "Getting started"), ("nl", "Aan de slag"), ("nb", "Kom i gang")]
)
def test_getting_started_speaks_the_users_language(qtbot, qapp, language: str, title: str) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.help.getting_started import GettingStartedDialog

    install_translators(qapp, language)
    try:
        dialog = GettingStartedDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == title
        assert dialog.text.toPlainText().startswith(title)  # the heading too ("… with ContactDesk")
        text = dialog.text.toPlainText()
        assert len(dialog.steps()) >= 5 and all(heading in text for heading, _body in dialog.steps())
    finally:
        install_translators(qapp, "en")
