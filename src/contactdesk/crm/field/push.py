"""Placeholder push (pull helper's branch only): the push helper's crm/field/push.py replaces this file at merge.

It handles only an empty outbox, so that `sync` (push, then pull) can run and be tested on this branch;
anything to send is refused in one sentence rather than sent half-way.
"""

from __future__ import annotations

from peewee import Database

from contactdesk.crm.errors import DomainError
from contactdesk.crm.field.sync_types import Progress, PushOutcome
from contactdesk.store import field_sqlite


class PushNotAvailableError(DomainError):
    """This build cannot send local changes yet."""


def push(office: Database, progress: Progress | None = None) -> PushOutcome:
    """Send the bound laptop's outbox to `office`; this placeholder sends nothing and refuses a non-empty outbox."""
    waiting = field_sqlite.pending()
    if waiting:
        raise PushNotAvailableError(f"{waiting} local changes wait to be sent, and this build cannot send them yet")
    if progress is not None:
        progress("push", 0, 0)
    return PushOutcome(0, 0)
