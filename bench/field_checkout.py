"""Checking a field laptop out of the office (issue 14 §4: 100,000 contacts under 30 s), beside the plain
whole-database copy (`office copy`) of the same office into a SQLite file, the baseline it builds on.

  python bench/field_checkout.py [--contacts 100000] [--postgresql ADMIN_URL|auto] [--keep] [--out bench/out]

The office is a PostgreSQL database with --contacts sample contacts (`contactdesk demo`; kept with --keep);
without --postgresql it is a SQLite file. Prints seconds of each and the ratio checkout/copy.
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


def measure(office: str, out: Path) -> None:
    """Time the baseline copy and the checkout of the whole office, one after the other."""
    from contactdesk.crm.field.checkout import checkout
    from contactdesk.crm.field.scope import Scope
    from contactdesk.crm.office_copy import copy_database
    from contactdesk.store import db as store_db

    start = time.perf_counter()
    copied = copy_database(office, bench_server.fresh_file(out / "field-baseline.sqlite"))
    baseline = time.perf_counter() - start
    store_db.close()
    start = time.perf_counter()
    result = checkout(office, bench_server.fresh_file(out / "field-laptop.sqlite"), Scope(), host_name="bench")
    ours = time.perf_counter() - start
    store_db.close()
    print(f"office copy (baseline): {baseline:.2f} s for {copied.rows} rows")
    print(f"field checkout (all):   {ours:.2f} s for {result.contacts} contacts  ratio {ours / baseline:.2f}")


def main() -> None:
    """Build the office once, then measure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    bench_server.add_arguments(parser)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"load {bench_server.load()}")
    with bench_server.server(args.postgresql, args.keep) as found:
        if found is None:
            office = args.out / f"field-office-{args.contacts}.sqlite"
            if not office.exists():
                bench_server.run_demo(str(office), args.contacts)
            measure(str(office), args.out)
            return
        url, built = found.cached(
            f"contactdesk_bench_field_{args.contacts}", lambda url: bench_server.run_demo(url, args.contacts)
        )
        if built:
            print(f"office of {args.contacts} contacts built in {built:.1f} s")
        measure(url, args.out)


if __name__ == "__main__":
    main()
