"""`contactdesk office init`, `office add-user` and `office users`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from tests import engines
from tests.cli_run import call
from tests.office_logins import Office, as_login, drop_login, office_cli, office_database

from contactdesk.crm import user_setup
from contactdesk.crm.errors import NotFoundError, PermissionDeniedError, UserSetupError, ValidationErrors
from contactdesk.crm.salespeople import SalespersonData, save_salesperson
from contactdesk.store import db as store_db
from contactdesk.store.enums import UserRole
from contactdesk.store.opening import OpenedDatabase, open_database


@pytest.fixture
def office(
    database: OpenedDatabase, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Office]:
    """A database set up for the office, with a staff and an admin login."""
    save_salesperson(SalespersonData("IH", "Ingrid Hansen"))
    with office_database(engines.current, capsys, monkeypatch) as made:
        yield made


def test_office_init_refuses_a_database_file_and_makes_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "office.sqlite"
    code, _out, err = call(capsys, "office", "init", "--db", str(target))
    assert code == 2
    assert "office init sets up a PostgreSQL database" in err
    assert list(tmp_path.iterdir()) == []


def test_users_lists_nobody_before_the_office_is_set_up(
    database: OpenedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = call(capsys, "office", "users", "--db", engines.current, "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _err = call(capsys, "office", "users", "--db", engines.current)
    assert "No users are set up" in out


@pytest.mark.sqlite_only("a single desktop has no logins to add")
def test_add_user_on_a_single_desktop_says_what_it_is_for(
    database: OpenedDatabase, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = office_cli(capsys, monkeypatch, "add-user", "anna", "--role", "staff", "--db", engines.current)
    assert code == 1
    assert "users and roles are for the office database" in err


@pytest.mark.postgresql_only
def test_office_init_sets_up_an_empty_database_once(database_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(capsys, "office", "init", "--db", database_target, "--json")
    assert code == 0, err
    first = json.loads(out)
    assert (first["admin"], first["created_schema"], first["already_initialised"]) == ("postgres", True, False)
    assert first["groups"] == ["contactdesk_staff", "contactdesk_admin"]
    code, out, _err = call(capsys, "office", "init", "--db", database_target)
    assert code == 0
    assert "was set up for the office already" in out
    code, out, _err = call(capsys, "office", "users", "--db", database_target, "--json")
    assert json.loads(out) == [{"login": "postgres", "role": "admin", "salesperson": "", "active": True}]


@pytest.mark.postgresql_only
def test_users_lists_the_logins_with_their_roles(office: Office, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = call(capsys, "office", "users", "--db", office.url, "--json")
    assert code == 0
    listed = {row["login"]: (row["role"], row["salesperson"], row["active"]) for row in json.loads(out)}
    assert listed == {
        "postgres": ("admin", "", True),
        office.staff: ("staff", "IH", True),
        office.admin: ("admin", "", True),
    }


@pytest.mark.postgresql_only
def test_only_the_owner_sets_up_and_only_an_admin_adds_users(
    office: Office, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_staff = as_login(office.url, office.staff)
    code, _out, err = call(capsys, "office", "init", "--db", as_staff)
    assert code == 1
    assert f"{office.staff}: must be run by the owner of the database or a superuser" in err
    code, _out, err = office_cli(
        capsys, monkeypatch, "add-user", f"{office.staff}_b", "--role", "staff", "--db", as_staff
    )
    assert code == 1
    assert "only an administrator may add users; nothing was changed" in err
    code, _out, err = call(capsys, "office", "init", "--db", as_login(office.url, office.admin))
    assert code == 1 and "must be run by the owner" in err


@pytest.mark.postgresql_only
def test_add_user_needs_a_password_and_a_proper_login(
    office: Office, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    newcomer = f"{office.staff}_n"
    code, _out, err = office_cli(
        capsys, monkeypatch, "add-user", newcomer, "--role", "staff", "--db", office.url, stdin=""
    )
    assert code == 2 and "no password given" in err
    code, _out, err = office_cli(capsys, monkeypatch, "add-user", "two words", "--role", "staff", "--db", office.url)
    assert code == 1 and "login: invalid" in err
    code, _out, err = office_cli(capsys, monkeypatch, "add-user", office.staff, "--role", "admin", "--db", office.url)
    assert code == 1 and "already exists" in err
    code, _out, err = office_cli(
        capsys, monkeypatch, "add-user", newcomer, "--role", "staff", "--salesperson", "NOBODY", "--db", office.url
    )
    assert code == 1 and "there is no salesperson 'NOBODY': add one in Setup → Salespeople" in err
    open_database(office.url)
    assert not user_setup.login_exists(newcomer)
    assert [user.login for user in user_setup.list_users()] == sorted(["postgres", office.staff, office.admin])


@pytest.mark.postgresql_only
def test_an_existing_login_is_mapped_without_a_password(
    office: Office, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = f"{office.staff}_e"
    engines._admin(f'CREATE ROLE "{existing}" LOGIN')
    try:
        code, out, err = office_cli(
            capsys, monkeypatch, "add-user", existing, "--role", "staff", "--db", office.url, "--json", stdin=""
        )
        assert code == 0, err
        assert json.loads(out) == {"login": existing, "role": "staff", "salesperson": "", "active": True}
        store_db.close()
        office.work_as(existing)
        assert user_setup.current().role is UserRole.STAFF
    finally:
        store_db.close()
        drop_login(existing)


@pytest.mark.postgresql_only
def test_an_admin_cannot_take_away_their_own_role(office: Office) -> None:
    office.work_as(office.admin)
    with pytest.raises(UserSetupError) as refused:
        user_setup.change_user(user_setup.UserData(office.admin, UserRole.STAFF))
    assert refused.value.problem == "own_login"
    with pytest.raises(UserSetupError):
        user_setup.deactivate_user(office.admin)
    with pytest.raises(ValidationErrors) as unknown:
        user_setup.change_user(user_setup.UserData(office.staff, UserRole.STAFF, "NOBODY"))
    assert unknown.value.errors[0].problem == "unknown"
    assert user_setup.get_user(office.admin).role is UserRole.ADMIN


@pytest.mark.postgresql_only
def test_an_owner_who_is_no_superuser_sets_up_the_office_as_the_readme_says(
    database_target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As a database administrator prepares it: `createuser --createrole owner`, `createdb -O owner …`.
    owner = f"owner_{uuid.uuid4().hex[:8]}"
    engines._admin(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
    engines._admin(f'ALTER DATABASE "{urlsplit(database_target).path.lstrip("/")}" OWNER TO "{owner}"')
    url = as_login(database_target, owner)
    anna = f"{owner}_anna"
    try:
        code, out, err = call(capsys, "office", "init", "--db", url, "--json")
        assert code == 0, err
        assert json.loads(out)["admin"] == owner
        code, _out, err = office_cli(capsys, monkeypatch, "add-user", anna, "--role", "staff", "--db", url)
        assert code == 0, err
        store_db.close()
        open_database(as_login(database_target, anna))
        assert user_setup.current().role is UserRole.STAFF
        with pytest.raises(PermissionDeniedError):
            save_salesperson(SalespersonData("XX", "Nobody"))
    finally:
        store_db.close()
        engines.drop_database(database_target)
        drop_login(anna)
        drop_login(owner)


@pytest.mark.postgresql_only
def test_a_login_dropped_on_the_server_is_not_found(office: Office) -> None:
    drop_login(office.staff)
    with pytest.raises(NotFoundError):
        user_setup.change_user(user_setup.UserData(office.staff, UserRole.ADMIN))
    assert user_setup.get_user(office.staff).role is UserRole.STAFF
