"""Importing a large CSV file: speed of read + check + write of N rows against a per-row baseline, and
the peak memory of importing a ~50 MB file of ~800,000 rows against holding its rows in memory.

  python bench/import_contacts.py [--rows 100000] [--baseline-rows 2000] [--memory-rows 807902] [--out bench/out]

The CSV files come from demo data: a database with N sample contacts is exported in our own layout
(UTF-8 with BOM, ';') and rewritten in Outlook's layout (Windows-1252, ',', country names, people linked
to their company by its name). Each is imported into a fresh database that has the
sample setup (salespeople) but no contacts. The baseline feeds the same rows through the contact
card's service, create_contact(), one row at a time in one transaction — what an import without
bulk writes would do. Prints seconds, rows/s and the ratio (ours / baseline rows per second).

Memory: a CSV of --memory-rows short rows (name, e-mail, phone, city: ~66 bytes a row, 807,902 rows
= 50 MB, the file of the hardening issue) is imported in a fresh process, which reports its peak
resident memory (getrusage ru_maxrss). The baseline process only reads the file into a list of rows,
as the import did before streaming (its first step; that import peaked at 3.0 GB here, 3.56 GB in the
issue). Pass --memory-rows 0 to skip.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

OUTLOOK = {
    "First Name": "First Name",
    "Last Name": "Surname",
    "Company": "Company Name",
    "Job Title": "Job Title",
    "Business Street": "Address",
    "Business City": "City",
    "Business Postal Code": "Post Code",
    "Business Country/Region": "Country/Region Code",
    "Business Phone": "Phone No.",
    "Mobile Phone": "Mobile Phone No.",
    "E-mail Address": "E-mail",
    "Web Page": "Home Page",
}
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
    with (
        own.open(encoding="utf-8-sig", newline="") as source,
        outlook.open("w", encoding="cp1252", errors="replace", newline="") as target,
    ):
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
    """Rows per second of create_contact() per row, on the first `count` company rows."""
    from contactdesk.crm import contacts
    from contactdesk.crm.imports import check_import, read_source
    from contactdesk.crm.imports import records as r
    from contactdesk.store.db import write_transaction

    fresh_database(database)
    companies = path.with_name(f"companies-{count}.csv")
    with (
        path.open(encoding="utf-8-sig", newline="") as source,
        companies.open("w", encoding="utf-8", newline="") as target,
    ):
        reader, writer = csv.reader(source, delimiter=";"), csv.writer(target, delimiter=";")
        writer.writerow(next(reader))
        writer.writerows([row for row in reader if row[1] == "Company"][:count])
    check = check_import(read_source(companies))
    rows = [r.decode(record) for record in check.records()]
    started = time.perf_counter()
    with write_transaction():
        for row in rows:
            row.data.no = ""
            contacts.create_contact(row.data)
    return len(rows) / (time.perf_counter() - started)


def memory_file(rows: int, out: Path) -> Path:
    """Short rows like the issue's file: a name, an e-mail address, a phone number and a city."""
    path = out / f"memory-{rows}.csv"
    if path.exists():
        return path
    rng = random.Random(1)
    first = ["Anna", "Bram", "Kari", "Per", "Jan", "Ingrid", "Ola", "Sofie", "Lars", "Emma", "Noah", "Lotte"]
    last = ["Jansen", "de Vries", "Hansen", "Berg", "Visser", "Dijk", "Olsen", "Bakker", "Smit", "Nilsen"]
    cities = ["Amsterdam", "Oslo", "Utrecht", "Bergen", "Delft", "Ålesund", "Haarlem", "Trondheim"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Name,E-mail,Phone,City\r\n")
        for index in range(rows):
            given, family = rng.choice(first), rng.choice(last)
            handle.write(
                f"{given} {family} {index},{given.lower()}.{index}@example.com,+31 20 {index:07d},"
                f"{rng.choice(cities)}\r\n"
            )
    return path


# Run in a fresh process each, so one's memory cannot hide in the other's peak.
_PEAK = """
import csv, json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from contactdesk.store.opening import open_database
open_database(sys.argv[2])
from contactdesk.crm.imports import check_import, read_source, run_import
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
if sys.argv[4] == "ours":
    result = run_import(check_import(read_source(sys.argv[1])))
    count = result.imported
else:
    with open(sys.argv[1], encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    count = len(rows) - 1
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rows": count, "before": before / 1024, "peak": peak / 1024,
                  "seconds": time.perf_counter() - started}))
"""


def peak_memory(path: Path, database: Path, kind: str) -> dict[str, float]:
    """Peak resident memory (MB, Linux's ru_maxrss in KB) of a fresh process importing or just reading the file."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, str(path), str(database), str(ROOT / "src"), kind],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout))


def memory(rows: int, out: Path) -> None:
    """Print our peak memory beside the baseline's."""
    path = memory_file(rows, out)
    size = path.stat().st_size / 1024 / 1024
    ours_ = peak_memory(path, out / "memory.sqlite", "ours")
    held = peak_memory(path, out / "memory.sqlite", "held")
    print(
        f"memory, {ours_['rows']:,} rows ({size:.0f} MB): import peaks at {ours_['peak']:,.0f} MB "
        f"(interpreter {ours_['before']:,.0f} MB; {ours_['seconds']:.0f} s); holding the rows alone peaks at "
        f"{held['peak']:,.0f} MB, {held['peak'] / ours_['peak']:.1f}× ours (the import before streaming: "
        f"3,022 MB); limit 400 MB: {'OK' if ours_['peak'] < 400 else 'TOO MUCH'}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--baseline-rows", type=int, default=2000)
    parser.add_argument("--memory-rows", type=int, default=807_902)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.memory_rows:
        # First, while this process is small: Linux counts a parent's resident memory at fork into the
        # child's ru_maxrss, which would hide a child peak below it.
        memory(args.memory_rows, args.out)
    own, outlook = make_files(args.rows, args.out)
    reference = baseline(own, args.out / "baseline.sqlite", args.baseline_rows)
    print(
        f"baseline create_contact() per row: {reference:,.0f} rows/s "
        f"(100,000 rows would take {100_000 / reference:.0f} s)"
    )
    for label, path in (("own layout, UTF-8 BOM ';'", own), ("Outlook layout, Windows-1252 ','", outlook)):
        seconds, rows, steps = ours(path, args.out / "import.sqlite")
        detail = ", ".join(f"{name} {value:.1f} s" for name, value in steps.items())
        print(
            f"{label}: {rows:,} contacts in {seconds:.1f} s = {rows / seconds:,.0f} rows/s ({detail}); "
            f"{rows / seconds / reference:.1f}× the baseline; limit 20 s: {'OK' if seconds < 20 else 'TOO SLOW'}"
        )
    from contactdesk.store import db as store_db

    store_db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
