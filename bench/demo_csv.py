"""A CSV export of a demo database, made once and kept in bench/out, for the import benches to read."""

from __future__ import annotations

from pathlib import Path


def remove_sqlite(path: Path | str) -> None:
    """Delete an SQLite file with its -wal and -shm companions, so the next run starts from nothing."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def demo_csv(out: Path, name: str, rows: int) -> Path:
    """out/NAME-ROWS.csv: `rows` demo contacts (seed 1) exported as CSV; built only when it is not there yet."""
    from contactdesk.crm.demo import load_demo
    from contactdesk.crm.exports import export_contacts
    from contactdesk.store import db as store_db
    from contactdesk.store.opening import open_database

    csv_file = out / f"{name}-{rows}.csv"
    if not csv_file.exists():
        source = out / f"{name}-source.sqlite"
        remove_sqlite(source)
        open_database(source, create=True)
        load_demo(contacts=rows, seed=1)
        export_contacts(csv_file)
        store_db.close()
    return csv_file
