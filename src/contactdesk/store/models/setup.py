"""Setup tables: number series, marketing setup, our company, salespeople, codes, campaigns."""

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
)

from contactdesk.store.models.base import BaseModel, CodeField, TimestampField, stamp_fields


class NumberSeries(BaseModel):
    """A series of business numbers such as CT000001; last_number is the last one handed out."""

    code = CodeField(max_length=20, primary_key=True)
    description = CharField(max_length=100, default="")
    prefix = CharField(max_length=10, default="")
    width = IntegerField(default=6)
    starting_number = IntegerField(default=1)
    last_number = IntegerField(default=0)
    increment_by = IntegerField(default=1)
    manual_nos = BooleanField(default=False)
    version, created_by, changed_by, changed_at = stamp_fields()


class Country(BaseModel):
    """Country/region code with its display name (for address blocks)."""

    code = CodeField(max_length=10, primary_key=True)
    name = CharField(max_length=50)


class Language(BaseModel):
    """A language contacts and letters can use (codes: en, nl, nb, …)."""

    code = CharField(max_length=10, primary_key=True)
    name = CharField(max_length=50)


class Territory(BaseModel):
    """Sales territory, a contact filter."""

    code = CodeField(max_length=10, primary_key=True)
    name = CharField(max_length=50, default="")
    version, created_by, changed_by, changed_at = stamp_fields()


class Salutation(BaseModel):
    """A salutation code such as COMPANY or M-FORMAL."""

    code = CodeField(max_length=10, primary_key=True)
    description = CharField(max_length=100, default="")


class SalutationFormula(BaseModel):
    """How a salutation reads in one language, formal or informal ("Dear {name}")."""

    id = AutoField()
    salutation = ForeignKeyField(Salutation, backref="formulas", on_delete="CASCADE", on_update="CASCADE")
    language_code = CharField(max_length=10, default="")
    formal = BooleanField(default=True)
    text = CharField(max_length=100)

    class Meta:
        indexes = ((("salutation", "language_code", "formal"), True),)


class Salesperson(BaseModel):
    """A salesperson; blocked ones are not offered for new segments."""

    code = CodeField(max_length=20, primary_key=True)
    name = CharField(max_length=50, default="")
    email = CharField(max_length=80, default="")
    phone_no = CharField(max_length=30, default="")
    job_title = CharField(max_length=50, default="")
    commission_pct = DecimalField(max_digits=5, decimal_places=2, default=0)
    blocked = BooleanField(default=False)
    privacy_blocked = BooleanField(default=False)
    version, created_by, changed_by, changed_at = stamp_fields()


class MarketingSetup(BaseModel):
    """The single marketing setup row: number series and defaults for new contacts."""

    id = AutoField()
    contact_nos = CharField(max_length=20, default="")
    segment_nos = CharField(max_length=20, default="")
    logged_segment_nos = CharField(max_length=20, default="")
    campaign_nos = CharField(max_length=20, default="")
    default_salesperson_code = CharField(max_length=20, default="")
    default_country_code = CharField(max_length=10, default="")
    default_language_code = CharField(max_length=10, default="")
    default_correspondence_type = IntegerField(default=0)
    default_company_salutation = CharField(max_length=10, default="")
    default_person_salutation = CharField(max_length=10, default="")
    inherit_salesperson = BooleanField(default=True)
    inherit_territory = BooleanField(default=True)
    inherit_country = BooleanField(default=True)
    inherit_language = BooleanField(default=True)
    inherit_address = BooleanField(default=True)
    inherit_communication = BooleanField(default=True)
    attachment_storage_location = TextField(default="")
    # The interaction template of the entries a segment's cover sheets may log (issue 12 §4).
    cover_sheet_template_code = CharField(max_length=20, default="")
    version, created_by, changed_by, changed_at = stamp_fields()


class CompanyInfo(BaseModel):
    """Our own company: the sender of every letter."""

    id = AutoField()
    name = CharField(max_length=100, default="")
    name_2 = CharField(max_length=50, default="")
    address = CharField(max_length=100, default="")
    address_2 = CharField(max_length=50, default="")
    post_code = CharField(max_length=20, default="")
    city = CharField(max_length=30, default="")
    county = CharField(max_length=30, default="")
    country_code = CharField(max_length=10, default="")
    phone_no = CharField(max_length=30, default="")
    email = CharField(max_length=80, default="")
    home_page = CharField(max_length=255, default="")
    vat_registration_no = CharField(max_length=20, default="")
    registration_no = CharField(max_length=50, default="")
    bank_name = CharField(max_length=100, default="")
    bank_account_no = CharField(max_length=30, default="")
    iban = CharField(max_length=50, default="")
    swift_code = CharField(max_length=20, default="")
    version, created_by, changed_by, changed_at = stamp_fields()


class Campaign(BaseModel):
    """A marketing campaign (minimal: what segments and interactions link to)."""

    no = CodeField(max_length=20, primary_key=True)
    description = CharField(max_length=100, default="")
    starting_date = DateField(null=True)
    ending_date = DateField(null=True)
    salesperson = ForeignKeyField(Salesperson, null=True, on_delete="SET NULL", on_update="CASCADE")
    status_code = CharField(max_length=10, default="")
    # Activated: companies of contacts marked campaign target join its target group (spec §1.17).
    activated = BooleanField(default=False)
    created_at = TimestampField()
    version, created_by, changed_by, changed_at = stamp_fields()


class CampaignEntry(BaseModel):
    """One campaign entry per (campaign, logged segment), or per single interaction logged with a campaign."""

    id = AutoField()
    campaign = ForeignKeyField(Campaign, backref="entries", on_delete="CASCADE", on_update="CASCADE")
    segment_no = CharField(max_length=20, default="")
    register_no = IntegerField(default=0)
    description = CharField(max_length=100, default="")
    date = DateField(null=True)
    user_id = CharField(max_length=50, default="")
    canceled = BooleanField(default=False)
