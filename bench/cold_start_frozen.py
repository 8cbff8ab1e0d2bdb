"""Cold start of the built (frozen) app on a 100,000-contact database, against a frozen bare PySide6 window.

  python bench/cold_start_frozen.py [--db bench/out/contacts-100k.sqlite] [--runs 5] [--no-build]

Builds both with tools/build_app.py (--probe: the app's start-up as bench/cold_start.py measures it, frozen
with the app's own spec; --bare: a bare window frozen the same way), then starts each alternately as a new
process and reports the moment its window is shown (ours: with its first rows painted). Every start gets the
same fresh user folders, as in bench/cold_start.py (no settings, logs or databases of the user's). Prints the
medians, the ratio (goal: within 1.5×) and the size of each build.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT / "tools"))

from build_app import folder_size  # noqa: E402
from cold_start import FORGET_SOCKET, ensure_database, environment  # noqa: E402


def one_start(program: Path, home: Path, *args: str) -> float:
    """Seconds from launching the built program to its window being usable."""
    env = environment(home)
    del env["PYTHONPATH"]  # the built program carries its own modules
    start = time.time()
    out = subprocess.run([str(program), *args], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise SystemExit(f"a start of {program.name} failed ({out.returncode}):\n{out.stderr}")
    return float(out.stdout.strip().splitlines()[-1]) - start


def main() -> int:
    """Build (unless --no-build), then time both kinds of start alternately."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "contacts-100k.sqlite")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-build", action="store_true", help="use the builds already in dist/")
    args = parser.parse_args()
    build = [sys.executable, str(ROOT / "tools" / "build_app.py")]
    if not args.no_build:
        subprocess.run([*build, "--probe"], check=True)
        subprocess.run([*build, "--bare"], check=True)
    ensure_database(args.db)
    suffix = ".exe" if sys.platform == "win32" else ""
    probe = DIST / "cold-start-probe" / f"cold-start-probe{suffix}"
    bare = DIST / "bare-window" / f"bare-window{suffix}"
    bare_times, ours = [], []
    with tempfile.TemporaryDirectory(prefix="contactdesk-cold-start-frozen-") as folder:
        home = Path(folder)
        subprocess.run([sys.executable, "-c", FORGET_SOCKET, str(args.db)], check=True, env=environment(home))
        # Warm the file cache for both, as a second start would (and let the app write its settings once).
        one_start(probe, home, str(args.db))
        one_start(bare, home)
        for _ in range(args.runs):
            bare_times.append(one_start(bare, home))
            ours.append(one_start(probe, home, str(args.db)))
    b, o = statistics.median(bare_times), statistics.median(ours)
    print(
        f"frozen cold start, median of {args.runs}: bare PySide6 window {b:.3f} s "
        f"({folder_size(bare.parent) / 1024**2:.0f} MB), ContactDesk on {args.db.name} {o:.3f} s "
        f"({folder_size(probe.parent) / 1024**2:.0f} MB), ratio {o / b:.2f}× (goal ≤ 1.50×)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
