"""Start fast: the GUI start imports what its first window needs, and nothing heavy it does not.

Each check runs in a new Python process (sys.modules of the test run holds everything). The figure itself
is bench/cold_start.py's; these keep a later change from silently putting a heavy import back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contactdesk.ui import icons

SRC = Path(__file__).resolve().parents[1] / "src"

# Modules the first window does not need, each of which cost a start from 5 to 100 ms.
HEAVY = (
    "psycopg",  # the PostgreSQL driver: a file database needs none (store/pg_driver.py)
    "qtawesome",  # icons are drawn from its font without it (ui/glyph_icon.py)
    "qtpy",
    "babel",  # country names: for tooltips and forms, later
    "docxtpl",
    "docx",
    "jinja2",
    "lxml",
    "openpyxl",
    "playhouse.migrate",  # migration steps: only when a database is not up to date
    "contactdesk.merge",
    "contactdesk.commands.merge",  # the command line's subcommands: not for a GUI start
    "contactdesk.commands.basic",
    "contactdesk.ui.settings_dialog",
)

GUI_START = """
import sys
from PySide6.QtCore import QSettings
import contactdesk.ui.app as app_module

def first_window(target):
    # run_gui up to its event loop: the window shown on the database, its first rows painted.
    from contactdesk.ui.main_window import MainWindow
    from contactdesk.ui.settings import Settings
    app = app_module.make_application(["contactdesk"])
    settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window = MainWindow(app_module.open_or_ask(target, settings), settings)
    window.show()
    app.processEvents()
    assert window.contacts.model.index(0, 1).data()
    heavy = sys.argv[3].split(",")
    print(",".join(name for name in heavy if name in sys.modules))
    return 0

app_module.run_gui = first_window
from contactdesk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


# What the window's first paint does without on a current database file (ui/quick_start.py): the store's
# peewee and models, the services, the menus and toolbar, the icons, the log, the error sentences. Each is
# loaded right after that paint.
NOT_BEFORE_FIRST_PAINT = (
    *HEAVY,
    "peewee",
    "playhouse",
    "contactdesk.store.db",
    "contactdesk.store.models",
    "contactdesk.store.migrations",  # a start needs LATEST alone (store/schema_steps.py)
    "contactdesk.crm.contacts",
    "contactdesk.crm.contact_data",  # the card's record (a 40-field dataclass): the list needs its row alone
    "contactdesk.ui.empty_panel",  # what an empty list shows instead: this one has rows
    "contactdesk.crm.database",
    "contactdesk.crm.errors",
    "contactdesk.logsetup",
    "contactdesk.ui.errors",
    "contactdesk.ui.icons",
    "contactdesk.ui.glyph_icon",
    "contactdesk.ui.window_actions",
    "contactdesk.ui.desktop",
    "contactdesk.ui.change_watcher",
    "contactdesk.ui.worker",
    "platformdirs",
    "logging.handlers",
    "importlib.resources",
    "PySide6.QtNetwork",  # the single-instance socket: claimed right after the paint when no socket file exists
    "contactdesk.commands",  # `contactdesk` or `contactdesk --db FILE` is told without the subcommands
    "multiprocessing",
    "json",
    "hashlib",  # loads OpenSSL: the single-instance name is hashed with Python's own SHA-256
    "getpass",
)

# The real start (`contactdesk --db FILE`: cli.main → run_gui) up to the first paint, as bench/cold_start.py
# times it; then one more turn of the event loop, after which the window is whole.
QUICK_START = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
import contactdesk.ui.app as app_module
from contactdesk.ui.settings import Settings

def first_paint(self=None):
    app = QApplication.instance()
    app.processEvents()
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())
    assert window.contacts.model.index(0, 1).data()
    watched = sys.argv[3].split(",")
    loaded = [name for name in watched if name in sys.modules]
    if "Qt" in vars(sys.modules["PySide6.QtCore"]):
        loaded.append("PySide6.QtCore.Qt")  # PySide6's Qt namespace, built on first use (~15 ms)
    for _turn in range(200):
        if getattr(window, "started", True):  # a window built whole at once has no later part
            break
        app.processEvents()
    menus = [menu.objectName() for menu in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))]
    whole = getattr(window, "started", True) and "menuFile" in menus and "peewee" in sys.modules
    whole = whole and bool(window.actions_.toolbar.actions())
    rows = window.contacts.model.index(0, 1).data()
    window.close()
    print(",".join(loaded) + "|" + str(bool(whole)) + "|" + str(rows))
    return 0

