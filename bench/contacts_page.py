"""Contacts page over a very large database: our paged model against a model that loads every row.

  python bench/contacts_page.py [--db bench/out/contacts-1m.sqlite] [--contacts 1000000]

Both run in fresh processes on the same file and measure: time until the first rows are on screen,
a jump to the middle of the list, a sort by city, a search, and the memory the process grew by.
Prints both and the ratios (baseline / ours).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure(mode: str, db: Path) -> dict[str, float]:
    """Run inside a child process: open the page the given way and time what a user waits for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    from contactdesk.store.opening import open_database
    from contactdesk.ui.models.contacts_model import ContactsModel

    app = QApplication([])
    open_database(db, create=True)
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
    start = time.perf_counter()
    middle = model.index(model.rowCount() // 2, 1)
    view.scrollTo(middle)
    app.processEvents()
    assert middle.data()
    jump = time.perf_counter() - start
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
        "jump_s": jump,
        "sort_city_s": sort,
        "search_s": search,
        "memory_mb": rss_mb() - base,
    }


def main() -> int:
    """Build the database if needed, then measure both ways side by side."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "contacts-1m.sqlite")
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--child", choices=["paged", "all"])
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(Path(__file__).parent))
        print(json.dumps(measure(args.child, args.db)))
        return 0
    if not args.db.exists():
        print(f"creating {args.db} with {args.contacts:,} sample contacts…", flush=True)
        args.db.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "contactdesk", "demo", "--db", str(args.db), "--contacts", str(args.contacts)],
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
    results = {}
    for mode in ("paged", "all"):
        out = subprocess.run(
            [sys.executable, __file__, "--child", mode, "--db", str(args.db)],
            capture_output=True,
            text=True,
            check=True,
        )
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    ours, base = results["paged"], results["all"]
    print(
        f"Contacts page over {ours['rows']:,} contacts ({args.db.name}); the search finds {ours['found']:,} "
        f"(baseline {base['found']:,})"
    )
    print(f"{'':22}{'ours (paged SQL)':>18}{'loads every row':>18}{'ratio':>9}")
    for key, label in (
        ("first_rows_s", "first rows (s)"),
        ("jump_s", "jump to middle (s)"),
        ("sort_city_s", "sort by city (s)"),
        ("search_s", "search 'ødeg' (s)"),
        ("memory_mb", "memory grown (MB)"),
    ):
        ratio = base[key] / ours[key] if ours[key] > 0 else float("inf")
        print(f"{label:22}{ours[key]:18.3f}{base[key]:18.3f}{ratio:8.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
