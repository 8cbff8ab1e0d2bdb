"""A large file imports in bounded memory: rows are streamed, not held (bench/import_contacts.py measures it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests import engines

from contactdesk.crm import contacts

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux only"),
]

ROWS = 80_000
LISTED = 10_000  # contactdesk.crm.imports.results.LISTED: the problems a check keeps to show
# The address space the import may use in all: the interpreter with our modules takes ~40 MB of it,
# streaming needs ~40 MB more for 80,000 rows. Holding the rows (as before) needed ~350 MB.
LIMIT_MB = 200

CHILD = """
import resource, sys
limit = int(sys.argv[3]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from contactdesk.cli import main
from contactdesk.store.opening import open_database
from contactdesk.store import db
open_database(sys.argv[2], create=True)  # only `demo` and the GUI make databases; the import needs one
db.close()
sys.exit(main(sys.argv[4:] + [sys.argv[1], "--db", sys.argv[2], "--json"]))
"""


def _write_csv(path: Path, rows: int, email: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Name,E-mail,Phone,City\r\n")
        for index in range(rows):
            handle.write(f"Anna Berg {index},{email.format(index)},+31 20 {index:07d},Amsterdam\r\n")


def _import_capped(path: Path, db: str, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(path), db, str(LIMIT_MB), "import-contacts", *options],
        capture_output=True,
        text=True,
        timeout=600,
    )


def _count(db: str) -> int:
    return engines.count(db, "contact")


def test_a_large_file_imports_within_a_memory_cap(tmp_path: Path) -> None:
    path = tmp_path / "large.csv"
    _write_csv(path, ROWS, "anna.{}@example.com")
    db = engines.new_database(tmp_path, "office")
    result = _import_capped(path, db)
    assert result.returncode == 0, result.stderr[-2000:]
    assert '"imported": 80000' in result.stdout
    assert _count(db) == ROWS
    assert engines.rows(db, "SELECT count(DISTINCT no), count(DISTINCT email) FROM contact") == [(ROWS, ROWS)]
    with engines.opened(db):  # the search finds them all: its index (SQLite's FTS table) was filled too
        assert contacts.count_contacts("amsterdam") == ROWS


def test_a_large_file_where_every_row_is_wrong_reports_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    _write_csv(path, ROWS, "anna.{}@@example")
    db = engines.new_database(tmp_path, "office")
    result = _import_capped(path, db)
    assert result.returncode == 1, result.stderr[-2000:]
    payload = json.loads(result.stdout)
    assert payload["problem_count"] == ROWS and len(payload["problems"]) == LISTED
    assert payload["problems"][-1]["row"] == LISTED + 1  # the first ones, in row order
    assert (payload["imported"], payload["skipped"]) == (0, ROWS)
    assert _count(db) == 0
