"""Typed errors of the user setup (login names and what each user may do)."""

from __future__ import annotations

from contactdesk.crm.error_base import DomainError


class UserSetupError(DomainError):
    """Users and roles cannot be set up as asked.

    problem: not_office (logins and roles need the office database), not_owner (`office init` by a login
    that neither owns the database nor is a superuser), cannot_create_roles (no CREATEROLE for the group
    roles or a new login), own_login (taking away one's own admin role or access), password_required.
    """

    _TEXTS = {
        "not_office": "users and roles are for the office database (postgresql://…); "
        "on a single desktop you are the one user and may do everything",
        "not_owner": "must be run by the owner of the database or a superuser; ask your database administrator",
        "cannot_create_roles": "may not create roles on this server (it needs CREATEROLE); "
        "ask your database administrator to run it",
        "own_login": "you cannot take away your own administrator role or access; ask another administrator",
        "password_required": "a new login needs a password",
    }

    def __init__(self, login: str, problem: str) -> None:
        super().__init__(
            f"{login}: {self._TEXTS.get(problem, problem)}" if login else self._TEXTS.get(problem, problem)
        )
        self.login = login
        self.problem = problem
