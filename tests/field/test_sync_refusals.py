"""A sync that may not run refuses in one sentence and changes nothing: another schema, a SQLite office, no field
copy, a laptop away longer than the office keeps its changes (its unsent work saved to a file first)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.field.field_office import check_out
from tests.field.sync_office import cursor, laptop_one, office_one, office_sql

from contactdesk.crm.field.errors import SyncRefusedError
from contactdesk.crm.field.sync import sync
from contactdesk.store import field_change_log, field_laptop, field_sqlite
from contactdesk.store.migrations import LATEST

pytestmark = pytest.mark.postgresql_only


def _state(device: int) -> tuple[object, ...]:
    """Everything a sync could change on both sides."""
    office = office_sql(
        "SELECT d.last_sync_at, d.sync_cursor, (SELECT COUNT(*) FROM field_change), "
        "(SELECT COUNT(*) FROM field_number_block WHERE device_id = d.id) FROM field_device d WHERE d.id = %s",
        [device],
    )[0]
    laptop = (field_sqlite.info(), field_sqlite.pending(), laptop_one("SELECT group_concat(name) FROM contact"))
    return (*office, *laptop)


@pytest.mark.parametrize(("shift", "reason"), [(1, "schema_newer"), (-1, "schema_older")])
def test_an_office_at_another_schema_version_is_refused_and_nothing_changes(
    demo_database: object, tmp_path: Path, shift: int, reason: str
) -> None:
    result = check_out(tmp_path)
    office_sql("UPDATE contact SET name = 'Waiting' WHERE id = (SELECT MIN(id) FROM contact)")
    office_sql("UPDATE schema_version SET version = %s", [LATEST + shift])
    before = _state(result.device)
    with pytest.raises(SyncRefusedError) as refused:
        sync()
    assert refused.value.reason == reason and str(LATEST + shift) in str(refused.value)
    assert _state(result.device) == before


def test_a_sqlite_office_is_refused(demo_database: object, tmp_path: Path) -> None:
    check_out(tmp_path)
    field_laptop.set_info({"office_url": str(tmp_path / "office.sqlite")})
    with pytest.raises(SyncRefusedError) as refused:
        sync()
    assert refused.value.reason == "sqlite_office" and "PostgreSQL" in str(refused.value)


def test_an_unreachable_office_is_refused_in_one_sentence(demo_database: object, tmp_path: Path) -> None:
    check_out(tmp_path)
    field_laptop.set_info({"office_url": "postgresql://nobody@127.0.0.1:1/nothing"})
    with pytest.raises(SyncRefusedError) as refused:
        sync()
    assert refused.value.reason == "unreachable" and "\n" not in str(refused.value)


def test_a_laptop_away_too_long_must_check_out_again_and_its_unsent_work_is_saved(
    demo_database: object, tmp_path: Path
) -> None:
    result = check_out(tmp_path)
    office_sql("UPDATE contact SET name = 'Changed since' WHERE id = (SELECT MIN(id) FROM contact)")
    office_sql(f"SELECT {field_change_log.PRUNE}()")  # the office keeps its retention from its first prune
    office_sql("UPDATE field_sync_state SET retention_days = 0")
    # A change made on the laptop and not sent yet.
    field_laptop_id = laptop_one("SELECT MAX(id) FROM contact")
    from contactdesk.store import db as store_db

    store_db.db.execute_sql("UPDATE contact SET name = 'Made on the road' WHERE id = ?", [field_laptop_id])
    assert field_sqlite.pending() == 1
    laptop_before = (field_sqlite.info(), field_sqlite.outbox_rows())
    with pytest.raises(SyncRefusedError) as refused:
        sync()
    assert refused.value.reason == "expired" and "check out" in str(refused.value)
    saved = Path(refused.value.export)
    assert saved.parent == tmp_path and saved.exists()
    content = json.loads(saved.read_text(encoding="utf-8"))
    assert [row["op_uuid"] for row in content["outbox"]] == [row["op_uuid"] for row in laptop_before[1]]
    assert "Made on the road" in json.dumps(content["outbox"])
    assert (field_sqlite.info(), field_sqlite.outbox_rows()) == laptop_before  # the laptop as it was
    assert office_one("SELECT pruned_below FROM field_sync_state") > cursor()
    assert office_one("SELECT last_sync_at FROM field_device WHERE id = %s", [result.device]) is None
