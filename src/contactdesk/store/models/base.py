"""The base model every table derives from, and the schema-version record."""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import SQL, AutoField, CharField, DateTimeField, IntegerField, Model

from contactdesk.store.db import db


def utcnow() -> datetime:
    """Naive UTC, the form we store times in."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uid() -> str:
    """A stable identifier for import/export and future sync."""
    import uuid  # noqa: PLC0415 - uuid imports `platform`, which costs start-up time

    return str(uuid.uuid4())


class BaseModel(Model):
    """Bound to the one database proxy."""

    class Meta:
        database = db
        legacy_table_names = False


class CodeField(CharField):
    """An upper-case code, as the reference product uses for keys."""

    def db_value(self, value: object) -> object:
        if isinstance(value, str):
            value = value.strip().upper()
        return super().db_value(value)  # type: ignore[no-untyped-call]


class UidField(CharField):
    """UUID text, filled on creation."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("max_length", 36)
        kwargs.setdefault("default", new_uid)
        kwargs.setdefault("unique", True)
        super().__init__(**kwargs)


class TimestampField(DateTimeField):
    """Naive UTC time, defaulting to now."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("default", utcnow)
        super().__init__(**kwargs)


USER_LENGTH = 50


def version_field() -> IntegerField:
    """The edit version: raised by every save, so a save from an older version is refused."""
    # A default in the schema too, so set-based INSERT … SELECT and bulk inserts need not name it.
    return IntegerField(default=1, constraints=[SQL("DEFAULT 1")])


def user_field() -> CharField:
    """The login of who created or last changed a row ('' when not known)."""
    return CharField(max_length=USER_LENGTH, default="", constraints=[SQL("DEFAULT ''")])


def changed_at_field() -> DateTimeField:
    """When the row was last changed (naive UTC); NULL for rows older than version 7 of the schema."""
    return DateTimeField(null=True)


def stamp_fields() -> tuple[IntegerField, CharField, CharField, DateTimeField]:
    """version, created_by, changed_by, changed_at: what every record a user edits carries."""
    return version_field(), user_field(), user_field(), changed_at_field()


class SchemaVersion(BaseModel):
    """One row: the schema version this file was migrated to."""

    id = AutoField()
    version = IntegerField()
    applied_at = TimestampField()
