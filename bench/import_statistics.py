"""After a large import: the contacts list's code columns and code filter, before and after the planner's
statistics are refreshed (what run_import now does, store/statistics.py), on SQLite and PostgreSQL.

  python bench/import_statistics.py [--rows 100000] [--postgresql ADMIN_URL|auto] [--out bench/out]

A demo database of --rows contacts (with industry groups, business relations, mailing groups and job
responsibilities) is exported to our CSV, then imported into a fresh database with the refresh turned off.
Timed, each the best of a few runs: the code columns of 50-row pages spread over the list (classification_of,
what the list reads per screenful), and the industry-group filter's count and first page. Then the refresh
(SQLite: PRAGMA optimize, which the store does not run; PostgreSQL: ANALYZE of the touched tables) and the
same queries again. Prints milliseconds and the ratio before/after.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import bench_server  # noqa: E402
from demo_csv import demo_csv, remove_sqlite  # noqa: E402


def best(job: Callable[[], object], runs: int = 5) -> float:
    """Milliseconds of the fastest of `runs` runs."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def queries() -> dict[str, float]:
    """The timed queries of the list's code columns and code filter."""
    from contactdesk.crm import contacts
    from contactdesk.crm.contact_classes import INDUSTRY_GROUP, ClassFilter, classification_of

    total = contacts.count_contacts()
    pages = [contacts.list_contacts(offset=offset, limit=50) for offset in range(0, total, max(1, total // 8))]
    ids = [[row.id for row in page] for page in pages]
    retail = ClassFilter(INDUSTRY_GROUP, "RETAIL")
    return {
        "code columns, 8 pages of 50": best(lambda: [classification_of(page) for page in ids]),
        "filter RETAIL: count": best(lambda: contacts.count_contacts(classified=retail)),
        "filter RETAIL: first page": best(lambda: contacts.list_contacts(classified=retail, limit=200)),
    }


def measure(target: str, csv_file: Path, label: str) -> None:
    """Import into `target` without the refresh, time, refresh, time again."""
    from contactdesk.crm.demo import load_demo
    from contactdesk.crm.imports import check_import, read_source, run_import, writer
    from contactdesk.store import db as store_db
    from contactdesk.store.opening import open_database

    store_db.close()
    open_database(target, create=True)
    load_demo(contacts=0)
    writer.STATISTICS_FROM_ROWS = 10**12  # the import as before: no refresh
    started = time.perf_counter()
    result = run_import(check_import(read_source(csv_file)), "add", skip_bad=True)
    print(f"{label}: imported {result.imported:,} contacts in {time.perf_counter() - started:.1f} s")
    before = queries()
    started = time.perf_counter()
    if store_db.is_sqlite():
        store_db.db.execute_sql("PRAGMA optimize=0x10002")  # every table, as if each had been queried
    else:
        from contactdesk.store.statistics import refresh_contact_statistics

        refresh_contact_statistics()
    refresh = (time.perf_counter() - started) * 1000
    after = queries()
    print(f"{label}: refresh took {refresh:.0f} ms")
    for name, ms in before.items():
        print(f"  {name}: {ms:8.1f} ms before, {after[name]:8.1f} ms after, ratio {ms / after[name]:.1f}x")
    store_db.close()


def main() -> None:
    """Build the file once, then measure each engine."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    bench_server.add_arguments(parser)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    csv_file = demo_csv(args.out, "classified", args.rows)
    print(f"load {bench_server.load()}")
    database = args.out / "classified-import.sqlite"
    remove_sqlite(database)
    measure(str(database), csv_file, "SQLite")
    with bench_server.server(args.postgresql, args.keep) as found:
        if found is not None:
            measure(found.create("contactdesk_bench_statistics"), csv_file, "PostgreSQL")


if __name__ == "__main__":
    main()
