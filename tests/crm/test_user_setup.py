"""The user setup on either engine: the current user's salesperson is the default, roles are all classified."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from tests import engines

from contactdesk.crm import contacts, interactions, logged_segments, segment_lines, segments, templates, user_setup
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.errors import UserSetupError
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import log_segment
from contactdesk.crm.salespeople import SalespersonData, get_salesperson, save_salesperson
from contactdesk.crm.users import current_user
from contactdesk.store import db as store_db
from contactdesk.store import roles
from contactdesk.store.enums import ContactType, UserRole
from contactdesk.store.migrations import LATEST, current_version
from contactdesk.store.models import (
    ALL_MODELS,
    AppUser,
    Campaign,
    CampaignEntry,
    InteractionLogEntry,
    LoggedSegment,
    MarketingSetup,
)
from contactdesk.store.opening import OpenedDatabase, open_database


@pytest.fixture
def salespeople(database: OpenedDatabase) -> None:
    """ME (the user's own), SETUP (Marketing Setup's default) and CARD (a contact's)."""
    for code in ("ME", "SETUP", "CARD"):
        save_salesperson(SalespersonData(code, code.title()))
    MarketingSetup.update(default_salesperson_code="SETUP").execute()


def _map_me(code: str) -> None:
    # Written straight to the table: on a desktop there are no logins to add through the service.
    AppUser.create(login=current_user(), salesperson=code, role=UserRole.ADMIN.value)


def test_new_segments_and_interactions_get_the_users_own_salesperson(salespeople: None) -> None:
    assert segments.get_segment(segments.create_segment("Before")).salesperson_code == "SETUP"
    _map_me("ME")
    assert user_setup.default_salesperson() == "ME"
    assert segments.get_segment(segments.create_segment("Mine")).salesperson_code == "ME"
    assert segments.get_segment(segments.create_segment("Given", salesperson_code="CARD")).salesperson_code == "CARD"
    assert segments.get_segment(segments.create_segment("None", salesperson_code="")).salesperson_code == ""
    assert interactions.new_request().salesperson_code == "ME"
    card = contacts.create_contact(ContactData(type=ContactType.COMPANY, name="Carded BV", salesperson_code="CARD"))
    bare = contacts.create_contact(ContactData(type=ContactType.COMPANY, name="Bare BV"))
    # A new contact takes Marketing Setup's salesperson (issue 12 §3.8); cleared on the card it stays blank.
    assert contacts.get_contact(bare).salesperson_code == "SETUP"
    contacts.update_contact(bare, replace(contacts.get_contact(bare), salesperson_code=""))
    # The user's own salesperson comes first, even from a contact that has one (issue 12 §3.2).
    assert interactions.new_request(card).salesperson_code == "ME"
    assert interactions.set_contact(interactions.new_request(bare), card).salesperson_code == "ME"
    assert interactions.new_request(bare).salesperson_code == "ME"
    assert interactions.new_request(bare, salesperson_code="SETUP").salesperson_code == "SETUP"
    # A user without one of their own gets the contact's.
    AppUser.delete().execute()
    assert interactions.new_request(card).salesperson_code == "CARD"
    assert interactions.set_contact(interactions.new_request(bare), card).salesperson_code == "CARD"
    assert interactions.new_request(bare).salesperson_code == ""


def test_a_follow_up_without_a_salesperson_gets_the_users_own(salespeople: None) -> None:
    _map_me("ME")
    save_code("interaction_group", CodeData("LETTER", "Letters"))
    templates.save_template(templates.TemplateData(code="NOTE", interaction_group_code="LETTER", description="Note"))
    # The lines take the contact's salesperson; the header has none, so its follow-up needs a default.
    contact = contacts.create_contact(ContactData(type=ContactType.COMPANY, name="Follow BV", salesperson_code="CARD"))
    no = segments.create_segment("Blank", "NOTE", salesperson_code="", day=date(2026, 3, 2))
    segment_lines.add_contacts_by_hand(no, [contact])
    logged = log_segment(no, LogOptions(skip_flagged=True)).logged_segment
    follow_up = logged_segments.create_follow_up(logged, "Again")
    assert segments.get_segment(follow_up).salesperson_code == "ME"


def test_a_blocked_or_unmapped_salesperson_is_no_default(salespeople: None) -> None:
    _map_me("ME")
    save_salesperson(SalespersonData("ME", "Me", blocked=True), "ME")
    assert user_setup.default_salesperson() == ""
    assert segments.get_segment(segments.create_segment("Blocked")).salesperson_code == "SETUP"
    AppUser.update(active=False).execute()
    save_salesperson(SalespersonData("ME", "Me"), "ME")
    assert user_setup.default_salesperson() == ""


def test_renaming_a_salesperson_keeps_the_users_mapping(salespeople: None) -> None:
    _map_me("ME")
    save_salesperson(SalespersonData("MINE", get_salesperson("ME").name), "ME")
    assert user_setup.current().salesperson_code == "MINE"


@pytest.mark.sqlite_only("a single desktop has no logins: its one user may do everything")
def test_on_a_single_desktop_the_one_user_is_an_administrator(database: OpenedDatabase) -> None:
    me = user_setup.current()
    assert (me.login, me.role, me.is_admin, me.office) == (current_user(), UserRole.ADMIN, True, False)
    assert user_setup.list_users() == []
    with pytest.raises(UserSetupError) as refused:
        user_setup.add_user(user_setup.UserData("anna", UserRole.STAFF), password="x")
    assert refused.value.problem == "not_office"


def test_every_table_is_either_daily_work_or_setup() -> None:
    staff = {*roles.STAFF_WRITES, *roles.STAFF_ADDS}
    setup = set(roles.SETUP)
    assert not staff & setup
    assert staff | setup == set(ALL_MODELS)
    assert set(roles.STAFF_COLUMNS) <= setup


def test_an_older_database_gets_the_user_table(database: OpenedDatabase) -> None:
    store_db.db.execute_sql('DROP TABLE "app_user"')
    store_db.db.execute_sql('UPDATE "schema_version" SET "version" = 7')
    store_db.close()
    opened = open_database(engines.current, create=False)
    assert (opened.migration.from_version, current_version()) == (7, LATEST)
    assert LATEST >= 8
    assert AppUser.select().count() == 0
    AppUser.create(login="someone", role=UserRole.STAFF.value)
    assert [user.login for user in user_setup.list_users()] == ["someone"]


def test_entries_logged_segments_and_campaign_entries_record_the_user(salespeople: None) -> None:
    _map_me("ME")
    save_code("interaction_group", CodeData("LETTER", "Letters"))
    templates.save_template(templates.TemplateData(code="NOTE", interaction_group_code="LETTER", description="Note"))
    Campaign.create(no="CP1", description="Spring")
    contact = contacts.create_contact(ContactData(type=ContactType.COMPANY, name="Logged BV"))
    no = segments.create_segment("Spring", "NOTE", day=date(2026, 3, 2))
    segments.update_header(no, {"campaign_no": "CP1"})
    segment_lines.add_contacts_by_hand(no, [contact])
    logged = log_segment(no, LogOptions(skip_flagged=True)).logged_segment
    request = replace(interactions.new_request(contact, template_code="NOTE"), correspondence_type=0)
    single = interactions.log_interaction(request)
    me = current_user()
    assert [str(r.user_id) for r in LoggedSegment.select()] == [me]
    assert [str(r.user_id) for r in CampaignEntry.select()] == [me]
    entries = InteractionLogEntry.select().order_by(InteractionLogEntry.entry_no)
    assert [(int(e.entry_no), str(e.user_id)) for e in entries] == [(1, me), (single.entry_no, me)]
    assert str(LoggedSegment.get().no) == logged
