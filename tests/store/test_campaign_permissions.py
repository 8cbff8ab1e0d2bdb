"""Campaigns in the office database: staff run them (create, activate, log for them), and the target-group
table an upgrade adds is granted like the others (PostgreSQL checks it, so it is tested there)."""

from __future__ import annotations

import pytest
from tests.office_logins import Office

from contactdesk.crm import campaign_targets, campaigns, contacts, segments
from contactdesk.crm.campaign_data import CampaignData
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import log_segment

pytestmark = pytest.mark.postgresql_only


def test_staff_create_activate_and_log_for_a_campaign(office: Office) -> None:
    office.work_as(office.staff)
    no = campaigns.create_campaign(CampaignData(description="Staff's campaign")).no
    assert campaign_targets.activate(no) == 0
    company = next(row.no for row in contacts.list_contacts() if row.type == 0)
    segment = segments.create_segment("For the campaign", "INVITE", contact_nos=[company], campaign_no=no)
    segments.update_header(segment, {"campaign_target": True})
    log_segment(segment, LogOptions(skip_flagged=True))
    assert [contact for contact, _name in campaign_targets.target_companies(no)] == [company]
    assert campaign_targets.deactivate(no) == 1


def test_the_target_group_an_upgrade_adds_is_granted_to_staff(office: Office) -> None:
    import psycopg

    # As if the office database were made before campaigns could be activated, then opened by a newer ContactDesk.
    office.upgrade_from(9, 'DROP TABLE "campaign_target_group"', 'ALTER TABLE "campaign" DROP COLUMN "activated"')
    office.psql(
        office.staff,
        "INSERT INTO campaign (no, description, status_code, activated, created_at, version, "
        "created_by, changed_by) VALUES ('X1', 'x', '', true, now(), 1, '', '')",
    )
    office.psql(
        office.staff, "INSERT INTO campaign_target_group (campaign_id, contact_id) SELECT 'X1', min(id) FROM contact"
    )
    office.psql(office.staff, "DELETE FROM campaign_target_group")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        office.psql(office.staff, "DROP TABLE campaign_target_group")
