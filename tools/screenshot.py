"""Grab the main window (and its pages) to PNG files, offscreen, for the README and for review.

Usage: python tools/screenshot.py DATABASE OUTDIR [--language nl] [--pages]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    """Open the window on DATABASE and save PNGs of what a user sees."""
    parser = argparse.ArgumentParser()
    parser.add_argument("database", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument("--pages", action="store_true", help="grab every page, not only the contacts page")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from contactdesk.store.opening import open_database
    from contactdesk.ui.app import make_application
    from contactdesk.ui.i18n import install_translators
    from contactdesk.ui.main_window import MainWindow
    from contactdesk.ui.settings import Settings

    app = make_application([sys.argv[0]])
    install_translators(app, args.language)
    open_database(args.database)
    settings = Settings(QSettings(str(args.outdir / "screenshot-settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(args.database, settings)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.outdir.mkdir(parents=True, exist_ok=True)
    rows = range(len(window.pages)) if args.pages else [0]
    for row in rows:
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
        name = window.pages[row].objectName().removeprefix("page_")
        window.grab().save(str(args.outdir / f"{name}-{args.language}.png"))
    window.close()
    (args.outdir / "screenshot-settings.ini").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
