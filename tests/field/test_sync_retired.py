"""A laptop whose registration an administrator removed (lost, stolen) can no longer sync: refused in one sentence,
nothing changed on either side, its unsent work saved to a file as for a laptop away too long (PostgreSQL only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.field.field_office import back_to_office, check_out, to_laptop
from tests.field.sync_office import laptop_one, office_sql

from contactdesk.crm.field import devices
from contactdesk.crm.field.errors import SyncRefusedError
from contactdesk.crm.field.sync import sync
from contactdesk.store import db as store_db
from contactdesk.store import field_sqlite

pytestmark = pytest.mark.postgresql_only


def _office() -> tuple[object, ...]:
    """What a sync could change in the office."""
    return (
        office_sql("SELECT COUNT(*), MAX(seq) FROM field_change")[0],
        office_sql("SELECT id, name, version FROM contact ORDER BY id"),
        office_sql("SELECT COUNT(*) FROM field_applied_op")[0],
        office_sql("SELECT COUNT(*) FROM field_sync_state")[0],
    )


def _laptop() -> tuple[object, ...]:
    """What a sync could change on the laptop."""
    return (
        field_sqlite.info(),
        field_sqlite.outbox_rows(),
        store_db.db.execute_sql("SELECT id, name, version FROM contact ORDER BY id").fetchall(),
    )


def test_a_retired_laptop_is_refused_changes_nothing_and_its_unsent_work_is_saved(
    demo_database: object, tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop.sqlite"
    result = check_out(tmp_path)
    contact = laptop_one("SELECT MAX(id) FROM contact")
    store_db.db.execute_sql("UPDATE contact SET name = 'Made on the road' WHERE id = ?", [contact])
    assert field_sqlite.pending() == 1
    back_to_office()
    devices.retire(result.device)
    office_sql("UPDATE contact SET name = 'Changed in the office' WHERE id = (SELECT MIN(id) FROM contact)")
    to_laptop(laptop)
    office_before, laptop_before = _office(), _laptop()
    with pytest.raises(SyncRefusedError) as refused:
        sync()
    assert refused.value.reason == "retired"
    assert "registration was removed in the office" in str(refused.value) and "check out again" in str(refused.value)
    assert "\n" not in str(refused.value)
    saved = Path(refused.value.export)
    assert saved.parent == tmp_path and saved.exists()
    content = json.loads(saved.read_text(encoding="utf-8"))
    assert [row["op_uuid"] for row in content["outbox"]] == [row["op_uuid"] for row in laptop_before[1]]
    assert "Made on the road" in json.dumps(content["outbox"])
    assert _office() == office_before and _laptop() == laptop_before


def test_a_laptop_still_registered_syncs_after_another_was_retired(demo_database: object, tmp_path: Path) -> None:
    lost = check_out(tmp_path, "lost").device
    check_out(tmp_path, "kept")
    back_to_office()
    devices.retire(lost)
    to_laptop(tmp_path / "kept.sqlite")
    assert sync().pushed == 0
    assert field_sqlite.info().get("last_sync_at")


def test_a_laptop_retired_while_its_sync_runs_is_refused_and_nothing_is_applied(
    demo_database: object, tmp_path: Path
) -> None:
    result = check_out(tmp_path)
    contact = laptop_one("SELECT MAX(id) FROM contact")
    store_db.db.execute_sql("UPDATE contact SET name = 'Sent too late' WHERE id = ?", [contact])
    laptop_before = _laptop()

    def retire_now(step: str, done: int, _total: int) -> bool:
        if step == "push" and done == 0:  # after the check, before the office is written to
            office_sql("DELETE FROM field_device WHERE id = %s", [result.device])
        return True

    with pytest.raises(SyncRefusedError) as refused:
        sync(progress=retire_now)
    assert refused.value.reason == "retired" and Path(refused.value.export).exists()
    assert _laptop() == laptop_before
    assert office_sql("SELECT COUNT(*) FROM contact WHERE name = 'Sent too late'")[0][0] == 0
    assert office_sql("SELECT COUNT(*) FROM field_applied_op")[0][0] == 0
