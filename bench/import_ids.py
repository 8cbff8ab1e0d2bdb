"""Importing contacts with ids of its own, then moving PostgreSQL's contact sequence past them: with nextval()
(store/bulk.sync_ids, which an office's staff may call) against the setval() it replaced (administrators only).

  python bench/import_ids.py [--rows 100000] [--runs 2] [--postgresql ADMIN_URL|auto] [--out bench/out]

A demo database of --rows contacts is exported to our CSV once; each run imports it into a fresh database with
the sample setup and no contacts, alternating the baseline (setval) and ours, best of --runs each. Also timed
alone: moving the sequence past --rows ids. On SQLite neither runs anything (SQLite takes MAX(rowid) + 1 by
itself), so both import figures there show the noise of the machine. Prints seconds and the ratio ours/baseline.
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


def setval_sync(model: object) -> None:
    """The sync_ids() before: setval() to the highest id (needs the sequence's UPDATE right)."""
    from contactdesk.store.bulk import primary_key_column
    from contactdesk.store.db import db, is_sqlite

    if is_sqlite():
        return
    table, column = model._meta.table_name, primary_key_column(model)  # type: ignore[attr-defined]
    db.execute_sql(
        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
        f'GREATEST((SELECT MAX("{column}") FROM "{table}"), 1))'
    )


def import_once(target: str, csv_file: Path, sync: Callable[[object], None]) -> tuple[float, int]:
    """Seconds of one import of the file into a fresh database at `target`, with `sync` as sync_ids."""
    from contactdesk.crm.demo import load_demo
    from contactdesk.crm.imports import check_import, read_source, writer
    from contactdesk.store import bulk
    from contactdesk.store import db as store_db
    from contactdesk.store.opening import open_database

    store_db.close()
    if "://" not in target:
        remove_sqlite(target)
    open_database(target, create=True)
    load_demo(contacts=0)
    check = check_import(read_source(csv_file))
    kept, bulk.sync_ids = bulk.sync_ids, sync  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        result = writer.ImportWriter(check, writer.OnDuplicate.ADD, None).run()
        seconds = time.perf_counter() - started
    finally:
        bulk.sync_ids = kept
    return seconds, result.imported + result.companies_created


def sequence_alone(rows: int) -> tuple[float, float]:
    """Milliseconds of moving the contact sequence `rows` ids on: setval(), then nextval() (bound PostgreSQL)."""
    from contactdesk.store import bulk
    from contactdesk.store.db import db
    from contactdesk.store.models import Contact

    timings = []
    for sync in (setval_sync, bulk.sync_ids):
        with db.atomic() as transaction:
            db.execute_sql("SELECT setval(pg_get_serial_sequence('contact', 'id'), 1)")
            highest = Contact.select(Contact.id).order_by(Contact.id.desc()).first().id
            assert highest > rows / 2, highest
            started = time.perf_counter()
            sync(Contact)
            timings.append((time.perf_counter() - started) * 1000)
            transaction.rollback()
    return timings[0], timings[1]


def measure(label: str, target: str, csv_file: Path, runs: int) -> None:
    """Alternate the baseline and ours on `target`; print the best of each and their ratio."""
    from contactdesk.store import bulk

    best = {"setval": float("inf"), "nextval": float("inf")}
    count = 0
    for _ in range(runs):
        for name, sync in (("setval", setval_sync), ("nextval", bulk.sync_ids)):
            seconds, count = import_once(target, csv_file, sync)
            best[name] = min(best[name], seconds)
    print(
        f"{label}: write of {count:,} imported contacts: setval (before) {best['setval']:.2f} s, "
        f"nextval (now) {best['nextval']:.2f} s, ratio now/before {best['nextval'] / best['setval']:.2f}"
    )
    if "://" in target:
        setval_ms, nextval_ms = sequence_alone(count)
        print(
            f"{label}: moving the sequence {count:,} ids on alone: "
            f"setval {setval_ms:.1f} ms, nextval {nextval_ms:.1f} ms"
        )


def main() -> None:
    """Build the file once, then measure each engine."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    bench_server.add_arguments(parser)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from contactdesk.store import db as store_db

    csv_file = demo_csv(args.out, "ids", args.rows)
    print(f"load {bench_server.load()}")
    measure("SQLite", str(args.out / "ids-import.sqlite"), csv_file, args.runs)
    with bench_server.server(args.postgresql, args.keep) as found:
        if found is not None:
            measure("PostgreSQL", found.create("contactdesk_bench_ids"), csv_file, args.runs)
    store_db.close()


if __name__ == "__main__":
    main()
