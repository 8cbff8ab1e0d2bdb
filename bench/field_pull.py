"""A field laptop's pull of 10,000 rows changed in the office (issue 14 §4: under 10 s over loopback), beside a
plain read of the same rows from the office and an `executemany` UPDATE of them into the same laptop table
(outbox triggers paused in both).

  python bench/field_pull.py [--contacts 10000] [--postgresql ADMIN_URL|auto] [--keep] [--out bench/out]

The office is a PostgreSQL database with --contacts sample contacts (`contactdesk demo`). A laptop is checked
out (scope all), every contact is changed in the office in one statement, then the laptop syncs (empty outbox:
the sync is the pull). Prints seconds, rows per second, and the ratio to the plain baseline.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import bench_server  # noqa: E402


def _change_every_contact(url: str, tag: str) -> int:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        cursor = connection.execute("UPDATE contact SET city = %s", [tag])
        return int(cursor.rowcount)


def _baseline(url: str) -> float:
    """Read the contacts from the office and write them into the laptop's table with one executemany."""
    from contactdesk.crm.field.office_link import open_office
    from contactdesk.store import field_laptop, field_pull
    from contactdesk.store.db import db
    from contactdesk.store.models import Contact

    office = open_office(url)
    fields = Contact._meta.sorted_fields
    start = time.perf_counter()
    keys = [row[0] for row in office.execute_sql("SELECT id FROM contact").fetchall()]
    rows = field_pull.read_rows(office, Contact, keys)
    sets = ", ".join(f'"{f.column_name}" = ?' for f in fields)
    # The laptop's outbox triggers paused as the pull pauses them: the baseline is the plain write.
    with db.atomic(), field_laptop.outbox_paused():
        db.cursor().executemany(
            f'UPDATE "contact" SET {sets} WHERE "id" = ?',
            [[f.db_value(v) for f, v in zip(fields, row, strict=True)] + [row[0]] for row in rows.values()],
        )
        db.execute_sql("DELETE FROM outbox")
    office.close()
    return time.perf_counter() - start


def measure(office: str, out: Path) -> None:
    """Check out, change every contact in the office, time the sync, then the baseline."""
    from contactdesk.crm.field.checkout import checkout
    from contactdesk.crm.field.scope import Scope
    from contactdesk.crm.field.sync import sync
    from contactdesk.store import db as store_db

    checkout(office, bench_server.fresh_file(out / "field-pull-laptop.sqlite"), Scope(), host_name="bench")
    changed = _change_every_contact(office, f"Pulled {time.time():.0f}")
    start = time.perf_counter()
    result = sync()
    ours = time.perf_counter() - start
    _change_every_contact(office, "Baseline")
    baseline = _baseline(office)
    store_db.close()
    print(f"changed in the office: {changed} contacts")
    print(f"field sync (pull):     {ours:.2f} s for {result.pulled} rows  {result.pulled / ours:,.0f} rows/s")
    print(f"plain read + executemany (baseline): {baseline:.2f} s  {changed / baseline:,.0f} rows/s")
    print(f"ratio pull/baseline: {ours / baseline:.2f}")


def main() -> None:
    """Build the office once, then measure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    bench_server.add_arguments(parser)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"load {bench_server.load()}")
    with bench_server.server(args.postgresql or "auto", args.keep) as found:
        assert found is not None, "the pull needs a PostgreSQL office"
        url, built = found.cached(
            f"contactdesk_bench_field_pull_{args.contacts}", lambda url: bench_server.run_demo(url, args.contacts)
        )
        if built:
            print(f"office of {args.contacts} contacts built in {built:.1f} s")
        measure(url, args.out)


if __name__ == "__main__":
    main()
