"""The user setup: who works with this database, as which salesperson, and in which role."""

from __future__ import annotations

from peewee import AutoField, BooleanField, CharField, ForeignKeyField

from contactdesk.store.enums import UserRole
from contactdesk.store.models.base import BaseModel, TimestampField
from contactdesk.store.models.setup import Salesperson

# PostgreSQL cuts role names at 63 bytes; a login must be a role name as it is.
LOGIN_BYTES = 63


class AppUser(BaseModel):
    """One user: the login (the PostgreSQL role, or the OS login on a desktop), salesperson and role."""

    id = AutoField()
    login = CharField(max_length=LOGIN_BYTES, unique=True)
    salesperson = ForeignKeyField(Salesperson, null=True, on_delete="SET NULL", on_update="CASCADE")
    role = CharField(max_length=10, default=UserRole.STAFF.value)
    active = BooleanField(default=True)
    created_at = TimestampField()
