"""Starts the GUI: application object, translations, error hook, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from contactdesk import APP_NAME, APP_ORG, __version__
from contactdesk.paths import resources_dir
from contactdesk.ui.i18n import current_language, install_translators
from contactdesk.ui.recent_databases import StartDatabase, start_database
from contactdesk.ui.settings import Settings
from contactdesk.ui.single_instance import SingleInstance, surely_alone

if TYPE_CHECKING:
    from contactdesk.crm.database import DatabaseLocation
    from contactdesk.ui.main_window import MainWindow

# The store, the logger, the error sentences and the dialogs are imported where they are needed: a start on a
# database file paints its first rows before any of them is loaded (ui/quick_start.py).

translate = QCoreApplication.translate


# How long a quit waits for background work still running (a read of the list's landmarks takes ~0.1 s).
WORKERS_AT_QUIT_MS = 10_000

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# The name of packaging/linux/*.desktop without its extension.
DESKTOP_FILE_NAME = "org.contactdesk.ContactDesk"


def app_icon() -> QIcon:
    """ContactDesk's own icon (window, taskbar, About), at every size it was rendered in (icons.py offers it too)."""
    result = QIcon()
    folder = resources_dir() / "icons"
    for size in APP_ICON_SIZES:
        result.addFile(str(folder / f"contactdesk-{size}.png"), QSize(size, size))
    return result


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names set, so QSettings and folders are ours."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # Wayland and the task bar match the window to the installed menu entry (and its icon) by this name.
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    return app


def _ask_for_another(problem: BaseException) -> tuple[str | None, bool]:
    """Say why the database cannot be opened; the file the user picks instead (and whether it is new)."""
    from PySide6.QtWidgets import QFileDialog

    from contactdesk.ui import errors, messages
    from contactdesk.ui.desktop import DATABASE_FILTER, FILE_SUFFIX

    retry = messages.choose(
        None,
        translate("App", "Cannot open the database"),
        errors.describe(problem),
        [
            ("other", translate("App", "Open another file…")),
            ("new", translate("App", "Create a new database…")),
        ],
    )
    if retry is None:
        return None, False
    if retry == "other":
        chosen, _filter = QFileDialog.getOpenFileName(None, translate("App", "Open database"), "", DATABASE_FILTER)
        return chosen or None, False
    chosen, _filter = QFileDialog.getSaveFileName(
        None, translate("App", "New database"), "contactdesk" + FILE_SUFFIX, DATABASE_FILTER
    )
    return chosen or None, True


def _connect_instead(
    target: str | Path | DatabaseLocation, problem: BaseException, settings: Settings
) -> DatabaseLocation | None:
    """An office database that refused: the Connect dialog, filled in and saying why, to correct it there."""
    from contactdesk.crm.database import parse_location
    from contactdesk.crm.office_login import OfficeLogin
    from contactdesk.ui.connect_dialog import ConnectDialog

    dialog = ConnectDialog(settings, None, OfficeLogin.from_url(parse_location(target)), problem)
    if dialog.exec() == ConnectDialog.DialogCode.Accepted and dialog.opened is not None:
        return dialog.opened.location
    return None


def open_or_ask(target: str | Path | None, settings: Settings | None = None) -> DatabaseLocation | None:
    """Open the database (default: the user's own, made on first start); when that fails, say why and
    let the user pick another file, make a new one, or quit. A path typed wrongly is never created.
    An office database that refuses (a password to type, a server name to correct) opens the Connect
    dialog instead."""
    from contactdesk.crm.database import default_location, open_location, parse_location
    from contactdesk.crm.errors import DomainError, StoreError, UnsupportedDatabaseUrlError
    from contactdesk.crm.office_login import OfficeLogin

    create = target is None
    chosen: str | Path | DatabaseLocation = default_location() if target is None else target
    while True:
        try:
            opened = open_location(chosen, create=create, language=current_language())
        except (DomainError, StoreError) as problem:
            if not isinstance(problem, UnsupportedDatabaseUrlError) and not parse_location(chosen).is_file:
                return _connect_instead(chosen, problem, settings or Settings())
            picked, create = _ask_for_another(problem)
            if picked is None:
                return None
            chosen = picked
            continue
        login = OfficeLogin.from_url(opened.location)
        if login is not None and settings is not None:
            settings.last_office = login.url
        return opened.location


def run_gui(target: str | None = None) -> int:
    """Show the main window on `target` (a file or database URL; default: the last database, else the file in
    the user's data folder). When another ContactDesk has that database open, it comes to the front instead."""
    app = make_application()
    settings = Settings()
    install_translators(app, settings.language)
    start = start_database(target, settings)
    guard = SingleInstance()
    from contactdesk.ui import quick_start

    # The quick start claims its database right after the first paint; it is taken only when nobody can have it.
    quick = start.target is not None and surely_alone(start.target)
    window = quick_start.first_window(start.target, settings) if quick else None
    if window is not None:
        shown = window
        quick_start.after_first_paint(shown, lambda: _finish_quick_start(shown, start, guard, settings))
        window.show()
        return _run_until_quit(app)
    if not guard.claim(start.target or _default_location()):
        return 0
    _catch_failures()
    location = open_or_ask(start.target, settings)
    if location is None:
        return 1
    from contactdesk.ui.main_window import MainWindow

    window = MainWindow(location, settings)
    _join_desktop(window, location, start, guard, show=True)
    return _run_until_quit(app)


def _run_until_quit(app: QApplication) -> int:
    """The event loop; then, before the application object goes, the background work still running.

    A quit soon after a start can come while a worker still reads (the contacts list's landmarks on a long
    list): ended with the process, it would run on without its QApplication.
    """
    code = app.exec()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(WORKERS_AT_QUIT_MS)
    return code


def _default_location() -> DatabaseLocation:
    from contactdesk.crm.database import default_location

    return default_location()


def _catch_failures() -> None:
    from contactdesk import logsetup
    from contactdesk.ui import excepthook

    logsetup.setup()
    excepthook.install()


def _finish_quick_start(window: MainWindow, start: StartDatabase, guard: SingleInstance, settings: Settings) -> None:
    """After the quick start's first paint: the database claimed (another start may have taken it meanwhile), the
    log, the database opened the ordinary way, the rest of the window."""
    if not guard.claim(window.location or start.target or ""):
        window.close()  # that other ContactDesk came to the front instead
        QCoreApplication.exit(0)
        return
    _catch_failures()
    location = open_or_ask(start.target, settings)
    if location is None:
        window.close()
        QCoreApplication.exit(1)
        return
    other = window.location is None or location.display != window.location.display
    window.location = location
    window.finish_start()
    if other:  # the file shown could not be opened after all, and the user picked another
        window.refresh_all()
    _join_desktop(window, location, start, guard, show=False)


def _join_desktop(
    window: MainWindow, location: DatabaseLocation, start: StartDatabase, guard: SingleInstance, *, show: bool
) -> None:
    """The window joins the desktop (single instance, recent list, file-open requests); then what follows a start."""
    from contactdesk import logsetup
    from contactdesk.ui.after_start import after_start
    from contactdesk.ui.desktop import DesktopCitizen

    logsetup.log_start("window", location.scheme)
    citizen = DesktopCitizen(window, guard)
    if sys.platform == "darwin":  # only macOS sends open-file events; elsewhere the filter would only cost
        citizen.install_file_open()
    if show:
        window.show()
    citizen.started(location, start.note)
    after_start(window)
    window.mark_started()
