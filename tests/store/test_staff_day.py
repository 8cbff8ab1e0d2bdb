"""A typical day of a staff login in the office database, every action through the services as that login:
PostgreSQL checks each statement against the staff group's rights, so a right missing anywhere fails here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from tests.office_logins import Office

from contactdesk.crm import (
    campaign_entries,
    campaign_targets,
    campaigns,
    contacts,
    criteria,
    interactions,
    logged_segments,
    phone_calls,
    reuse_logged,
    saved_criteria,
    segment_lines,
    segments,
)
from contactdesk.crm.campaign_data import CampaignData
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.criteria import CriteriaAction, CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.demo import load_demo
from contactdesk.crm.errors import PermissionDeniedError
from contactdesk.crm.imports import check_import, read_source, run_import
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import log_segment
from contactdesk.crm.marketing_setup import get_marketing_setup, save_marketing_setup
from contactdesk.merge.cover_sheet import write_cover_sheets
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, IndustryGroup, InteractionLogEntry

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def office(office: Office) -> Office:
    """The shared office database (tests/conftest.py); an administrator has chosen the cover-sheet template."""
    office.work_as(office.admin)
    save_marketing_setup(replace(get_marketing_setup(), cover_sheet_template_code="FOLLOWUP"))
    return office


def _import_file(tmp_path: Path, name: str, rows: str) -> Path:
    path = tmp_path / name
    path.write_text("Name;Type;City;Industry groups\r\n" + rows, encoding="utf-8")
    return path


def test_a_staff_login_does_a_days_work(office: Office, tmp_path: Path) -> None:
    office.work_as(office.staff)
    # Cards: a new company and its person, a change.
    company = contacts.create_contact(ContactData(type=ContactType.COMPANY, name="Dagens Firma AS", city="Oslo"))
    person = contacts.create_contact(
        ContactData(type=ContactType.PERSON, name="Ola Dag", company_no=company, phone_no="+47 22 00 00 01")
    )
    contacts.update_contact(person, replace(contacts.get_contact(person), city="Bergen"))
    # An import with codes the office has (the links are the staff's), then a card after it.
    existing = str(IndustryGroup.select().first().code)
    imported = run_import(
        check_import(read_source(_import_file(tmp_path, "a.csv", f"Importert AS;Company;Oslo;{existing}\r\n")))
    )
    assert imported.imported == 1
    contacts.create_contact(ContactData(type=ContactType.PERSON, name="After The Import"))
    # A campaign, with an entry of its own, activated.
    campaign = campaigns.create_campaign(CampaignData(description="Dagens kampanje")).no
    campaign_entries.add_single_entry(campaign, "Advert in the paper", date.today(), office.staff)
    campaign_targets.activate(campaign)
    # A segment, logged with a follow-up segment; cancelled again.
    no = segments.create_segment("Dagens brev", "INVITE", campaign_no=campaign)
    segment_lines.add_contacts_by_hand(no, [company, person])
    result = log_segment(no, LogOptions(follow_up=True, skip_flagged=True))
    assert result.entries == 2
    # A new segment by criteria (saved for later) and one built from the logged segment; then one deleted.
    chosen = segments.create_segment("Oslo companies", "INVITE")
    criteria.run(chosen, CriteriaRequest(CriteriaAction.ADD, (Filter("contact", "city", "Oslo"),)))
    saved_criteria.save_criteria(chosen, "OSLO", "Companies in Oslo")
    again = reuse_logged.new_segment_from_logged(result.logged_segment)
    assert segments.get_segment(again).no
    segments.delete_segment(chosen)
    assert logged_segments.set_canceled([result.logged_segment], True) == 1
    # Cover sheets for another segment, logged as entries.
    sheets = segments.create_segment("Dagens følgebrev", "INVITE")
    segment_lines.add_contacts_by_hand(sheets, [company])
    written = write_cover_sheets(sheets, "Vedlagt: katalogen.", tmp_path / "sheets.docx", log=True)
    assert len(written.entries) == 1
    # An interaction logged by hand, one postponed and resumed, and a phone call.
    interactions.log_interaction(interactions.new_request(person, template_code="MEETING"))
    postponed = interactions.postpone(interactions.new_request(company, template_code="MEETING"))
    interactions.log_interaction(interactions.resume(postponed.entry_no))
    phone_calls.log_call(
        replace(phone_calls.new_call(person), description="Asked about the catalogue", template_code="PHONE")
    )
    assert (
        InteractionLogEntry.select().where(InteractionLogEntry.contact == Contact.get(Contact.no == person).id).count()
        >= 3
    )


def test_creating_codes_in_an_import_needs_an_administrator(office: Office, tmp_path: Path) -> None:
    office.work_as(office.staff)
    before = Contact.select().count()
    path = _import_file(tmp_path, "codes.csv", "Nye Koder AS;Company;Oslo;BRAND-NEW\r\n")
    with pytest.raises(PermissionDeniedError):
        run_import(check_import(read_source(path), create_codes=True))
    assert Contact.select().count() == before  # one transaction: nothing of the import stayed
    assert IndustryGroup.get_or_none(IndustryGroup.code == "BRAND-NEW") is None


def test_loading_sample_data_needs_an_administrator(office: Office) -> None:
    # Sample data brings its own setup (salespeople, codes, templates, Marketing Setup): an administrator's action.
    office.work_as(office.staff)
    before = Contact.select().count()
    with pytest.raises(PermissionDeniedError):
        load_demo(contacts=20)
    assert Contact.select().count() == before
    office.work_as(office.admin)  # an administrator (not the owner) may: the ids continue after the sample's
    assert load_demo(contacts=20).contacts == 20
    office.work_as(office.staff)
    highest = Contact.select(Contact.id).order_by(Contact.id.desc()).first().id
    no = contacts.create_contact(ContactData(type=ContactType.PERSON, name="After The Sample"))
    assert Contact.get(Contact.no == no).id > highest
