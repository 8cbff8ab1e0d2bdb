"""Field laptops as the office knows them: each checked-out laptop and the blocks of numbers it was given."""

from __future__ import annotations

from peewee import AutoField, CharField, ForeignKeyField, IntegerField

from contactdesk.store.models.base import BaseModel, TimestampField
from contactdesk.store.models.users import LOGIN_BYTES


class FieldDevice(BaseModel):
    """One checkout of a laptop file: who, from which computer, when, what, and at which schema version."""

    id = AutoField()
    login = CharField(max_length=LOGIN_BYTES)
    host_name = CharField(max_length=255, default="")
    checked_out_at = TimestampField()
    scope = CharField(max_length=40)
    schema_version = IntegerField()


class FieldNumberBlock(BaseModel):
    """Numbers first..last of a series (or of the interaction entries) that only this laptop hands out."""

    id = AutoField()
    device = ForeignKeyField(FieldDevice, backref="number_blocks", on_delete="CASCADE")
    series = CharField(max_length=40)  # a number series code, or ENTRY_SERIES for interaction entry numbers
    first_number = IntegerField()
    last_number = IntegerField()


# The name a block of interaction entry numbers goes by (entry numbers come from no number series).
ENTRY_SERIES = "interaction_log_entry"
