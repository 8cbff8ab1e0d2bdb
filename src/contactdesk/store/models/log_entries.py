"""Interaction log entries (history of every interaction) and their comments."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    TextField,
    TimeField,
)

from contactdesk.store.models.base import BaseModel, TimestampField, UidField
from contactdesk.store.models.contacts import Contact
from contactdesk.store.models.interactions import Attachment, InteractionGroup, InteractionTemplate
from contactdesk.store.models.segments import LoggedSegment
from contactdesk.store.models.setup import Campaign, Salesperson


class InteractionLogEntry(BaseModel):
    """One interaction with one contact; postponed entries wait to be finished in the wizard."""

    id = AutoField()
    contact_id: int | None
    salesperson_id: str | None
    interaction_template_id: str | None
    entry_no = IntegerField(unique=True)
    uid = UidField()
    # The contact may be deleted later; its number and name stay on the entry as history.
    contact = ForeignKeyField(Contact, null=True, backref="interactions", on_delete="SET NULL")
    contact_no = CharField(max_length=20, default="")
    contact_name = CharField(max_length=100, default="")
    contact_company = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    date = DateField()
    time_of_interaction = TimeField(null=True)
    description = CharField(max_length=100, default="")
    subject = CharField(max_length=100, default="")
    information_flow = IntegerField(default=0)
    initiated_by = IntegerField(default=0)
    attachment = ForeignKeyField(Attachment, null=True, on_delete="SET NULL")
    cost = DecimalField(max_digits=12, decimal_places=2, default=0)
    duration = IntegerField(default=0)
    user_id = CharField(max_length=50, default="")
    interaction_group = ForeignKeyField(InteractionGroup, null=True, on_delete="SET NULL", on_update="CASCADE")
    interaction_template = ForeignKeyField(InteractionTemplate, null=True, on_delete="SET NULL", on_update="CASCADE")
    language_code = CharField(max_length=10, default="")
    campaign = ForeignKeyField(Campaign, null=True, on_delete="SET NULL", on_update="CASCADE")
    campaign_entry_no = IntegerField(default=0)
    campaign_target = BooleanField(default=False)
    campaign_response = BooleanField(default=False)
    segment_no = CharField(max_length=20, default="", index=True)
    logged_segment = ForeignKeyField(LoggedSegment, null=True, backref="entries", on_delete="SET NULL")
    evaluation = IntegerField(default=0)
    attempt_failed = BooleanField(default=False)
    salesperson = ForeignKeyField(Salesperson, null=True, on_delete="SET NULL", on_update="CASCADE")
    delivery_status = IntegerField(default=0)
    canceled = BooleanField(default=False)
    postponed = BooleanField(default=False)
    correspondence_type = IntegerField(default=0)
    alt_address_code = CharField(max_length=10, default="")
    contact_via = CharField(max_length=80, default="")
    send_word_docs_as_attmt = BooleanField(default=False)
    merged = BooleanField(default=False)
    opportunity_text = CharField(max_length=100, default="")
    result_description = CharField(max_length=100, default="")
    letter_name = CharField(max_length=500, default="")  # file name of the letter delivered and kept
    letter_sha256 = CharField(max_length=64, default="")
    created_at = TimestampField()

    class Meta:
        indexes = (
            (("contact", "date"), False),
            (("postponed", "canceled", "date"), False),
            (("interaction_template", "date"), False),
            (("salesperson",), False),
        )


class InteractionCommentLine(BaseModel):
    """A free-text comment on an interaction log entry."""

    id = AutoField()
    entry = ForeignKeyField(InteractionLogEntry, backref="comments", on_delete="CASCADE")
    line_no = IntegerField()
    date = DateField(null=True)
    comment = TextField(default="")

    class Meta:
        indexes = ((("entry", "line_no"), True),)
