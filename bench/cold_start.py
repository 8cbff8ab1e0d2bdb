"""Cold start to a usable main window on a 100,000-contact database, against a bare PySide6 window.

  python bench/cold_start.py [--db bench/out/contacts-100k.sqlite] [--runs 5]

Each start is a new Python process launched the same way; it reports the moment its window is shown
with its first rows painted. Prints the medians and the ratio (goal: within 1.5×).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1200, 760)
window.show()
app.processEvents()
print(time.time())
"""

OURS = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from contactdesk.ui.app import make_application
from contactdesk.ui.i18n import install_translators
from contactdesk.store.opening import open_database
from contactdesk.ui.settings import Settings
app = make_application(sys.argv)
install_translators(app, "en")
path = Path(sys.argv[1])
open_database(path, create=True)
from contactdesk.ui.main_window import MainWindow
window = MainWindow(path, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
app.processEvents()
assert window.contacts.model.index(0, 1).data()
print(time.time())
"""


def one_start(code: str, *args: str) -> float:
    """Seconds from launching the process to its window being usable."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return float(out.stdout.strip().splitlines()[-1]) - start


def main() -> int:
    """Measure both kinds of start alternately, so machine noise hits both alike."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "contacts-100k.sqlite")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"creating {args.db} with 100,000 sample contacts…", flush=True)
        args.db.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "contactdesk", "demo", "--db", str(args.db), "--contacts", "100000"],
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
    settings = str(args.db.with_suffix(".bench-settings.ini"))
    one_start(OURS, str(args.db), settings)  # warm the file cache for both, as a second start would
    bare, ours = [], []
    for _ in range(args.runs):
        bare.append(one_start(BARE))
        ours.append(one_start(OURS, str(args.db), settings))
    Path(settings).unlink(missing_ok=True)
    b, o = statistics.median(bare), statistics.median(ours)
    print(
        f"cold start, median of {args.runs}: bare PySide6 window {b:.3f} s, ContactDesk on "
        f"{args.db.name} {o:.3f} s, ratio {o / b:.2f}× (goal ≤ 1.50×)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
