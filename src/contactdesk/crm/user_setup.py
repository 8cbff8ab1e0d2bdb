"""The user setup (Part A §6): each login's salesperson and role, and who the current user is.

In the office database a user is a PostgreSQL login: adding one creates the login and makes it a
member of the staff or admin group, whose grants the server enforces (store/roles.py). The table
here maps the login to a salesperson and records the role. On a single desktop (SQLite) there are
no logins: the one user is an administrator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from contactdesk.crm import validation
from contactdesk.crm.errors import DuplicateCodeError, NotFoundError, UserSetupError, ValidationError, ValidationErrors
from contactdesk.crm.lookups import stored
from contactdesk.crm.users import current_user
from contactdesk.store import roles
from contactdesk.store.db import is_sqlite, write_transaction
from contactdesk.store.enums import UserRole
from contactdesk.store.models import AppUser, Salesperson
from contactdesk.store.models.users import LOGIN_BYTES

ENTITY = "user"
# What psql and every client accept unquoted-looking: no spaces, quotes or percent signs to trip anyone.
_LOGIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.@-]*")


@dataclass(frozen=True)
class UserData:
    """One user as the services hand it around."""

    login: str
    role: UserRole = UserRole.STAFF
    salesperson_code: str = ""
    active: bool = True


@dataclass(frozen=True)
class CurrentUser:
    """Who is working, what they may do, and the salesperson new records get by default."""

    login: str
    role: UserRole
    salesperson_code: str
    office: bool  # True in the office database (PostgreSQL), where users are server logins

    @property
    def is_admin(self) -> bool:
        """May change setup, users and number series, and delete logged segments."""
        return self.role is UserRole.ADMIN


def _to_data(row: AppUser) -> UserData:
    return UserData(str(row.login), UserRole(str(row.role)), str(stored(row, "salesperson") or ""), bool(row.active))


def list_users() -> list[UserData]:
    """Every user, by login."""
    return [_to_data(row) for row in AppUser.select().order_by(AppUser.login)]


def get_user(login: str) -> UserData:
    """One user; NotFoundError when the login is not set up."""
    row = AppUser.get_or_none(AppUser.login == login.strip())
    if row is None:
        raise NotFoundError(ENTITY, login)
    return _to_data(row)


def _checked(data: UserData) -> UserData:
    login = data.login.strip()
    salesperson = validation.normalize_code(data.salesperson_code)
    problems = validation.collect(
        validation.required("login", login),
        ValidationError("login", "too_long", login, LOGIN_BYTES) if len(login.encode()) > LOGIN_BYTES else None,
        ValidationError("login", "invalid", login) if login and not _LOGIN.fullmatch(login) else None,
        ValidationError("salesperson_code", "unknown", salesperson)
        if salesperson and not Salesperson.select().where(Salesperson.code == salesperson).exists()
        else None,
    )
    if problems:
        raise ValidationErrors(problems)
    return replace(data, login=login, role=UserRole(data.role), salesperson_code=salesperson)


def _values(data: UserData) -> dict[str, object]:
    return {
        "salesperson": data.salesperson_code or None,
        "role": data.role.value,
        "active": data.active,
    }


def is_office() -> bool:
    """True in the office database (PostgreSQL), where users are server logins."""
    return not is_sqlite()


def login_exists(login: str) -> bool:
    """True when the office database's server already has this login (then adding it needs no password)."""
    return not is_sqlite() and roles.role_exists(login.strip())


def add_user(data: UserData, password: str | None = None) -> UserData:
    """Set up a user; in the office database also its login (created with `password` when new) and group."""
    if is_sqlite():
        raise UserSetupError(data.login, "not_office")
    data = _checked(data)
    with write_transaction():
        if AppUser.select().where(AppUser.login == data.login).exists():
            raise DuplicateCodeError(ENTITY, data.login)
        if not roles.role_exists(data.login):
            if not password:
                raise UserSetupError(data.login, "password_required")
            roles.create_login(data.login, password)
        roles.set_membership(data.login, data.role if data.active else None)
        AppUser.insert(login=data.login, **_values(data)).execute()
    return get_user(data.login)


def change_user(data: UserData) -> UserData:
    """Change a user's salesperson, role or access; the login's group follows in the same transaction."""
    data = _checked(data)
    with write_transaction():
        before = get_user(data.login)
        if data.login == current_user() and before.role is UserRole.ADMIN:
            if data.role is not UserRole.ADMIN or not data.active:
                raise UserSetupError(data.login, "own_login")
        if not is_sqlite() and (data.role, data.active) != (before.role, before.active):
            if not roles.role_exists(data.login):
                # Dropped on the server (by its administrator): the record alone cannot grant anything.
                raise NotFoundError(ENTITY, data.login)
            roles.set_membership(data.login, data.role if data.active else None)
        AppUser.update(_values(data)).where(AppUser.login == data.login).execute()
    return get_user(data.login)


def deactivate_user(login: str) -> UserData:
    """Take a user's access away (the login stays on the server, in neither group); the record stays."""
    return change_user(replace(get_user(login), active=False))


def _own_salesperson(login: str) -> str:
    row = AppUser.get_or_none((AppUser.login == login) & (AppUser.active == True))  # noqa: E712
    return str(stored(row, "salesperson") or "") if row is not None else ""


def current() -> CurrentUser:
    """The current user: login, role, salesperson, and whether this is the office database."""
    login = current_user()
    if is_sqlite():
        return CurrentUser(login, UserRole.ADMIN, _own_salesperson(login), False)
    # What the server lets the login do decides, so the app never offers what the database refuses.
    role = UserRole.ADMIN if roles.standing().is_admin else UserRole.STAFF
    return CurrentUser(login, role, _own_salesperson(login), True)


def default_salesperson() -> str:
    """The current user's salesperson for new segments and interactions ('' when none, or blocked)."""
    code = _own_salesperson(current_user())
    if code and Salesperson.select().where((Salesperson.code == code) & (Salesperson.blocked == False)).exists():  # noqa: E712
        return code
    return ""
