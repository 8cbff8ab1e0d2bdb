"""What the current user may do, as the faces need it: staff see setup but cannot change it.

The database enforces the roles (an office's PostgreSQL refuses a staff login's change to setup);
the faces only follow it, so nobody is offered a button that can only fail.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from contactdesk.crm import user_setup
from contactdesk.crm.errors import DomainError, StoreError

translate = QCoreApplication.translate
_OWN_TIP = "contactdesk_own_tooltip"


def current_user() -> user_setup.CurrentUser | None:
    """The current user, or None when the database cannot say (then nothing is hidden: it still refuses)."""
    try:
        return user_setup.current()
    except (DomainError, StoreError):
        return None


def is_admin() -> bool:
    """True unless the current user is known to be staff."""
    user = current_user()
    return user is None or user.is_admin


def setup_tip() -> str:
    """Why a staff user cannot edit setup."""
    return translate(
        "Roles", "Only an administrator can change setup. Ask an administrator of ContactDesk to make the change."
    )


def admin_tip() -> str:
    """Why a staff user cannot do an administrator's action (deleting logged segments, undoing a logging)."""
    return translate("Roles", "Only an administrator can do this. Ask an administrator of ContactDesk.")


def explain_lock(widgets: Iterable[QWidget | QAction], locked: bool, tip: str) -> None:
    """Locked: the tooltip says why; unlocked: each widget gets its own tooltip back."""
    for widget in widgets:
        own = widget.property(_OWN_TIP)
        if own is None:
            own = widget.toolTip()
            widget.setProperty(_OWN_TIP, own)
        widget.setToolTip(tip if locked else str(own))
