"""A campaign's target group: the companies its campaign-target interactions reached (spec §1.17)."""

from __future__ import annotations

from peewee import AutoField, ForeignKeyField

from contactdesk.store.models.base import BaseModel
from contactdesk.store.models.contacts import Contact
from contactdesk.store.models.setup import Campaign


class CampaignTargetGroup(BaseModel):
    """One company (contact) in an activated campaign's target group, once per campaign."""

    id = AutoField()
    campaign = ForeignKeyField(Campaign, backref="targets", on_delete="CASCADE", on_update="CASCADE")
    contact = ForeignKeyField(Contact, on_delete="CASCADE")

    class Meta:
        indexes = ((("campaign", "contact"), True),)
