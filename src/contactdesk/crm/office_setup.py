"""Setting up the office database (`contactdesk office init`): the groups, their grants, the first admin.

The schema itself comes from opening the database with create=True; this adds who may do what.
"""

from __future__ import annotations

from dataclasses import dataclass

from contactdesk.crm.errors import PermissionDeniedError, UserSetupError
from contactdesk.store import roles
from contactdesk.store.db import is_sqlite, write_transaction
from contactdesk.store.enums import UserRole
from contactdesk.store.models import AppUser


@dataclass(frozen=True)
class OfficeSetup:
    """What init_office() did: the first administrator, and whether the database was set up already."""

    admin: str
    already: bool
    groups: tuple[str, str] = (roles.STAFF_GROUP, roles.ADMIN_GROUP)


def init_office() -> OfficeSetup:
    """Create the group roles (where missing), grant this database to them, make the caller its admin.

    Run again, it brings the grants up to date and changes nothing else (already=True). The caller
    must own the database or be a superuser (UserSetupError not_owner), and may create roles the
    first time (cannot_create_roles).
    """
    if is_sqlite():
        raise UserSetupError("", "not_office")
    me = roles.standing()
    if not (me.superuser or me.owner):
        raise UserSetupError(me.login, "not_owner")
    if not roles.groups_exist() and not (me.superuser or me.create_role):
        raise UserSetupError(me.login, "cannot_create_roles")
    try:
        with write_transaction():
            already = roles.office_ready() and AppUser.select().exists()
            roles.ensure_groups()
            roles.grant_privileges()
            if not AppUser.select().where(AppUser.login == me.login).exists():
                roles.set_membership(me.login, UserRole.ADMIN)
                AppUser.insert(login=me.login, role=UserRole.ADMIN.value, active=True).execute()
    except PermissionDeniedError as exc:
        # Groups made by someone else, and this owner has no right to pass them on.
        raise UserSetupError(me.login, "cannot_create_roles") from exc
    return OfficeSetup(me.login, already)
