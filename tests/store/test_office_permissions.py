"""Who may do what, enforced by PostgreSQL itself: a staff login cannot change setup, even with plain SQL.

Each test sets up its own database with `contactdesk office init`, adds logins with `office add-user`
(tests/office_logins.py) and then works as those logins, through the services and through psycopg.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from tests import engines
from tests.office_logins import Office, as_login, drop_login, office_cli

from contactdesk.crm import contacts, logged_segments, segment_lines, segments, user_setup
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.errors import LoginRefusedError, PermissionDeniedError
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import log_segment
from contactdesk.crm.marketing_setup import get_marketing_setup, save_marketing_setup
from contactdesk.crm.number_series import get_series, save_series
from contactdesk.crm.salespeople import SalespersonData, get_salesperson, save_salesperson
from contactdesk.store import db as store_db
from contactdesk.store.enums import ContactType, UserRole
from contactdesk.store.opening import open_database

pytestmark = pytest.mark.postgresql_only


def _refused(action: Any) -> None:
    with pytest.raises(PermissionDeniedError):
        action()


def test_staff_cannot_change_setup_through_the_services(office: Office) -> None:
    office.work_as(office.staff)
    setup = get_marketing_setup()
    series = get_series("CONT")
    _refused(lambda: save_salesperson(SalespersonData("ZZ", "Someone")))
    _refused(lambda: save_salesperson(SalespersonData("JV", "Renamed"), "JV"))
    _refused(lambda: save_code("interaction_group", CodeData("VISIT", "Visits")))
    _refused(lambda: save_marketing_setup(replace(setup, default_language_code="nb")))
    _refused(lambda: save_series(replace(series, description="Mine"), "CONT"))
    _refused(lambda: user_setup.change_user(user_setup.UserData(office.staff, UserRole.ADMIN)))
    # Nothing changed: each refusal rolled its transaction back.
    assert get_salesperson("JV").name == "Jan de Vries"
    assert get_marketing_setup() == setup
    assert user_setup.current().role is UserRole.STAFF


def test_staff_cannot_change_setup_with_plain_sql(office: Office) -> None:
    import psycopg

    for sql in (
        "UPDATE salesperson SET name = 'x'",
        "INSERT INTO interaction_group (code, description) VALUES ('X', 'x')",
        "DELETE FROM interaction_template",
        "UPDATE marketing_setup SET segment_nos = ''",
        "UPDATE company_info SET name = 'x'",
        "UPDATE number_series SET prefix = 'X'",
        "INSERT INTO app_user (login, role, active, created_at) VALUES ('x', 'admin', true, now())",
        "UPDATE app_user SET role = 'admin'",
        "DELETE FROM logged_segment",
        "DROP TABLE contact",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            office.psql(office.staff, sql)
    # Taking a number is allowed: only the last number used moves.
    office.psql(office.staff, "UPDATE number_series SET last_number = last_number WHERE code = 'CONT'")


def test_staff_does_the_daily_work(office: Office) -> None:
    office.work_as(office.staff)
    me = user_setup.current()
    assert (me.login, me.role, me.salesperson_code, me.office) == (office.staff, UserRole.STAFF, "IH", True)
    company = contacts.create_contact(ContactData(type=ContactType.COMPANY, name="Staff Made AS", city="Oslo"))
    person = contacts.create_contact(ContactData(type=ContactType.PERSON, name="Kari Nordmann", company_no=company))
    contacts.update_contact(person, replace(contacts.get_contact(person), city="Bergen"))
    no = segments.create_segment("Staff's mailing", "INVITE")
    assert segments.get_segment(no).salesperson_code == "IH"  # the staff member's own salesperson
    segment_lines.add_contacts_by_hand(no, [company, person])
    result = log_segment(no, LogOptions(skip_flagged=True))
    assert result.entries == 2
    assert logged_segments.set_canceled([result.logged_segment], True) == 1
    _refused(lambda: logged_segments.delete_canceled([result.logged_segment]))
    assert logged_segments.get_logged_segment(result.logged_segment).canceled


def test_an_admin_may_change_setup_and_add_users(
    office: Office, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    office.work_as(office.admin)
    assert user_setup.current().role is UserRole.ADMIN
    save_salesperson(SalespersonData("ZZ", "Zoë", commission_pct=Decimal("1.5")))
    save_code("interaction_group", CodeData("VISIT", "Visits"))
    office.psql(office.admin, "UPDATE company_info SET name = 'Admin Changed BV'")
    no = segments.create_segment("Admin's mailing", "INVITE")
    segment_lines.add_contacts_by_hand(no, [contacts.list_contacts()[0].no])
    logged = log_segment(no, LogOptions(skip_flagged=True)).logged_segment
    logged_segments.set_canceled([logged], True)
    assert logged_segments.delete_canceled([logged]) == 1
    # An admin (not the owner) adds the next user, who can then work.
    newcomer = f"{office.staff}_2"
    try:
        store_db.close()
        code, _out, err = office_cli(
            capsys, monkeypatch, "add-user", newcomer, "--role", "staff", "--db", as_login(office.url, office.admin)
        )
        assert code == 0, err
        office.work_as(newcomer)
        assert user_setup.current().role is UserRole.STAFF
        _refused(lambda: save_salesperson(SalespersonData("YY", "Nobody")))
    finally:
        store_db.close()
        drop_login(newcomer)


def test_a_deactivated_login_can_no_longer_connect(office: Office) -> None:
    user_setup.deactivate_user(office.staff)
    with pytest.raises(LoginRefusedError):
        office.work_as(office.staff)
    store_db.close()
    open_database(office.url)
    user_setup.change_user(user_setup.UserData(office.staff, UserRole.STAFF, "IH", active=True))
    office.work_as(office.staff)
    assert user_setup.current().role is UserRole.STAFF


def test_a_login_outside_the_groups_reads_nothing(office: Office) -> None:
    import psycopg

    stranger = f"{office.staff}_x"
    engines._admin(f'CREATE ROLE "{stranger}" LOGIN')
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            office.psql(stranger, "SELECT count(*) FROM contact")
    finally:
        engines._admin(f'DROP ROLE "{stranger}"')


def test_a_table_an_upgrade_adds_is_granted_like_the_others(office: Office) -> None:
    # As if the database were set up before the user table existed, then opened by a newer ContactDesk.
    office.upgrade_from(7, 'DROP TABLE "app_user"')
    import psycopg

    insert = "INSERT INTO app_user (login, role, active, created_at) VALUES ('{}', 'admin', true, now())"
    office.psql(office.staff, "SELECT count(*) FROM app_user")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        office.psql(office.staff, insert.format(office.staff))
    office.psql(office.admin, insert.format(office.admin))
    office.work_as(office.staff)
    assert [user.login for user in user_setup.list_users()] == [office.admin]
