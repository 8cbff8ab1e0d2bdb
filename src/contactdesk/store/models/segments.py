"""Segments (header and lines), criteria history, saved criteria and logged segments."""

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

from contactdesk.store.models.base import BaseModel, CodeField, TimestampField, UidField, stamp_fields, user_field
from contactdesk.store.models.contacts import Contact
from contactdesk.store.models.interactions import Attachment, InteractionGroup, InteractionTemplate
from contactdesk.store.models.setup import Campaign, Salesperson


class Segment(BaseModel):
    """A segment header: what the interaction will be; its lines say who gets it."""

    id = AutoField()
    salesperson_id: str | None
    interaction_template_id: str | None
    interaction_group_id: str | None
    no = CodeField(max_length=20, unique=True)
    uid = UidField()
    description = CharField(max_length=100, default="")
    campaign = ForeignKeyField(Campaign, null=True, on_delete="SET NULL", on_update="CASCADE")
    campaign_target = BooleanField(default=False)
    campaign_response = BooleanField(default=False)
    salesperson = ForeignKeyField(Salesperson, null=True, on_delete="RESTRICT", on_update="CASCADE")
    date = DateField(null=True)
    interaction_template = ForeignKeyField(InteractionTemplate, null=True, on_delete="RESTRICT", on_update="CASCADE")
    interaction_group = ForeignKeyField(InteractionGroup, null=True, on_delete="RESTRICT", on_update="CASCADE")
    language_code_default = CharField(max_length=10, default="")
    subject_default = CharField(max_length=100, default="")
    correspondence_type_default = IntegerField(default=0)
    ignore_contact_corres_type = BooleanField(default=False)
    information_flow = IntegerField(default=0)
    initiated_by = IntegerField(default=0)
    unit_cost = DecimalField(max_digits=12, decimal_places=2, default=0)
    unit_duration = IntegerField(default=0)
    send_word_docs_as_attmt = BooleanField(default=False)
    modified_word_template = ForeignKeyField(Attachment, null=True, on_delete="SET NULL")
    no_series = CharField(max_length=20, default="")
    version = IntegerField(default=1)
    created_at = TimestampField()
    modified_at = TimestampField()
    # modified_at is the segment's "changed at"; these say who.
    created_by = user_field()
    changed_by = user_field()


class SegmentLine(BaseModel):
    """One contact on a segment, with values taken from the header or overridden per line."""

    id = AutoField()
    contact_id: int
    salesperson_id: str | None
    interaction_template_id: str | None
    segment = ForeignKeyField(Segment, backref="lines", on_delete="CASCADE")
    line_no = IntegerField()
    contact = ForeignKeyField(Contact, backref="segment_lines", on_delete="RESTRICT")
    contact_company = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    alt_address_code = CharField(max_length=10, default="")
    campaign = ForeignKeyField(Campaign, null=True, on_delete="SET NULL", on_update="CASCADE")
    campaign_target = BooleanField(default=False)
    campaign_response = BooleanField(default=False)
    salesperson = ForeignKeyField(Salesperson, null=True, on_delete="RESTRICT", on_update="CASCADE")
    correspondence_type = IntegerField(default=0)
    interaction_template = ForeignKeyField(InteractionTemplate, null=True, on_delete="RESTRICT", on_update="CASCADE")
    interaction_group = ForeignKeyField(InteractionGroup, null=True, on_delete="RESTRICT", on_update="CASCADE")
    language_code = CharField(max_length=10, default="")
    subject = CharField(max_length=100, default="")
    description = CharField(max_length=100, default="")
    comment = TextField(default="")
    date = DateField(null=True)
    time_of_interaction = TimeField(null=True)
    cost = DecimalField(max_digits=12, decimal_places=2, default=0)
    duration = IntegerField(default=0)
    information_flow = IntegerField(default=0)
    initiated_by = IntegerField(default=0)
    evaluation = IntegerField(default=0)
    attempt_failed = BooleanField(default=False)
    attachment = ForeignKeyField(Attachment, null=True, on_delete="SET NULL")
    merged = BooleanField(default=False)
    send_word_doc_as_attmt = BooleanField(default=False)
    contact_via = CharField(max_length=80, default="")
    # Why is this contact here: the criteria action (1, 2, …) that brought it in; 0 for a manual entry.
    source_action_no = IntegerField(default=0)
    version, created_by, changed_by, changed_at = stamp_fields()

    class Meta:
        indexes = ((("segment", "line_no"), True), (("segment", "contact"), False))


class SegmentInteractionLanguage(BaseModel):
    """A language version of the segment's document; line_no 0 is segment level."""

    id = AutoField()
    segment = ForeignKeyField(Segment, backref="languages", on_delete="CASCADE")
    line_no = IntegerField(default=0)
    language_code = CharField(max_length=10, default="")
    description = CharField(max_length=100, default="")
    subject = CharField(max_length=100, default="")
    attachment = ForeignKeyField(Attachment, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("segment", "line_no", "language_code"), True),)


