"""Pushing a field laptop's outbox to the office (issue 14 §4: 10,000 operations under 10 s, within 3× of a plain
executemany of the same rows into the same table on the same server).

  python bench/field_push.py --postgresql ADMIN_URL|auto [--ops 10000] [--contacts 10000] [--keep] [--out bench/out]

The office holds --contacts sample contacts. A laptop checked out of it changes the phone number of half
the operations' worth of contacts and adds as many new contacts (SQL, so making them costs nothing here);
the push sends them. The baseline writes the same rows with psycopg's executemany (INSERT and UPDATE)
into a fresh copy of the same office. Prints operations per second of each and the ratio.
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


def _office(url: str):  # type: ignore[no-untyped-def]
    from contactdesk.store.db import make_database
    from contactdesk.store.location import parse_location

    office = make_database(parse_location(url + ("&" if "?" in url else "?") + "sslmode=disable"))
    office.connect()
    return office


def _work_offline(ops: int) -> tuple[list[list[object]], list[str], list[list[object]]]:
    """On the bound laptop: ops/2 phone numbers changed, ops/2 new contacts; returns the rows for the baseline."""
    from contactdesk.store.db import db
    from contactdesk.store.models import Contact

    half = ops // 2
    columns = [f.column_name for f in Contact._meta.sorted_fields if f.column_name != "id"]
    picks = ", ".join(
        {"no": "'FX' || printf('%08d', id)", "uid": "lower(hex(randomblob(16)))"}.get(c, f'"{c}"') for c in columns
    )
    with db.atomic():
        db.execute_sql(
            f"UPDATE contact SET phone_no = '+47 ' || id, version = version + 1 "
            f"WHERE id IN (SELECT id FROM contact ORDER BY id LIMIT {half})"
        )
        db.execute_sql(
            f"INSERT INTO contact ({', '.join(columns)}) SELECT {picks} FROM contact ORDER BY id LIMIT {ops - half}"
        )
    updates = [[f"+47 {i}", i] for (i,) in db.execute_sql(f"SELECT id FROM contact ORDER BY id LIMIT {half}")]
    marks = ", ".join(f'"{c}"' for c in columns)
    inserts = [list(row) for row in db.execute_sql(f"SELECT {marks} FROM contact WHERE no LIKE 'FX%'")]
    return updates, columns, inserts


def _baseline(url: str, updates: list[list[object]], columns: list[str], inserts: list[list[object]]) -> float:
    """The same rows written with a plain executemany (one transaction), seconds."""
    import psycopg

    from contactdesk.store.models import Contact

    fields = [Contact._meta.columns[c] for c in columns]
    rows = [
        [None if v is None else f.db_value(f.python_value(v)) for f, v in zip(fields, row, strict=True)]
        for row in inserts
    ]
    with psycopg.connect(url + ("&" if "?" in url else "?") + "sslmode=disable") as connection:
        start = time.perf_counter()
        with connection.transaction(), connection.cursor() as cursor:
            cursor.executemany("UPDATE contact SET phone_no = %s, version = version + 1 WHERE id = %s", updates)
            marks = ", ".join("%s" for _ in columns)
            names = ", ".join(f'"{c}"' for c in columns)
            cursor.executemany(f"INSERT INTO contact ({names}) VALUES ({marks})", rows)
        return time.perf_counter() - start


def measure(server: bench_server.Server, source: str, ops: int, out: Path) -> None:
    """Check a laptop out of a copy of `source`, work offline, push; then the baseline on another copy."""
    from contactdesk.crm.field.checkout import checkout
    from contactdesk.crm.field.push import push
    from contactdesk.crm.field.scope import Scope
    from contactdesk.store import db as store_db
    from contactdesk.store import field_sqlite

    office_url = server.copy(source, f"{source}_push")
    checkout(
        office_url + "?sslmode=disable",
        bench_server.fresh_file(out / "field-push-laptop.sqlite"),
        Scope(),
        host_name="bench",
    )
    updates, columns, inserts = _work_offline(ops)
    pending = field_sqlite.pending()
    office = _office(office_url)
    start = time.perf_counter()
    outcome = push(office)
    ours = time.perf_counter() - start
    arrived = office.execute_sql("SELECT count(*) FROM contact WHERE no LIKE 'FX%%'").fetchone()[0]
    assert arrived == len(inserts) and field_sqlite.pending() == 0, (arrived, len(inserts))
    office.close()
    store_db.close()
    baseline = _baseline(server.copy(source, f"{source}_plain"), updates, columns, inserts)
    rows = len(updates) + len(inserts)
    print(f"executemany (baseline): {baseline:.2f} s for {rows} rows  {rows / baseline:,.0f} rows/s")
    print(
        f"field push:             {ours:.2f} s for {outcome.pushed} operations ({pending} in the outbox, "
        f"{outcome.conflicts} conflicts)  {outcome.pushed / ours:,.0f} ops/s  ratio {ours / baseline:.2f}"
    )


def main() -> None:
    """Build the office once, then measure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    bench_server.add_arguments(parser)
    args = parser.parse_args()
    if not args.postgresql:
        parser.error("a push needs a PostgreSQL office: give --postgresql ADMIN_URL or --postgresql auto")
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"load {bench_server.load()}")
    with bench_server.server(args.postgresql, args.keep) as found:
        assert found is not None
        name = f"contactdesk_bench_push_{args.contacts}"
        _url, built = found.cached(name, lambda url: bench_server.run_demo(url, args.contacts))
        if built:
            print(f"office of {args.contacts} contacts built in {built:.1f} s")
        measure(found, name, args.ops, args.out)


if __name__ == "__main__":
    main()
