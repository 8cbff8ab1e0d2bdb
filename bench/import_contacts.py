"""Importing a large CSV file: read + check + write of N rows, against a per-row baseline.

  python bench/import_contacts.py [--rows 100000] [--baseline-rows 2000] [--out bench/out]

The CSV files come from demo data: a database with N sample contacts is exported in our own layout
(UTF-8 with BOM, ';') and rewritten in Outlook's layout (Windows-1252, ',', country names, people linked
to their company by its name). Each is imported into a fresh database that has the
sample setup (salespeople) but no contacts. The baseline feeds the same rows through the contact
card's service, create_contact(), one row at a time in one transaction — what an import without
bulk writes would do. Prints seconds, rows/s and the ratio (ours / baseline rows per second).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

OUTLOOK = {"First Name": "First Name", "Last Name": "Surname", "Company": "Company Name", "Job Title": "Job Title",
           "Business Street": "Address", "Business City": "City", "Business Postal Code": "Post Code",
           "Business Country/Region": "Country/Region Code", "Business Phone": "Phone No.",
           "Mobile Phone": "Mobile Phone No.", "E-mail Address": "E-mail", "Web Page": "Home Page"}
COUNTRY_NAMES = {"NL": "Nederland", "NO": "Norge", "GB": "United Kingdom"}


def fresh_database(path: Path) -> None:
    """A new database file with the sample setup and no contacts."""
    from contactdesk.crm.demo import load_demo
    from contactdesk.store import db as store_db
    from contactdesk.store.opening import open_database

    store_db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(path, create=True)
    load_demo(contacts=0)


def make_files(rows: int, out: Path) -> tuple[Path, Path]:
    """Our own CSV and an Outlook CSV with `rows` contacts from demo data (kept between runs)."""
    own, outlook = out / f"contacts-{rows}.csv", out / f"outlook-{rows}.csv"
    if own.exists() and outlook.exists():
        return own, outlook
    from contactdesk.crm.demo import load_demo
    from contactdesk.crm.exports import export_contacts

    fresh_database(out / "source.sqlite")
    load_demo(contacts=rows, seed=1)
    started = time.perf_counter()
    export_contacts(own)
    print(f"export {rows} contacts to CSV: {time.perf_counter() - started:.1f} s")
    with own.open(encoding="utf-8-sig", newline="") as source, \
            outlook.open("w", encoding="cp1252", errors="replace", newline="") as target:
        writer = csv.writer(target, lineterminator="\r\n")
        writer.writerow(list(OUTLOOK))
        for record in csv.DictReader(source, delimiter=";"):
            if record["Type"] == "Company":
                # A company-only entry (no first or last name) imports as a company; its people link to it.
                record["Company Name"] = record["Name"]
            record["Country/Region Code"] = COUNTRY_NAMES.get(record["Country/Region Code"], "")
            writer.writerow([record[ours].lstrip("'") for ours in OUTLOOK.values()])
    return own, outlook


def ours(path: Path, database: Path) -> tuple[float, int, dict[str, float]]:
    """Read, check and write the whole file; seconds, rows, and the time of each step."""
    from contactdesk.crm.imports import check_import, read_source, run_import

    fresh_database(database)
    started = time.perf_counter()
    source = read_source(path)
    read = time.perf_counter()
    check = check_import(source)
    checked = time.perf_counter()
    result = run_import(check, "add", skip_bad=True)
    done = time.perf_counter()
    assert not check.problems, check.problems[:3]
    steps = {"read": read - started, "check": checked - read, "write": done - checked}
    return done - started, result.imported + result.companies_created, steps


def baseline(path: Path, database: Path, count: int) -> float:
    """Rows per second of create_contact() per row, on the first `count` rows."""
    from contactdesk.crm import contacts
    from contactdesk.crm.imports import check_import, read_source
    from contactdesk.store.db import write_transaction

    fresh_database(database)
    source = read_source(path)
    source.rows = [row for row in source.rows if row[1] == "Company"][:count]
    check = check_import(source)
    started = time.perf_counter()
    with write_transaction():
        for row in check.rows:
            row.data.no = ""
            contacts.create_contact(row.data)
    return len(check.rows) / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--baseline-rows", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    own, outlook = make_files(args.rows, args.out)
    reference = baseline(own, args.out / "baseline.sqlite", args.baseline_rows)
    print(f"baseline create_contact() per row: {reference:,.0f} rows/s "
          f"(100,000 rows would take {100_000 / reference:.0f} s)")
    for label, path in (("own layout, UTF-8 BOM ';'", own), ("Outlook layout, Windows-1252 ','", outlook)):
        seconds, rows, steps = ours(path, args.out / "import.sqlite")
        detail = ", ".join(f"{name} {value:.1f} s" for name, value in steps.items())
        print(f"{label}: {rows:,} contacts in {seconds:.1f} s = {rows / seconds:,.0f} rows/s ({detail}); "
              f"{rows / seconds / reference:.1f}× the baseline; limit 20 s: {'OK' if seconds < 20 else 'TOO SLOW'}")
    from contactdesk.store import db as store_db

    store_db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
