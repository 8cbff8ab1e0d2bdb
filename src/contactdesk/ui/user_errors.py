"""Sentences for problems with users and roles (part of ui/errors.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contactdesk.crm import errors as e
from contactdesk.ui.placeholders import fill

translate = QCoreApplication.translate


def describe_user_setup_error(error: e.UserSetupError) -> str:
    """One sentence: what is wrong with the user setup request, and what to do."""
    texts = {
        "not_office": translate(
            "Errors",
            "Users and roles are for the office database on a PostgreSQL server. On this computer's own "
            "database you are the only user and may change everything.",
        ),
        "not_owner": translate(
            "Errors",
            "Only the owner of the office database (or a server superuser) can set it up; %1 is neither. "
            "Ask your database administrator.",
        ),
        "cannot_create_roles": translate(
            "Errors",
            "The login %1 may not create logins or roles on the database server. Ask your database "
            "administrator to give it that right (CREATEROLE), or to do this for you.",
        ),
        "own_login": translate(
            "Errors",
            "You cannot take away your own administrator role or access. Ask another administrator to do it.",
        ),
        "password_required": translate(
            "Errors", "The login %1 does not exist on the database server yet: give it a password to create it."
        ),
    }
    return fill(texts.get(error.problem, texts["not_office"]), error.login)
