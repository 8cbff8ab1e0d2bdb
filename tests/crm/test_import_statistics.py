"""A large import refreshes the planner's statistics of the tables it wrote (PostgreSQL), so the contacts list's
code columns and filters are planned for the new rows at once, not after autovacuum's next round."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import engines
from tests.office_logins import office_database

from contactdesk.crm.demo import load_demo
from contactdesk.crm.imports import check_import, read_source, run_import
from contactdesk.store.db import db

ROWS = 1000  # crm/imports/writer.py STATISTICS_FROM_ROWS: an import this large refreshes them
HEADER = "Name;Type;City;Post Code;Industry groups;Mailing groups\r\n"


def _file(tmp_path: Path, companies: int) -> Path:
    path = tmp_path / "many.csv"
    rows = (
        f"Firma {n} AS;Company;Oslo;{n:04d};{'RETAIL' if n % 2 else 'WHOLESALE'};NEWS\r\n" for n in range(companies)
    )
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def _analyzed() -> dict[str, tuple[bool, float]]:
    """Per table: ANALYZE has run (cumulative statistics), and the planner's row estimate (pg_class)."""
    db.execute_sql("SELECT pg_stat_clear_snapshot()")  # this transaction's cached view of the statistics
    rows = db.execute_sql(
        "SELECT s.relname, s.last_analyze IS NOT NULL, c.reltuples FROM pg_stat_user_tables s "
        "JOIN pg_class c ON c.oid = s.relid WHERE s.relname IN ('contact', 'contact_industry_group', "
        "'contact_mailing_group', 'contact_job_responsibility')"
    ).fetchall()
    return {str(name): (bool(done), float(tuples)) for name, done, tuples in rows}


@pytest.mark.postgresql_only
def test_a_large_import_leaves_fresh_planner_statistics(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load_demo(contacts=0)  # the sample codes
    result = run_import(check_import(read_source(_file(tmp_path, ROWS))))
    assert result.imported == ROWS
    found = _analyzed()
    assert found["contact"] == (True, float(ROWS))
    assert found["contact_industry_group"] == (True, float(ROWS))
    assert found["contact_mailing_group"] == (True, float(ROWS))
    assert found["contact_job_responsibility"][0], "every link table an import may write"


@pytest.mark.postgresql_only
def test_a_small_import_leaves_the_statistics_to_autovacuum(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load_demo(contacts=0)
    run_import(check_import(read_source(_file(tmp_path, 10))))
    assert not _analyzed()["contact"][0], "ANALYZE samples up to 30,000 rows: not worth it for a few"


@pytest.mark.postgresql_only
def test_an_office_login_s_large_import_refreshes_them_through_the_owner_s_function(
    demo_database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    with office_database(engines.current, capsys, monkeypatch) as office:
        office.work_as(office.admin)
        result = run_import(check_import(read_source(_file(tmp_path, ROWS))))
        assert result.imported == ROWS
        # Only a table's owner may ANALYZE it (PostgreSQL 15); the office's logins are not the owner.
        done, rows = _analyzed()["contact"]
        assert done and rows >= ROWS, "the sample contacts and the imported ones"
        office.psql(office.staff, "SELECT contactdesk_analyze_contacts()")  # staff may too (their import: an issue)