class CriteriaLineColumns(BaseModel):
    """The columns of a criteria line, declared once for a segment's criteria and for a saved set.

    Not a table of its own (it is in no migration); each subclass adds the key it belongs to. Peewee
    orders columns by declaration, so these come before the subclass's key in a new database: harmless,
    as every query names its columns.
    """

    line_no = IntegerField()
    type = IntegerField(default=0)
    action = IntegerField(default=0)
    allow_existing_contacts = BooleanField(default=False)
    expand_contact = BooleanField(default=False)
    allow_company_with_persons = BooleanField(default=False)
    ignore_exclusion = BooleanField(default=False)
    entire_companies = BooleanField(default=False)
    no_of_filters = IntegerField(default=0)
    source = CharField(max_length=30, default="")
    filter_json = TextField(default="")

    @classmethod
    def criteria_column_names(cls) -> list[str]:
        """The shared columns, in declaration order: what copying a line from one table to the other copies."""
        return [field.name for field in CriteriaLineColumns._meta.sorted_fields if field.name != "id"]


class SegmentCriteriaLine(CriteriaLineColumns):
    """A criteria action (Add/Reduce/Refine with its options) or one of its filters."""

    id = AutoField()
    segment = ForeignKeyField(Segment, backref="criteria", on_delete="CASCADE")

    class Meta:
        indexes = ((("segment", "line_no"), True),)


class SegmentHistory(BaseModel):
    """What one criteria action did to one contact, so Go Back can undo it."""

    id = AutoField()
    segment = ForeignKeyField(Segment, backref="history", on_delete="CASCADE")
    action_no = IntegerField()
    seq = IntegerField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    action_taken = IntegerField()

    class Meta:
        indexes = ((("segment", "action_no", "seq"), True),)


class SegmentHistoryLine(BaseModel):
    """A copy of a line a criteria action removed, so Go Back restores it exactly (number, overrides, comment).

    Foreign keys are plain columns: the copy must survive its template or salesperson being renamed
    only as far as the live line would, and a missing contact simply drops the copy on restore.
    """

    id = AutoField()
    segment = ForeignKeyField(Segment, backref="history_lines", on_delete="CASCADE")
    action_no = IntegerField()
    line_no = IntegerField()
    contact_id = IntegerField()
    contact_company_id = IntegerField(null=True)
    alt_address_code = CharField(max_length=10, default="")
    campaign_id = CharField(max_length=20, null=True)
    campaign_target = BooleanField(default=False)
    campaign_response = BooleanField(default=False)
    salesperson_id = CharField(max_length=20, null=True)
    correspondence_type = IntegerField(default=0)
    interaction_template_id = CharField(max_length=10, null=True)
    interaction_group_id = CharField(max_length=10, null=True)
    language_code = CharField(max_length=10, default="")
    subject = CharField(max_length=100, default="")
    description = CharField(max_length=100, default="")
    comment = TextField(default="")
    date = DateField(null=True)
    time_of_interaction = TimeField(null=True)
    cost = DecimalField(max_digits=12, decimal_places=2, default=0)
    duration = IntegerField(default=0)
    information_flow = IntegerField(default=0)
    initiated_by = IntegerField(default=0)
    evaluation = IntegerField(default=0)
    attempt_failed = BooleanField(default=False)
    attachment_id = IntegerField(null=True)
    merged = BooleanField(default=False)
    send_word_doc_as_attmt = BooleanField(default=False)
    contact_via = CharField(max_length=80, default="")
    source_action_no = IntegerField(default=0)

    class Meta:
        indexes = ((("segment", "action_no"), False),)


class SavedCriteria(BaseModel):
    """A named, reusable list of criteria actions."""

    code = CodeField(max_length=10, primary_key=True)
    description = CharField(max_length=100, default="")
    user_id = CharField(max_length=50, default="")
    created_at = TimestampField()
    version, created_by, changed_by, changed_at = stamp_fields()


class SavedCriteriaLine(CriteriaLineColumns):
    """A copied criteria line of a saved criteria set."""

    id = AutoField()
    criteria = ForeignKeyField(SavedCriteria, backref="lines", on_delete="CASCADE", on_update="CASCADE")

    class Meta:
        indexes = ((("criteria", "line_no"), True),)


class LoggedSegment(BaseModel):
    """A segment that was logged: its entries are history now."""

    id = AutoField()
    no = CodeField(max_length=20, unique=True)
    segment_no = CodeField(max_length=20, index=True)
    description = CharField(max_length=100, default="")
    creation_date = DateField()
    user_id = CharField(max_length=50, default="")
    canceled = BooleanField(default=False)
    follow_up_segment_no = CharField(max_length=20, default="")
    created_at = TimestampField()
