"""The base model every table derives from, and the schema-version record."""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import AutoField, CharField, DateTimeField, IntegerField, Model

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


class SchemaVersion(BaseModel):
    """One row: the schema version this file was migrated to."""

    id = AutoField()
    version = IntegerField()
    applied_at = TimestampField()
