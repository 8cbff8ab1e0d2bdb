"""Contacts page over a very large database: our paged model against a model that loads every row.

  python bench/contacts_page.py [--db bench/out/contacts-1m.sqlite] [--contacts 1000000]
                                [--postgresql ADMIN_URL|auto [--keep]]

Each measurement runs in a fresh process and times what a user waits for: the first rows on screen,
jumps to rows all over the list (the middle, the end, and a few picked at random: the slowest and the
median), a sort by city, a search for "ødeg", and the memory the process grew by. On SQLite our paged
model is compared with a model that loads every row (the ratio is baseline / ours). With --postgresql
the same paged model also runs on a PostgreSQL database over loopback holding the same sample data
(made by `contactdesk demo`), and its figures are printed beside SQLite's with the issue's targets.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_server  # noqa: E402

# What the issue asks of PostgreSQL over loopback (seconds).
TARGETS = {"first_rows_s": 0.100, "jump_worst_s": 0.050, "search_s": 0.300}
LABELS = (
    ("first_rows_s", "first rows (s)"),
    ("landmarks_s", "landmarks known after (s)"),
    ("jump_middle_s", "jump to middle (s)"),
    ("jump_worst_s", "jump, slowest of 9 (s)"),
    ("jump_median_s", "jump, median of 8 (s)"),
    ("sort_city_s", "sort by city (s)"),
    ("search_s", "search 'ødeg' (s)"),
    ("memory_mb", "memory grown (MB)"),
)


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure(mode: str, target: str) -> dict[str, float]:
    """Run inside a child process: open the page the given way and time what a user waits for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    from contactdesk.store.opening import open_database
    from contactdesk.ui.models.contacts_model import ContactsModel

    app = QApplication([])
    open_database(target, create=True)
    base = rss_mb()
    start = time.perf_counter()
    if mode == "paged":
        model = ContactsModel()
        model.refresh()
    else:
        from bench_all_rows import AllRowsModel  # noqa: PLC0415 - only the baseline needs it

        model = AllRowsModel()
    view = QTableView()
    view.setModel(model)
    # Configured as the Contacts page configures its table, for both models.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(22)
    view.verticalHeader().hide()
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    first_rows = time.perf_counter() - start
    assert model.index(0, 1).data()
    total = model.rowCount()
    # A long list finds rows spread over it in the background (landmarks) while the user looks at the
    # first rows; jumps are timed once it has them, as a user's first jump comes a moment later.
    while mode == "paged" and not model.landmarks_ready and time.perf_counter() - start < 30:
        app.processEvents()
        time.sleep(0.005)
    landmarks = time.perf_counter() - start if mode == "paged" else 0.0

    def jump(row: int) -> float:
        began = time.perf_counter()
        index = model.index(row, 1)
        view.scrollTo(index)
        app.processEvents()
        assert index.data()
        return time.perf_counter() - began

    jump_middle = jump(total // 2)
    picked = random.Random(13)
    rows = [total - 1, total // 10, total * 9 // 10] + [picked.randrange(total) for _ in range(5)]
    jumps = [jump(row) for row in rows]
    start = time.perf_counter()
    model.sort(4, Qt.SortOrder.AscendingOrder)
    app.processEvents()
    sort = time.perf_counter() - start
    start = time.perf_counter()
    if mode == "paged":
        model.set_query("ødeg")
    else:
        model.filter("ødeg")
    app.processEvents()
    search = time.perf_counter() - start
    return {
        "rows": total,
        "found": model.rowCount(),
        "first_rows_s": first_rows,
        "jump_middle_s": jump_middle,
        "landmarks_s": landmarks,
        "jump_worst_s": max([jump_middle, *jumps]),
        "jump_median_s": statistics.median(jumps),
        "sort_city_s": sort,
        "search_s": search,
        "memory_mb": rss_mb() - base,
    }


def child(mode: str, target: str) -> dict[str, float]:
    """measure() in a fresh process."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--target", target],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def cell(value: float | None, width: int = 14) -> str:
    """A figure, or a dash where there is none."""
    return f"{value:{width}.3f}" if value is not None else f"{'–':>{width}}"


def report(sqlite: dict[str, float], everything: dict[str, float], postgres: dict[str, float] | None) -> int:
    """The figures side by side; returns 1 when PostgreSQL misses a target."""
    print(f"{'':24}{'SQLite':>14}{'PostgreSQL':>14}{'PG target':>11}{'SQLite all rows':>17}{'ratio':>8}")
    missed = 0
    for key, label in LABELS:
        pg = postgres[key] if postgres else None
        goal = TARGETS.get(key)
        mark = ""
        if pg is not None and goal is not None:
            mark = " ok" if pg <= goal else " MISSED"
            missed += pg > goal
        base = everything.get(key)
        ratio = f"{base / sqlite[key]:7.1f}×" if base is not None and sqlite[key] > 0 else f"{'':8}"
        goal_text = f"≤ {goal:.3f}" if goal is not None else ""
        print(f"{label:24}{cell(sqlite[key])}{cell(pg)}{goal_text:>11}{cell(base, 17)}{ratio}{mark}")
    return 1 if missed else 0


def main() -> int:
    """Build the databases if needed, then measure every way side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "contacts-1m.sqlite")
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--child", choices=["paged", "all"])
    parser.add_argument("--target", help=argparse.SUPPRESS)
    parser.add_argument("--skip-baseline", action="store_true", help="do not run the all-rows baseline on SQLite")
    bench_server.add_arguments(parser)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.target)))
        return 0
    if not args.db.exists():
        print(f"creating {args.db} with {args.contacts:,} sample contacts…", flush=True)
        args.db.parent.mkdir(parents=True, exist_ok=True)
        bench_server.run_demo(str(args.db), args.contacts)
    with bench_server.server(args.postgresql, args.keep) as server:
        postgres = None
        if server is not None:
            print(f"PostgreSQL: sample database with {args.contacts:,} contacts…", flush=True)
            url, built = server.cached(
                f"bench_contacts_{args.contacts}", lambda target: bench_server.run_demo(target, args.contacts)
            )
            print(f"  {'built in ' + format(built, '.0f') + ' s' if built else 'kept from an earlier run'}")
            postgres = child("paged", url)
        print(f"measuring on SQLite ({bench_server.load()})…", flush=True)
        sqlite = child("paged", str(args.db))
        everything = {} if args.skip_baseline else child("all", str(args.db))
    print(
        f"Contacts page over {sqlite['rows']:,} contacts; the search finds {sqlite['found']:,}"
        + (f" (PostgreSQL {postgres['rows']:,} contacts, finds {postgres['found']:,})" if postgres else "")
    )
    status = report(sqlite, everything, postgres)
    print(bench_server.load())
    return status


if __name__ == "__main__":
    sys.exit(main())
