"""Field sync over loopback (issue 14 §4): push 10,000 outbox operations, then pull 10,000 rows changed in the
office, each timed beside a plain `executemany` of the same rows into the same table on the same server.

  python bench/field_sync.py [--rows 10000] [--postgresql ADMIN_URL|auto] [--keep] [--out bench/out]

The office is a PostgreSQL database with --rows sample contacts (`contactdesk demo`; a throwaway cluster
unless --postgresql names one). A laptop checks all of it out; then:
- push: the laptop changes the city of every contact (one outbox operation each) and syncs. Baseline: one
  psycopg `executemany` of UPDATE contact SET city, version WHERE id with the same values, in one transaction.
- pull: the office changes every contact's city and the laptop syncs. Baseline: the same rows read from the
  office and written into the laptop's contact table with one sqlite3 `executemany` of UPDATE … WHERE id
  (in a copy of the laptop file without its outbox triggers: a plain write of the same rows).
Prints seconds, operations per second and the ratio sync/baseline (goal: each under 10 s, within 3×).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import bench_server  # noqa: E402


def _line(name: str, seconds: float, rows: int, baseline: float | None = None) -> None:
    ratio = f"  ratio {seconds / baseline:.2f}x" if baseline else ""
    print(f"{name:<34} {seconds:6.2f} s  {rows / seconds:9.0f} rows/s{ratio}")


def _timed_sync(laptop: Path) -> tuple[float, object]:
    from contactdesk.crm.field.sync import sync
    from contactdesk.store import db as store_db
    from contactdesk.store.opening import open_database

    open_database(laptop)
    start = time.perf_counter()
    result = sync()
    seconds = time.perf_counter() - start
    store_db.close()
    return seconds, result


def push_baseline(office: str, rows: list[tuple[str, int]], *, change_log: bool = True) -> float:
    """UPDATE contact SET city WHERE id for every row: one executemany, one transaction. Without change_log the
    office's change-log triggers are off meanwhile (session_replication_role: the bench's superuser only)."""
    import psycopg

    with psycopg.connect(office) as connection:
        start = time.perf_counter()
        with connection.cursor() as cursor:
            if not change_log:
                cursor.execute("SET LOCAL session_replication_role = replica")
            cursor.executemany("UPDATE contact SET city = %s, version = version + 1 WHERE id = %s", rows)
        connection.commit()
        return time.perf_counter() - start


def pull_baseline(office: str, laptop: Path, copy: Path) -> tuple[float, int]:
    """Read the changed rows from the office and write them into a copy of the laptop file."""
    import psycopg

    from contactdesk.store.models import Contact

    shutil.copyfile(laptop, bench_server.fresh_file(copy))
    target = sqlite3.connect(copy)
    with target:  # a plain table: the laptop's outbox triggers are the sync's own cost, not the baseline's
        for (name,) in target.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'outbox_%'"):
            target.execute(f'DROP TRIGGER "{name}"')
    target.close()
    columns = [field.column_name for field in Contact._meta.sorted_fields if field.column_name != "id"]
    quoted = ", ".join(f'"{c}"' for c in columns)
    sets = ", ".join(f'"{c}" = ?' for c in columns)
    start = time.perf_counter()
    with psycopg.connect(office) as connection:
        rows = connection.execute(f"SELECT {quoted}, id FROM contact").fetchall()  # type: ignore[arg-type]
    target = sqlite3.connect(copy)
    try:
        with target:
            target.executemany(
                f"UPDATE contact SET {sets} WHERE id = ?", [tuple(_sqlite(v) for v in row) for row in rows]
            )
    finally:
        target.close()
    return time.perf_counter() - start, len(rows)


def _sqlite(value: object) -> object:
    from datetime import date, datetime

    if isinstance(value, (datetime, date)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return value


def measure(office: str, rows: int, out: Path) -> None:
    """Check a laptop out, then time push and pull of every contact against their baselines."""
    from contactdesk.crm.field.checkout import checkout
    from contactdesk.crm.field.scope import Scope
    from contactdesk.store import db as store_db
    from contactdesk.store import field_sqlite
    from contactdesk.store.db import db
    from contactdesk.store.models import Contact
    from contactdesk.store.opening import open_database

    laptop = bench_server.fresh_file(out / "field-sync-laptop.sqlite")
    checkout(office, laptop, Scope(), host_name="bench")
    # Push: one operation per contact, made on the laptop.
    with db.atomic():
        Contact.update(city="Push " + Contact.no).execute()
    pending = field_sqlite.pending()
    ids = [(f"Base {c.no}", int(c.id)) for c in Contact.select(Contact.id, Contact.no)]
    store_db.close()
    push, result = _timed_sync(laptop)
    baseline = push_baseline(office, ids)  # after the push: its changes are pulled with the pull's below
    print(f"push result: {result}")
    _line(f"push of {pending} operations", push, pending, baseline)
    _line("  baseline executemany (office)", baseline, len(ids))
    bare = push_baseline(office, [(f"Bare {no}", i) for no, i in ids], change_log=False)
    _line("  the same without the change log", bare, len(ids), None)
    print(f"  (the office's change log costs the baseline {baseline - bare:.2f} s; the push pays it too)")
    # Pull: every contact changed in the office.
    open_database(office)
    with db.atomic():
        changed = Contact.update(city="Pull " + Contact.no).execute()
    store_db.close()
    baseline, read = pull_baseline(office, laptop, out / "field-sync-baseline.sqlite")
    pull, result = _timed_sync(laptop)
    print(f"pull result: {result}")
    _line(f"pull of {changed} changed rows", pull, changed, baseline)
    _line("  baseline read + executemany", baseline, read)


def main() -> None:
    """Build the office once, then measure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    bench_server.add_arguments(parser)
    parser.set_defaults(postgresql="auto")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"load {bench_server.load()}")
    with bench_server.server(args.postgresql, args.keep) as found:
        assert found is not None  # sync needs a PostgreSQL office
        name = f"contactdesk_bench_sync_{args.rows}"
        _source, built = found.cached(name, lambda url: bench_server.run_demo(url, args.rows))
        if built:
            print(f"office of {args.rows} contacts built in {built:.1f} s")
        office = found.copy(name, f"{name}_run")  # the sample office stays as built (--keep)
        measure(office, args.rows, args.out)


if __name__ == "__main__":
    main()
