"""Cold start to a usable main window on a 100,000-contact database, against a bare PySide6 window.

  python bench/cold_start.py [--db bench/out/contacts-100k.sqlite] [--runs 5]

Each start is a new Python process launched the same way (the app through its real entry point, as
`python -m contactdesk --db FILE`); it reports the moment its window is shown with its first rows
painted. Prints the medians and the ratio (goal: within 1.5×).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from start_code import FORGET_SOCKET, OURS, WHOLE

ROOT = Path(__file__).resolve().parents[1]

# The same bare window the frozen bench builds: one program for both baselines.
BARE_PROGRAM = ROOT / "bench" / "bare_window.py"


def environment(home: Path) -> dict[str, str]:
    """Every start gets the same fresh user folders: no settings, logs or databases of the user's."""
    folders = {f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("CONFIG", "DATA", "STATE", "CACHE")}
    return {**os.environ, **folders, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}


def one_start(code: str, home: Path, *args: str) -> float:
    """Seconds from launching the process to its window being usable."""
    env = environment(home)
    # Compiled once, as an installed app is (pip and PyInstaller compile the bytecode): a shell that sets
    # PYTHONDONTWRITEBYTECODE would otherwise have every start compile the app's ~90 modules again (~50 ms),
    # which no user's start does. The cache lives in the bench's folder, for both kinds of start alike.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise SystemExit(f"a start failed ({out.returncode}):\n{out.stderr}")
    return float(out.stdout.strip().splitlines()[-1]) - start


def ensure_database(db: Path) -> None:
    """Make the 100,000-contact sample database when it is not there yet."""
    if db.exists():
        return
    print(f"creating {db} with 100,000 sample contacts…", flush=True)
    db.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "contactdesk", "demo", "--db", str(db), "--contacts", "100000"],
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )


def main() -> int:
    """Measure both kinds of start alternately, so machine noise hits both alike."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "contacts-100k.sqlite")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ensure_database(args.db)
    bare_code = BARE_PROGRAM.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="contactdesk-cold-start-") as folder:
        home = Path(folder)
        subprocess.run([sys.executable, "-c", FORGET_SOCKET, str(args.db)], check=True, env=environment(home))
        # Warm the file cache for both, as a second start would (and let the app write its settings once).
        one_start(bare_code, home)
        one_start(OURS, home, str(args.db))
        bare, ours, whole = [], [], []
        for _ in range(args.runs):
            bare.append(one_start(bare_code, home))
            ours.append(one_start(OURS, home, str(args.db)))
            whole.append(one_start(WHOLE, home, str(args.db)))
    b, o, w = statistics.median(bare), statistics.median(ours), statistics.median(whole)
    print(
        f"cold start, median of {args.runs}: bare PySide6 window {b:.3f} s, ContactDesk on "
        f"{args.db.name} {o:.3f} s, ratio {o / b:.2f}× (goal ≤ 1.50×); "
        f"the whole window (menus, store, icons) {w:.3f} s, {1000 * (w - o):.0f} ms after the first rows"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
