"""Field laptops as the office knows them: each checked-out laptop and the blocks of numbers it was given."""

from __future__ import annotations

from peewee import (
    SQL,
    AutoField,
    BigAutoField,
    BigIntegerField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

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
    last_sync_at = DateTimeField(null=True)
    # The laptop's pull cursor after its last sync (a txid; see FieldChange).
    sync_cursor = BigIntegerField(default=0, constraints=[SQL("DEFAULT 0")])


class FieldNumberBlock(BaseModel):
    """Numbers first..last of a series (or of the interaction entries) that only this laptop hands out."""

    id = AutoField()
    device = ForeignKeyField(FieldDevice, backref="number_blocks", on_delete="CASCADE")
    series = CharField(max_length=40)  # a number series code, or ENTRY_SERIES for interaction entry numbers
    first_number = IntegerField()
    last_number = IntegerField()


# The name a block of interaction entry numbers goes by (entry numbers come from no number series).
ENTRY_SERIES = "interaction_log_entry"


class FieldChange(BaseModel):
    """One row changed in the office: what a laptop pulls. Written only by the office's triggers (PostgreSQL).

    `txid` is the writing transaction's id (xid8, as a number): a laptop pulls the changes of transactions
    older than the oldest one still running, so a transaction that commits late is never skipped.
    `seq` orders the changes within what is pulled. A delete keeps the whole old row (`old_row`, JSON):
    the tombstone a laptop's later change to that row is checked against.
    """

    seq = BigAutoField()
    txid = BigIntegerField(index=True)
    table_name = CharField(max_length=64)
    row_key = CharField(max_length=64)
    operation = CharField(max_length=1)  # I, U or D
    origin_device = IntegerField(null=True)  # the laptop whose push made it; NULL: made in the office
    login = CharField(max_length=LOGIN_BYTES, default="")
    changed_at = TimestampField()
    old_row = TextField(null=True)

    class Meta:
        indexes = ((("table_name", "row_key"), False),)


class FieldAppliedOp(BaseModel):
    """An outbox operation the office has applied: a repeated push skips it (idempotent by operation id)."""

    op_uuid = CharField(max_length=36, primary_key=True)
    device = ForeignKeyField(FieldDevice, backref="applied_ops", on_delete="CASCADE")
    batch = CharField(max_length=36, index=True)
    applied_at = TimestampField()


class FieldPushResult(BaseModel):
    """What one push found (office ids given to the laptop's new rows, conflicts), kept so that a push whose
    answer never reached the laptop (killed, network gone) gets the same answer when it is repeated."""

    batch = CharField(max_length=36, primary_key=True)
    device = ForeignKeyField(FieldDevice, backref="push_results", on_delete="CASCADE")
    result = TextField()
    created_at = TimestampField()


class FieldSyncState(BaseModel):
    """One row: how long the office keeps its change log (tombstones), and the oldest change it still has."""

    id = AutoField()
    retention_days = IntegerField(default=90)
    # Changes of transactions below this txid were pruned: a laptop whose cursor is below it must check out again.
    pruned_below = BigIntegerField(default=0)
    # The highest interaction entry number ever allotted to a laptop, kept when a retired laptop's blocks go:
    # the office must never give out again a number a lost laptop may have printed on a letter.
    entry_floor = BigIntegerField(default=0, constraints=[SQL("DEFAULT 0")])


# The office's own tables of field laptops: never copied to a laptop.
OFFICE_ONLY: tuple[type[BaseModel], ...] = (
    FieldDevice,
    FieldNumberBlock,
    FieldChange,
    FieldAppliedOp,
    FieldPushResult,
    FieldSyncState,
)