app_module.Settings = lambda: Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
QApplication.exec = first_paint
from contactdesk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def _python(code: str, *args: str, home: Path) -> str:
    folders = {f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("CONFIG", "DATA", "STATE", "CACHE")}
    env = {**os.environ, **folders, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


@pytest.mark.sqlite_only("the start on a database file; an office database needs its driver")
def test_the_gui_start_shows_its_first_rows_without_heavy_modules(tmp_path: Path) -> None:
    database = tmp_path / "start.sqlite"
    made = (
        "import sys; from contactdesk.crm.demo import load_demo; from contactdesk.crm.database import open_location\n"
    )
    made += "open_location(sys.argv[1], create=True); load_demo(contacts=30, seed=1)\nprint('made')"
    assert _python(made, str(database), home=tmp_path) == "made"
    loaded = _python(GUI_START, str(database), str(tmp_path / "settings.ini"), ",".join(HEAVY), home=tmp_path)
    assert loaded == ""


@pytest.mark.sqlite_only("the quick start reads a database file; an office database takes the ordinary way")
def test_the_window_paints_its_first_rows_before_the_store_menus_and_icons_load(tmp_path: Path) -> None:
    database = tmp_path / "start.contactdesk"
    made = (
        "import sys; from contactdesk.crm.demo import load_demo; from contactdesk.crm.database import open_location\n"
    )
    made += "open_location(sys.argv[1], create=True); load_demo(contacts=30, seed=1)\nprint('made')"
    assert _python(made, str(database), home=tmp_path) == "made"
    answer = _python(
        QUICK_START, str(database), str(tmp_path / "settings.ini"), ",".join(NOT_BEFORE_FIRST_PAINT), home=tmp_path
    )
    loaded, whole, first_row = answer.split("|")
    assert loaded == ""
    # Right after that paint: the whole window (menus, toolbar, the store), the same first row.
    assert whole == "True"
    shown = _python(
        "import sys; from contactdesk.crm.database import open_location; from contactdesk.crm import contacts\n"
        "open_location(sys.argv[1]); print(contacts.list_contacts(limit=1)[0].name)",
        str(database),
        home=tmp_path,
    )
    assert first_row == shown


def test_peewee_is_imported_without_the_postgresql_driver_and_given_it_for_a_server(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    code = """
import sys
import contactdesk, peewee
assert peewee.psycopg is None and "psycopg" not in sys.modules, "peewee imported the driver"
from contactdesk.store.db import make_database
from contactdesk.store.location import parse_location
database = make_database(parse_location("postgresql://someone@127.0.0.1:9/nowhere"))  # made, not connected
from psycopg.pq import TransactionStatus
assert isinstance(database._adapter, peewee.Psycopg3Adapter), type(database._adapter)
assert peewee.Psycopg3Adapter.txn_idle == TransactionStatus.IDLE
assert peewee.Psycopg3Adapter.txn_inerror == TransactionStatus.INERROR
import psycopg
print(peewee.psycopg is psycopg)
"""
    assert _python(code, home=tmp_path) == "True"


def test_each_icon_codepoint_is_that_glyph_in_the_installed_font() -> None:
    """GLYPHS keeps the codepoint drawn beside the glyph's name: an update of the font must not swap pictures."""
    font = icons.glyph_icon.font_file()
    assert font is not None, "qtawesome's Material Design Icons 6 font"
    charmap_file = next(font.parent.glob("materialdesignicons6-webfont-charmap-*.json"))
    charmap = json.loads(charmap_file.read_text(encoding="utf-8"))
    wrong = {meaning: name for meaning, (name, point) in icons.GLYPHS.items() if int(charmap[name], 16) != point}
    assert wrong == {}
