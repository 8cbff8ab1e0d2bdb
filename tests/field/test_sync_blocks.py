"""A sync tops up a block of numbers running low, and a staff login may sync (only what staff may do)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.field.sync_office import laptop_one, office_one, office_sql
from tests.office_logins import Office, as_login

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.field.checkout import checkout
from contactdesk.crm.field.scope import Scope
from contactdesk.crm.field.sync import sync
from contactdesk.store import db as store_db
from contactdesk.store import field_sqlite
from contactdesk.store.models.field import ENTRY_SERIES

pytestmark = pytest.mark.postgresql_only


def _use_up(series: str) -> None:
    """As if the laptop had handed out all but one number of the series' block (and sent what it made)."""
    first, last = field_sqlite.blocks()[series]
    if series == ENTRY_SERIES:
        store_db.db.execute_sql(
            "UPDATE interaction_log_entry SET entry_no = ? WHERE id = (SELECT MIN(id) FROM interaction_log_entry)",
            [last],
        )
    else:
        store_db.db.execute_sql("UPDATE number_series SET last_number = ? WHERE code = ?", [last - 1, series])
    store_db.db.execute_sql("DELETE FROM outbox")


def _blocks_in_office(device: int, series: str) -> list[tuple[int, int]]:
    rows = office_sql(
        "SELECT first_number, last_number FROM field_number_block WHERE device_id = %s AND series = %s ORDER BY id",
        [device, series],
    )
    return [(int(a), int(b)) for a, b in rows]


def _sync_tops_up(url: str, tmp_path: Path) -> None:
    result = checkout(url, tmp_path / "laptop.sqlite", Scope(), host_name="field-pc", block_size=10)
    old = field_sqlite.blocks()
    _use_up("CONT")
    _use_up(ENTRY_SERIES)
    assert sync().pushed == 0
    new = field_sqlite.blocks()
    for series in ("CONT", ENTRY_SERIES):
        assert new[series] != old[series] and new[series][0] > old[series][1]
        assert _blocks_in_office(result.device, series) == [old[series], new[series]]
    assert new["SEG"] == old["SEG"]  # not running low: kept
    assert int(office_one("SELECT last_number FROM number_series WHERE code = 'CONT'")) >= new["CONT"][1]
    no = contacts.create_contact(ContactData(name="After the top-up"))
    assert no.endswith(str(new["CONT"][0]))
    assert field_sqlite.pending() == 1  # the new contact only: the top-up's own writes are no outbox rows
    assert laptop_one("SELECT COUNT(*) FROM field_block") == len(old)


def test_a_block_running_low_is_topped_up_by_the_sync(demo_database: object, tmp_path: Path) -> None:
    from tests import engines

    _sync_tops_up(engines.current, tmp_path)


def test_a_staff_login_syncs_and_tops_up_its_blocks(office: Office, tmp_path: Path) -> None:
    _sync_tops_up(as_login(office.url, office.staff), tmp_path)
    store_db.db.execute_sql("DELETE FROM outbox")
    office_sql("UPDATE contact SET name = 'Office news' WHERE id = (SELECT MIN(id) FROM contact)")
    assert sync().pulled == 1
    assert laptop_one("SELECT name FROM contact WHERE id = (SELECT MIN(id) FROM contact)") == "Office news"
    login = office_one("SELECT login FROM field_device ORDER BY id DESC LIMIT 1")
    assert login == office.staff
