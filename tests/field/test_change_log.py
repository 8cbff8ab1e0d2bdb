"""The office's change log: every change of a laptop's tables is logged by the database itself, also for a staff
login that may not write the log; an older office gets it on upgrade (m0014). PostgreSQL only."""

from __future__ import annotations

import json

import psycopg
import pytest
from tests.field.sync_office import office_one, office_sql
from tests.office_logins import Office, as_login

from contactdesk.store import field_change_log

pytestmark = pytest.mark.postgresql_only

_M0014 = (
    "DROP FUNCTION contactdesk_field_log_insert() CASCADE",
    "DROP FUNCTION contactdesk_field_log_update() CASCADE",
    "DROP FUNCTION contactdesk_field_log_delete() CASCADE",
    f"DROP FUNCTION {field_change_log.PRUNE}()",
    'DROP TABLE "field_applied_op"',
    'DROP TABLE "field_push_result"',
    'DROP TABLE "field_change"',
    'DROP TABLE "field_sync_state"',
)


def _changes(login: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (str(t), str(k), str(o), old)
        for t, k, o, old in office_sql(
            "SELECT table_name, row_key, operation, old_row FROM field_change WHERE login = %s ORDER BY seq", [login]
        )
    ]


def test_an_upgraded_office_logs_a_staff_logins_changes_it_may_not_write_itself(office: Office) -> None:
    office.upgrade_from(13, *_M0014)
    staff = as_login(office.url, office.staff)
    contact = int(office_one("SELECT MIN(id) FROM contact"))
    office_sql("UPDATE contact SET city = 'Bergen' WHERE id = %s", [contact], url=staff)
    office_sql("DELETE FROM contact_mailing_group WHERE contact_id = %s", [contact], url=staff)
    changes = _changes(office.staff)
    assert changes[0][:3] == ("contact", str(contact), "U")
    deleted = [json.loads(old or "{}") for table, _k, op, old in changes if op == "D"]
    assert all(row["contact_id"] == contact for row in deleted)  # the tombstone keeps the whole old row
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        office_sql("DELETE FROM field_change", url=staff)
    assert office_sql(f"SELECT {field_change_log.PRUNE}()", url=staff)[0][0] == 0  # the sync may prune as staff


def test_a_change_within_the_retention_is_kept_and_an_older_one_pruned(office: Office) -> None:
    office_sql("UPDATE contact SET city = 'Oslo' WHERE id = (SELECT MIN(id) FROM contact)")
    newest = int(office_one("SELECT MAX(txid) FROM field_change"))
    assert office_sql(f"SELECT {field_change_log.PRUNE}()")[0][0] == 0
    office_sql("UPDATE field_change SET changed_at = changed_at - interval '91 days' WHERE txid < %s", [newest])
    older = int(office_one("SELECT MAX(txid) FROM field_change WHERE txid < %s", [newest]))
    pruned_below = office_sql(f"SELECT {field_change_log.PRUNE}()")[0][0]
    assert older < pruned_below <= newest  # a laptop whose cursor is below it may have missed a change
    assert office_one("SELECT MIN(txid) FROM field_change") == newest
