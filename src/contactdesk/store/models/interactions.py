"""Interaction groups, templates with language versions, and stored attachments."""

from __future__ import annotations

from peewee import AutoField, BlobField, BooleanField, CharField, DecimalField, ForeignKeyField, IntegerField

from contactdesk.store.models.base import BaseModel, CodeField, TimestampField, stamp_fields
from contactdesk.store.models.setup import Campaign


class DocumentContent(BaseModel):
    """The bytes of a stored document, once per content (rows with the same sha256 share them).

    Kept inside the database, as Business Central's default "embedded" storage does: one file is the
    whole database, so a copy or a backup of it has every template and letter.
    """

    sha256 = CharField(max_length=64, primary_key=True)
    size = IntegerField()
    data = BlobField()


class Attachment(BaseModel):
    """A stored document (a Word template or a letter): its name and which content it has."""

    id = AutoField()
    file_name = CharField(max_length=250)
    extension = CharField(max_length=10, default="")
    size = IntegerField(default=0)
    sha256 = CharField(max_length=64, default="", index=True)  # the DocumentContent holding its bytes
    read_only = BooleanField(default=False)
    created_at = TimestampField()


class InteractionGroup(BaseModel):
    """Groups interaction templates for statistics (LETTER, MEETING, …)."""

    code = CodeField(max_length=10, primary_key=True)
    description = CharField(max_length=100, default="")
    version, created_by, changed_by, changed_at = stamp_fields()


class InteractionTemplate(BaseModel):
    """What an interaction is: defaults for cost, duration, channel and the letter to send."""

    interaction_group_id: str
    code = CodeField(max_length=10, primary_key=True)
    interaction_group = ForeignKeyField(
        InteractionGroup, backref="templates", on_delete="RESTRICT", on_update="CASCADE"
    )
    description = CharField(max_length=100, default="")
    unit_cost = DecimalField(max_digits=12, decimal_places=2, default=0)
    unit_duration = IntegerField(default=0)
    information_flow = IntegerField(default=0)
    initiated_by = IntegerField(default=0)
    campaign = ForeignKeyField(Campaign, null=True, on_delete="SET NULL", on_update="CASCADE")
    campaign_target = BooleanField(default=False)
    campaign_response = BooleanField(default=False)
    correspondence_type_default = IntegerField(default=2)
    ignore_contact_corres_type = BooleanField(default=False)
    language_code_default = CharField(max_length=10, default="")
    wizard_action = IntegerField(default=0)
    version, created_by, changed_by, changed_at = stamp_fields()


class InteractionTemplateLanguage(BaseModel):
    """One language version of a template, with its own Word document."""

    id = AutoField()
    template = ForeignKeyField(InteractionTemplate, backref="languages", on_delete="CASCADE", on_update="CASCADE")
    language_code = CharField(max_length=10, default="")
    description = CharField(max_length=100, default="")
    attachment = ForeignKeyField(Attachment, null=True, on_delete="SET NULL")
    version, created_by, changed_by, changed_at = stamp_fields()

    class Meta:
        indexes = ((("template", "language_code"), True),)
