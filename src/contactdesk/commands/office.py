"""`contactdesk office init`, `office add-user` and `office users`: the office database's users and roles."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from contactdesk.commands import (
    add_db_argument,
    database_language,
    database_target,
    fail,
    office_commands,
    open_target,
    print_json,
)


def register(sub: Any) -> None:
    """Add the office subcommands about users and roles."""
    office = office_commands(sub)
    init = office.add_parser("init", help="set up a PostgreSQL database for the office: schema, roles, first admin")
    add_db_argument(init)
    init.add_argument("--json", action="store_true", help="print the result as JSON")
    init.set_defaults(handler=run_init)
    add = office.add_parser("add-user", help="add a user: a server login in the staff or admin group (admins only)")
    add_db_argument(add)
    add.add_argument("login", metavar="LOGIN", help="the login (PostgreSQL role name) to create or to map")
    add.add_argument("--role", choices=("staff", "admin"), required=True, help="what the user may do")
    add.add_argument("--salesperson", metavar="CODE", default="", help="the user's salesperson")
    add.add_argument("--json", action="store_true", help="print the result as JSON")
    add.set_defaults(handler=run_add_user)
    users = office.add_parser("users", help="list the users, their roles and salespeople")
    add_db_argument(users)
    users.add_argument("--json", action="store_true", help="print JSON")
    users.set_defaults(handler=run_users)


def run_init(args: argparse.Namespace) -> int:
    """Create the schema on an empty database, then the groups, their grants and the first admin."""
    from contactdesk.crm.database import open_location, parse_location
    from contactdesk.crm.office_setup import init_office

    location = parse_location(database_target(args))
    if location.scheme == "sqlite":
        return fail(
            "office init sets up a PostgreSQL database (--db postgresql://user@server/database); "
            "a database file needs no setup",
            2,
        )
    opened = open_location(location, create=True, language=database_language(args))
    result = init_office()
    payload = {
        "database": location.display,
        "admin": result.admin,
        "created_schema": opened.migration.created,
        "already_initialised": result.already,
        "groups": list(result.groups),
    }
    if args.json:
        print_json(payload)
    elif result.already:
        print(f"{location.display} was set up for the office already; its grants are up to date.")
    else:
        print(
            f"Set up {location.display} for the office: {result.groups[0]} and {result.groups[1]} have their "
            f"rights, and {result.admin} is its first administrator. Add users with `contactdesk office add-user`."
        )
    return 0


def _read_password(login: str) -> str:
    """From a prompt (asked twice) at a terminal, else the first line of stdin; never from the command line."""
    if sys.stdin.isatty():
        first = getpass.getpass(f"Password for {login}: ")
        if first != getpass.getpass("Repeat the password: "):
            return ""
        return first
    return sys.stdin.readline().rstrip("\r\n")


def run_add_user(args: argparse.Namespace) -> int:
    """Create the login (or map an existing one) and put it in its group."""
    from contactdesk.crm import user_setup
    from contactdesk.crm.enums import UserRole
    from contactdesk.crm.errors import PermissionDeniedError, ValidationErrors

    open_target(args)
    password = None
    if user_setup.is_office() and not user_setup.login_exists(args.login):
        password = _read_password(args.login)
        if not password:
            return fail("no password given (or the two did not match); nothing was changed", 2)
    try:
        data = user_setup.add_user(
            user_setup.UserData(args.login, UserRole(args.role), args.salesperson), password=password
        )
    except PermissionDeniedError as refused:
        return fail(f"only an administrator may add users; nothing was changed ({refused})")
    except ValidationErrors as invalid:
        if invalid.for_field("salesperson_code") is None:
            raise
        return fail(
            f"there is no salesperson {args.salesperson!r}: add one in Setup → Salespeople, or leave out "
            "--salesperson; nothing was changed"
        )
    if args.json:
        print_json(_as_dict(data))
    else:
        salesperson = f" (salesperson {data.salesperson_code})" if data.salesperson_code else ""
        print(f"Added {data.login} as {data.role.value}{salesperson}.")
    return 0


def _as_dict(data: Any) -> dict[str, Any]:
    return {"login": data.login, "role": data.role.value, "salesperson": data.salesperson_code, "active": data.active}


def run_users(args: argparse.Namespace) -> int:
    """List the users."""
    from contactdesk.crm import user_setup

    open_target(args)
    rows = [_as_dict(user) for user in user_setup.list_users()]
    if args.json:
        print_json(rows)
    elif not rows:
        print("No users are set up (on a single desktop you are the one user, an administrator).")
    else:
        for row in rows:
            state = "" if row["active"] else " (deactivated)"
            print(f"{row['login']}\t{row['role']}\t{row['salesperson']}{state}")
    return 0
