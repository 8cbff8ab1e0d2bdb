"""m0013: an older office gets the device and number-block tables on opening, granted to staff."""

from __future__ import annotations

import pytest
from tests import engines
from tests.office_logins import Office

from contactdesk.store import db as store_db
from contactdesk.store.models import FieldDevice, FieldNumberBlock, SchemaVersion
from contactdesk.store.opening import OpenedDatabase, open_database


def _as_version_12() -> None:
    for table in ("field_applied_op", "field_push_result", "field_change", "field_sync_state"):
        store_db.db.execute_sql(f'DROP TABLE "{table}"')
    store_db.db.execute_sql('DROP TABLE "field_number_block"')
    store_db.db.execute_sql('DROP TABLE "field_device"')
    SchemaVersion.update(version=12).execute()
    store_db.close()


def test_an_older_database_gets_the_field_tables(demo_database: OpenedDatabase) -> None:
    _as_version_12()
    open_database(engines.current)
    assert FieldDevice.select().count() == 0 and FieldNumberBlock.select().count() == 0
    assert SchemaVersion.get().version >= 13


@pytest.mark.postgresql_only
def test_the_tables_an_upgrade_adds_are_granted_to_staff(office: Office) -> None:
    _as_version_12()
    open_database(office.url)
    office.psql(
        office.staff,
        "WITH d AS (INSERT INTO field_device (login, host_name, checked_out_at, scope, schema_version) "
        "VALUES (current_user, 'pc', now(), 'all', 13) RETURNING id) "
        "INSERT INTO field_number_block (device_id, series, first_number, last_number) SELECT id, 'CONT', 1, 2 FROM d",
    )
