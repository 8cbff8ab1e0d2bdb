"""Cold start of the built (frozen) app on a 100,000-contact database, against a frozen bare PySide6 window.

  python bench/cold_start_frozen.py [--db bench/out/contacts-100k.sqlite] [--runs 5] [--no-build]

Builds both with tools/build_app.py (--probe: the app's start-up as bench/cold_start.py measures it, frozen
with the app's own spec; --bare: a bare window frozen the same way), then starts each alternately as a new
process and reports the moment its window is shown (ours: with its first rows painted). Prints the medians,
the ratio (goal: within 1.5×) and the size of each build.
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
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT / "tools"))

from build_app import folder_size  # noqa: E402
from cold_start import ensure_database  # noqa: E402


def one_start(program: Path, *args: str) -> float:
    """Seconds from launching the built program to its window being usable."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.time()
    out = subprocess.run([str(program), *args], capture_output=True, text=True, env=env, check=True)
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
    settings = str(args.db.with_suffix(".bench-frozen-settings.ini"))
    one_start(probe, str(args.db), settings)  # warm the file cache for both, as a second start would
    one_start(bare)
    bare_times, ours = [], []
    for _ in range(args.runs):
        bare_times.append(one_start(bare))
        ours.append(one_start(probe, str(args.db), settings))
    Path(settings).unlink(missing_ok=True)
    b, o = statistics.median(bare_times), statistics.median(ours)
    print(
        f"frozen cold start, median of {args.runs}: bare PySide6 window {b:.3f} s "
        f"({folder_size(bare.parent) / 1024**2:.0f} MB), ContactDesk on {args.db.name} {o:.3f} s "
        f"({folder_size(probe.parent) / 1024**2:.0f} MB), ratio {o / b:.2f}× (goal ≤ 1.50×)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
