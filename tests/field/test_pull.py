"""The pull: the office's changes reach the laptop (update, insert in scope, delete), and never one too few or
too many (a transaction that commits out of order, the laptop's own echoes). PostgreSQL only: sync needs it."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from tests import engines
from tests.field.field_office import check_out
from tests.field.sync_office import cursor, laptop_one, office_contact, office_one, office_sql

from contactdesk.crm.field.errors import SyncCancelledError
from contactdesk.crm.field.scope import Scope
from contactdesk.crm.field.sync import sync
from contactdesk.crm.users import current_user
from contactdesk.store import field_sqlite
from contactdesk.store.models import AppUser, Contact, FieldDevice

pytestmark = pytest.mark.postgresql_only


def _two_contacts() -> tuple[int, int]:
    rows = office_sql("SELECT id FROM contact WHERE company_id IS NULL ORDER BY id LIMIT 2")
    return int(rows[0][0]), int(rows[1][0])


def _name(contact: int) -> str:
    return str(laptop_one("SELECT name FROM contact WHERE id = ?", [contact]))


def test_an_office_update_reaches_the_laptop_and_leaves_no_outbox_row(demo_database: object, tmp_path: Path) -> None:
    result = check_out(tmp_path)
    first, _second = _two_contacts()
    office_sql("UPDATE contact SET name = 'Changed in the office' WHERE id = %s", [first])
    done = sync()
    assert (done.pushed, done.pulled, done.conflicts) == (0, 1, 0)
    assert _name(first) == "Changed in the office"
    assert field_sqlite.pending() == 0  # the pull's own writes are not sent back
    device = office_sql("SELECT last_sync_at, sync_cursor FROM field_device WHERE id = %s", [result.device])[0]
    assert device[0] is not None and device[1] == cursor()
    assert field_sqlite.info()["last_sync_at"]


def test_a_sync_with_nothing_to_do_pulls_nothing(demo_database: object, tmp_path: Path) -> None:
    check_out(tmp_path)
    assert sync().as_json() == {"pushed": 0, "pulled": 0, "conflicts": 0}
    assert sync().as_json() == {"pushed": 0, "pulled": 0, "conflicts": 0}


def test_a_new_office_contact_comes_and_a_deleted_one_goes(demo_database: object, tmp_path: Path) -> None:
    check_out(tmp_path)
    new = office_contact("Made in the office")
    assert sync().pulled == 1
    assert _name(new) == "Made in the office"
    office_sql("DELETE FROM contact WHERE id = %s", [new])
    assert sync().pulled == 1
    assert laptop_one("SELECT COUNT(*) FROM contact WHERE id = ?", [new]) == 0
    assert field_sqlite.pending() == 0


def test_a_new_contact_outside_the_laptops_scope_is_not_taken(demo_database: object, tmp_path: Path) -> None:
    person = Contact.select().where(Contact.salesperson.is_null(False)).first()
    mine = str(person.salesperson_id)
    others = office_sql("SELECT code FROM salesperson WHERE code <> %s LIMIT 1", [mine])[0][0]
    AppUser.create(login=current_user(), salesperson=mine, role="admin")
    check_out(tmp_path, scope=Scope("mine"))
    ours = office_contact("Mine", mine)
    theirs = office_contact("Not mine", others)
    assert sync().pulled == 1
    assert laptop_one("SELECT name FROM contact WHERE id = ?", [ours]) == "Mine"
    assert laptop_one("SELECT COUNT(*) FROM contact WHERE id = ?", [theirs]) == 0


def test_a_person_in_scope_brings_a_company_the_laptop_lacks(demo_database: object, tmp_path: Path) -> None:
    person = Contact.select().where(Contact.salesperson.is_null(False) & Contact.company.is_null(False)).first()
    mine = str(person.salesperson_id)
    AppUser.create(login=current_user(), salesperson=mine, role="admin")
    check_out(tmp_path, scope=Scope("mine"))
    company = office_contact("A company nobody of mine works for yet")
    assert laptop_one("SELECT COUNT(*) FROM contact WHERE id = ?", [company]) == 0
    office_sql("UPDATE contact SET company_id = %s WHERE id = %s", [company, person.id])
    assert sync().pulled == 2  # the person moved, and the company came with it
    assert laptop_one("SELECT company_id FROM contact WHERE id = ?", [person.id]) == company


def test_a_transaction_that_commits_late_is_pulled_by_the_next_sync(demo_database: object, tmp_path: Path) -> None:
    check_out(tmp_path)
    first, second = _two_contacts()
    with psycopg.connect(engines.current) as slow, psycopg.connect(engines.current) as quick:
        # The slow one writes first (the older transaction) but commits after the quick one: a cursor that
        # moved past the quick one's change would never see the slow one's.
        slow.execute("UPDATE contact SET name = 'Slow' WHERE id = %s", [first])
        quick.execute("UPDATE contact SET name = 'Quick' WHERE id = %s", [second])
        quick.commit()
        # The quick one waits too: the window ends below the oldest transaction still running.
        assert sync().pulled == 0 and _name(first) != "Slow"
        slow.commit()
    assert sync().pulled == 2
    assert (_name(first), _name(second)) == ("Slow", "Quick")


def test_a_transaction_younger_than_a_running_one_waits_for_it(demo_database: object, tmp_path: Path) -> None:
    check_out(tmp_path)
    first, second = _two_contacts()
    with psycopg.connect(engines.current) as quick, psycopg.connect(engines.current) as slow:
        quick.execute("UPDATE contact SET name = 'Quick' WHERE id = %s", [second])
        slow.execute("UPDATE contact SET name = 'Slow' WHERE id = %s", [first])
        quick.commit()
        assert sync().pulled == 1  # the quick one is older than every running one: taken now
        assert _name(second) == "Quick" and _name(first) != "Slow"
        slow.commit()
    assert sync().pulled == 1
    assert _name(first) == "Slow"


def test_the_laptops_own_changes_come_back_only_when_the_office_changed_them_too(
    demo_database: object, tmp_path: Path
) -> None:
    result = check_out(tmp_path)
    first, second = _two_contacts()
    with psycopg.connect(engines.current) as push:
        # As the push writes: the change log names this laptop as the origin.
        push.execute("SELECT set_config('contactdesk.field_device', %s, true)", [str(result.device)])
        push.execute("UPDATE contact SET name = 'Pushed' WHERE id IN (%s, %s)", [first, second])
        push.commit()
    office_sql("UPDATE contact SET city = 'Office city' WHERE id = %s", [second])
    assert sync().pulled == 1  # the second only: the first was this laptop's own echo
    assert laptop_one("SELECT city FROM contact WHERE id = ?", [second]) == "Office city"
    assert _name(first) != "Pushed"


def test_the_first_cursor_is_taken_at_checkout(demo_database: object, tmp_path: Path) -> None:
    result = check_out(tmp_path)
    assert cursor() > 0
    assert office_one("SELECT sync_cursor FROM field_device WHERE id = %s", [result.device]) == cursor()
    assert FieldDevice is not None


def test_a_cancelled_pull_leaves_the_laptop_as_it_was(demo_database: object, tmp_path: Path) -> None:
    check_out(tmp_path)
    first, _second = _two_contacts()
    office_sql("UPDATE contact SET name = 'Not yet' WHERE id = %s", [first])
    before = cursor()
    steps: list[tuple[str, int, int]] = []

    def stop_half_way(step: str, done: int, total: int) -> bool:
        steps.append((step, done, total))
        return step != "pull" or done < total // 2

    with pytest.raises(SyncCancelledError):
        sync(progress=stop_half_way)
    assert _name(first) != "Not yet" and cursor() == before and field_sqlite.pending() == 0
    assert laptop_one("SELECT COUNT(*) FROM sqlite_master WHERE name = 'outbox_update_contact'") == 1
    seen: list[tuple[str, int, int]] = []
    assert sync(progress=lambda *step: seen.append(step) or True).pulled == 1
    assert seen[-1][0] == "pull" and seen[-1][1] == seen[-1][2]


def test_rows_the_office_holds_alike_are_not_written_again(demo_database: object, tmp_path: Path) -> None:
    from contactdesk.crm.field.checkout import laptop_models
    from contactdesk.crm.field.office_link import open_office
    from contactdesk.crm.field.pull import pull
    from contactdesk.store import db as store_db
    from contactdesk.store import field_pull

    check_out(tmp_path)
    every: set[tuple[str, str]] = set()
    for model in laptop_models():
        key = field_pull.key_field(model).column_name
        rows = store_db.db.execute_sql(f'SELECT "{key}" FROM "{model._meta.table_name}"').fetchall()
        every |= {(model._meta.table_name, str(row[0])) for row in rows}
    assert len(every) > 500
    office = open_office(engines.current)
    try:
        # Every value read back from PostgreSQL compares equal to the laptop's copy (dates, decimals, documents).
        assert pull(office, refresh=frozenset(every)).pulled == 0
    finally:
        office.close()
