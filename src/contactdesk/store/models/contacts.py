"""Contacts (companies and persons) and their alternative addresses."""

from __future__ import annotations

from peewee import AutoField, BooleanField, CharField, DateField, ForeignKeyField, IntegerField

from contactdesk.store.models.base import BaseModel, CodeField, TimestampField, UidField, user_field
from contactdesk.store.models.setup import Salesperson


class Contact(BaseModel):
    """A company or a person; a person may belong to a company contact."""

    id = AutoField()
    # Foreign-key ids peewee adds at run time, declared for the type checker.
    company_id: int | None
    salesperson_id: str | None
    no = CodeField(max_length=20, unique=True)
    uid = UidField()
    type = IntegerField(default=0)
    company = ForeignKeyField("self", null=True, backref="persons", on_delete="RESTRICT")
    # Kept on the row (as the reference product does) so lists sort and search without a join.
    company_name = CharField(max_length=100, default="")
    name = CharField(max_length=100)
    name_2 = CharField(max_length=50, default="")
    first_name = CharField(max_length=30, default="")
    middle_name = CharField(max_length=30, default="")
    surname = CharField(max_length=30, default="")
    initials = CharField(max_length=30, default="")
    job_title = CharField(max_length=30, default="")
    address = CharField(max_length=100, default="")
    address_2 = CharField(max_length=50, default="")
    post_code = CharField(max_length=20, default="")
    city = CharField(max_length=30, default="")
    county = CharField(max_length=30, default="")
    country_code = CharField(max_length=10, default="")
    phone_no = CharField(max_length=30, default="")
    mobile_phone_no = CharField(max_length=30, default="")
    email = CharField(max_length=80, default="")
    email_2 = CharField(max_length=80, default="")
    home_page = CharField(max_length=255, default="")
    vat_registration_no = CharField(max_length=20, default="")
    salesperson = ForeignKeyField(Salesperson, null=True, backref="contacts", on_delete="SET NULL", on_update="CASCADE")
    territory_code = CharField(max_length=10, default="")
    language_code = CharField(max_length=10, default="")
    correspondence_type = IntegerField(default=0)
    salutation_code = CharField(max_length=10, default="")
    organizational_level_code = CharField(max_length=10, default="")
    exclude_from_segment = BooleanField(default=False)
    privacy_blocked = BooleanField(default=False)
    minor = BooleanField(default=False)
    parental_consent_received = BooleanField(default=False)
    # Casefolded copies: SQLite's LIKE and lower() fold ASCII only, and "Ødegård" must be found as "ødegård".
    search_name = CharField(max_length=100, default="", index=True)
    search_text = CharField(max_length=400, default="")
    version = IntegerField(default=1)
    created_at = TimestampField()
    modified_at = TimestampField()
    # modified_at is the contact's "changed at"; these say who.
    created_by = user_field()
    changed_by = user_field()

    class Meta:
        indexes = (
            (("city", "id"), False),
            (("post_code", "id"), False),
            (("country_code", "id"), False),
            (("type", "company"), False),
        )

    @property
    def contact_type(self) -> int:
        """The type as stored (0 company, 1 person)."""
        return int(self.type)


class ContactAltAddress(BaseModel):
    """An alternative address of a contact, optionally valid between two dates."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="alt_addresses", on_delete="CASCADE")
    code = CodeField(max_length=10)
    company_name = CharField(max_length=100, default="")
    address = CharField(max_length=100, default="")
    address_2 = CharField(max_length=50, default="")
    post_code = CharField(max_length=20, default="")
    city = CharField(max_length=30, default="")
    country_code = CharField(max_length=10, default="")
    phone_no = CharField(max_length=30, default="")
    email = CharField(max_length=80, default="")
    valid_from = DateField(null=True)
    valid_to = DateField(null=True)

    class Meta:
        indexes = ((("contact", "code"), True),)
