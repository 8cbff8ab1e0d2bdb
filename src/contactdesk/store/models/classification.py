"""Contact classification: industry groups, business relations, mailing groups, jobs, profiles."""

from __future__ import annotations

from peewee import AutoField, BooleanField, CharField, ForeignKeyField, IntegerField

from contactdesk.store.models.base import BaseModel, CodeField, stamp_fields
from contactdesk.store.models.contacts import Contact


class IndustryGroup(BaseModel):
    """Industry group code; linked to company contacts."""

    code = CodeField(max_length=10, primary_key=True)
    description = CharField(max_length=100, default="")
    version, created_by, changed_by, changed_at = stamp_fields()


class BusinessRelation(BaseModel):
    """Business relation code (customer, supplier, …); linked to company contacts."""

    code = CodeField(max_length=10, primary_key=True)
    description = CharField(max_length=100, default="")
    version, created_by, changed_by, changed_at = stamp_fields()


class MailingGroup(BaseModel):
    """Mailing group code; linked to any contact."""

    code = CodeField(max_length=10, primary_key=True)
    description = CharField(max_length=100, default="")
    version, created_by, changed_by, changed_at = stamp_fields()


class JobResponsibility(BaseModel):
    """Job responsibility code; linked to persons."""

    code = CodeField(max_length=10, primary_key=True)
    description = CharField(max_length=100, default="")
    version, created_by, changed_by, changed_at = stamp_fields()


class ProfileQuestionnaire(BaseModel):
    """A questionnaire whose answers classify contacts."""

    code = CodeField(max_length=10, primary_key=True)
    description = CharField(max_length=100, default="")
    contact_type = IntegerField(null=True)
    priority = IntegerField(default=0)


class ProfileQuestionnaireLine(BaseModel):
    """A question or one of its answers, in line order."""

    id = AutoField()
    questionnaire = ForeignKeyField(ProfileQuestionnaire, backref="lines", on_delete="CASCADE", on_update="CASCADE")
    line_no = IntegerField()
    type = IntegerField(default=0)
    description = CharField(max_length=250, default="")
    multiple_answers = BooleanField(default=False)

    class Meta:
        indexes = ((("questionnaire", "line_no"), True),)


def _link(model: type[BaseModel], name: str) -> ForeignKeyField:
    return ForeignKeyField(model, backref=name, on_delete="CASCADE", on_update="CASCADE")


class ContactIndustryGroup(BaseModel):
    """Company ↔ industry group."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="industry_groups", on_delete="CASCADE")
    industry_group = _link(IndustryGroup, "contacts")

    class Meta:
        indexes = ((("contact", "industry_group"), True), (("industry_group", "contact"), False))


class ContactBusinessRelation(BaseModel):
    """Company ↔ business relation."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="business_relations", on_delete="CASCADE")
    business_relation = _link(BusinessRelation, "contacts")

    class Meta:
        indexes = ((("contact", "business_relation"), True), (("business_relation", "contact"), False))


class ContactMailingGroup(BaseModel):
    """Contact ↔ mailing group."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="mailing_groups", on_delete="CASCADE")
    mailing_group = _link(MailingGroup, "contacts")

    class Meta:
        indexes = ((("contact", "mailing_group"), True), (("mailing_group", "contact"), False))


class ContactJobResponsibility(BaseModel):
    """Person ↔ job responsibility."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="job_responsibilities", on_delete="CASCADE")
    job_responsibility = _link(JobResponsibility, "contacts")

    class Meta:
        indexes = ((("contact", "job_responsibility"), True), (("job_responsibility", "contact"), False))


class ContactProfileAnswer(BaseModel):
    """A contact's answer to a profile question (the answer line)."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="profile_answers", on_delete="CASCADE")
    questionnaire = _link(ProfileQuestionnaire, "answers")
    line_no = IntegerField()

    class Meta:
        indexes = ((("contact", "questionnaire", "line_no"), True), (("questionnaire", "line_no"), False))
