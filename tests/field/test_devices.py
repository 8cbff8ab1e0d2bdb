"""The office administrator's field laptops: the list (last sync, blocks, past the retention), the retention, and
retiring a lost laptop; staff may only look (PostgreSQL enforces it)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from tests import engines
from tests.field.field_office import back_to_office, check_out
from tests.office_logins import office_database

from contactdesk.crm.field import devices
from contactdesk.crm.field.errors import FieldAdminError
from contactdesk.store.migrations import LATEST
from contactdesk.store.models import FieldDevice, FieldNumberBlock, FieldSyncState, NumberSeries
from contactdesk.store.models.base import utcnow


def test_the_office_lists_each_laptop_with_its_blocks_and_no_sync_yet(demo_database: object, tmp_path: Path) -> None:
    first = check_out(tmp_path, "first")
    second = check_out(tmp_path, "second")
    back_to_office()
    found = devices.laptops()
    assert [laptop.device for laptop in found] == [first.device, second.device]
    laptop = found[0]
    assert (laptop.host, laptop.scope, laptop.schema_version) == ("field-pc", "all", LATEST)
    assert laptop.login == FieldDevice.get_by_id(first.device).login
    assert laptop.last_sync is None and not laptop.expired
    assert laptop.blocks == first.blocks and found[1].blocks == second.blocks


def test_a_top_up_block_replaces_the_used_one_in_the_list(demo_database: object, tmp_path: Path) -> None:
    result = check_out(tmp_path)
    back_to_office()
    series, (first, last) = next(iter(result.blocks.items()))
    FieldNumberBlock.create(device=result.device, series=series, first_number=last + 5000, last_number=last + 5999)
    assert devices.laptops()[0].blocks[series] == (last + 5000, last + 5999)


def test_a_laptop_past_the_retention_is_marked_expired(demo_database: object, tmp_path: Path) -> None:
    never = check_out(tmp_path, "never").device
    synced = check_out(tmp_path, "synced").device
    fresh = check_out(tmp_path, "fresh").device
    back_to_office()
    FieldSyncState.create(retention_days=30, pruned_below=500)
    now = utcnow()
    # Never synced and checked out longer ago than the retention; synced, but the office pruned past its cursor.
    FieldDevice.update(checked_out_at=now - timedelta(days=31)).where(FieldDevice.id == never).execute()
    FieldDevice.update(last_sync_at=now, sync_cursor=499).where(FieldDevice.id == synced).execute()
    FieldDevice.update(last_sync_at=now, sync_cursor=500).where(FieldDevice.id == fresh).execute()
    expired = {laptop.device: laptop.expired for laptop in devices.laptops()}
    assert expired == {never: True, synced: True, fresh: False}
    last = devices.laptops()[2].last_sync
    assert last is not None and abs(last - now) < timedelta(seconds=1)


def test_the_retention_is_read_and_set_and_a_value_out_of_range_is_refused(database: object) -> None:
    assert devices.retention() == devices.Retention(90, 0)
    assert devices.set_retention(30) == devices.Retention(30, 0)
    assert devices.set_retention(3650).retention_days == 3650
    for days in (6, 3651, 0, -5):
        with pytest.raises(FieldAdminError) as refused:
            devices.set_retention(days)
        assert refused.value.reason == "days" and str(days) in str(refused.value)
        assert "\n" not in str(refused.value)
    assert devices.retention().retention_days == 3650
    assert FieldSyncState.select().count() == 1


def test_retiring_a_laptop_removes_it_and_its_blocks_and_numbers_stay_used(
    demo_database: object, tmp_path: Path
) -> None:
    lost = check_out(tmp_path, "lost").device
    kept = check_out(tmp_path, "kept").device
    back_to_office()
    series = {str(s.code): int(s.last_number) for s in NumberSeries.select()}
    devices.retire(lost)
    assert [laptop.device for laptop in devices.laptops()] == [kept]
    assert not FieldNumberBlock.select().where(FieldNumberBlock.device == lost).exists()
    assert FieldNumberBlock.select().where(FieldNumberBlock.device == kept).exists()
    assert {str(s.code): int(s.last_number) for s in NumberSeries.select()} == series
    with pytest.raises(FieldAdminError) as refused:
        devices.retire(lost)
    assert refused.value.reason == "no_device" and str(lost) in str(refused.value)


@pytest.mark.postgresql_only
def test_staff_see_the_laptops_but_only_an_administrator_sets_the_retention_or_retires(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with office_database(engines.current, capsys, monkeypatch) as office:
        device = check_out(tmp_path).device
        office.work_as(office.staff)
        assert [laptop.device for laptop in devices.laptops()] == [device]
        assert devices.retention().retention_days == 90
        for action in (lambda: devices.set_retention(30), lambda: devices.retire(device)):
            with pytest.raises(FieldAdminError) as refused:
                action()
            assert refused.value.reason == "not_admin" and "administrator" in str(refused.value)
        assert devices.retention().retention_days == 90
        assert [laptop.device for laptop in devices.laptops()] == [device]
        office.work_as(office.admin)
        assert devices.set_retention(30).retention_days == 30
        devices.retire(device)
        assert devices.laptops() == []


def test_a_retired_laptops_entry_numbers_are_never_given_again(demo_database: object, tmp_path: Path) -> None:
    from contactdesk.store.db import db
    from contactdesk.store.field_numbers import next_entry_number
    from contactdesk.store.models.field import ENTRY_SERIES

    check_out(tmp_path, "kept")
    back_to_office()
    lost = check_out(tmp_path, "lost")  # the newest, so it holds the highest entry block
    back_to_office()
    devices.retire(lost.device)
    with db.atomic():
        # It may have printed those numbers on letters it never sent: the office stays above them.
        assert next_entry_number() > lost.blocks[ENTRY_SERIES][1]
