"""Starts the GUI: application object, translations, error hook, database, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from contactdesk import APP_NAME, APP_ORG, __version__
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.paths import default_database_path, log_dir
from contactdesk.store.opening import open_database
from contactdesk.ui import errors, excepthook, messages
from contactdesk.ui.i18n import install_translators
from contactdesk.ui.settings import Settings

translate = QCoreApplication.translate


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names set, so QSettings and folders are ours."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def _setup_logging() -> None:
    handler = logging.FileHandler(log_dir() / "contactdesk.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("contactdesk").addHandler(handler)
    logging.getLogger("contactdesk").setLevel(logging.INFO)


def open_or_ask(path: Path) -> Path | None:
    """Open the database; when that fails, say why and let the user pick another file or quit."""
    while True:
        try:
            open_database(path)
            return path
        except (DomainError, StoreError) as problem:
            retry = messages.choose(None, translate("App", "Cannot open the database"), errors.describe(problem), [
                ("other", translate("App", "Open another file…")),
                ("new", translate("App", "Create a new database…")),
            ])
            if retry is None:
                return None
            if retry == "other":
                chosen, _filter = QFileDialog.getOpenFileName(
                    None, translate("App", "Open database"), "", "ContactDesk (*.sqlite *.db);;*")
            else:
                chosen, _filter = QFileDialog.getSaveFileName(
                    None, translate("App", "New database"), "contactdesk.sqlite", "ContactDesk (*.sqlite *.db)")
            if not chosen:
                return None
            path = Path(chosen)


def run_gui(database: Path | None = None) -> int:
    """Show the main window on `database` (default: the file in the user's data folder)."""
    _setup_logging()
    app = make_application()
    settings = Settings()
    install_translators(app, settings.language)
    excepthook.install()
    path = open_or_ask(database or default_database_path())
    if path is None:
        return 1
    from contactdesk.ui.main_window import MainWindow

    window = MainWindow(path, settings)
    window.show()
    return app.exec()
