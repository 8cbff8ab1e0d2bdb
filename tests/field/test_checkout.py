"""`field checkout`: each scope copies exactly its contacts; the office records the device and its numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import engines
from tests.field.field_office import back_to_office, check_out, to_laptop
from tests.office_logins import office_database

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.field.errors import FieldCheckoutError
from contactdesk.crm.field.scope import Scope
from contactdesk.crm.users import current_user
from contactdesk.store import field_sqlite
from contactdesk.store.migrations import LATEST
from contactdesk.store.models import (
    AppUser,
    Contact,
    FieldDevice,
    FieldNumberBlock,
    InteractionLogEntry,
    MarketingSetup,
    NumberSeries,
    Segment,
    SegmentLine,
)
from contactdesk.store.models.field import ENTRY_SERIES


def _nos(ids: set[int]) -> set[str]:
    return {str(c.no) for c in Contact.select(Contact.no).where(Contact.id.in_(ids))}


def _laptop_nos() -> set[str]:
    return {str(c.no) for c in Contact.select(Contact.no)}


def _with_companies(ids: set[int]) -> set[int]:
    rows = Contact.select(Contact.company).where(Contact.id.in_(ids) & Contact.company.is_null(False))
    return ids | {int(row.company_id) for row in rows}


def test_checkout_all_copies_every_contact_and_the_templates(demo_database: object, tmp_path: Path) -> None:
    expected = _laptop_nos()
    result = check_out(tmp_path)
    assert result.contacts == len(expected) and result.scope == "all"
    assert _laptop_nos() == expected
    assert field_sqlite.is_laptop()


def test_checkout_mine_takes_the_salespersons_contacts_and_their_companies(
    demo_database: object, tmp_path: Path
) -> None:
    person = Contact.select().where(Contact.company.is_null(False) & Contact.salesperson.is_null(False)).first()
    salesperson = str(person.salesperson_id)
    AppUser.create(login=current_user(), salesperson=salesperson, role="admin")
    mine = {int(c.id) for c in Contact.select(Contact.id).where(Contact.salesperson == salesperson)}
    expected = _nos(_with_companies(mine))
    assert expected != _laptop_nos()  # the scope leaves contacts out
    result = check_out(tmp_path, scope=Scope("mine"))
    assert _laptop_nos() == expected and result.contacts == len(expected)
    # Integrity: every person's company is there, and no entry names a contact that is not.
    assert (
        not Contact.select()
        .where(Contact.company.is_null(False) & Contact.company.not_in(Contact.select(Contact.id)))
        .exists()
    )
    assert (
        not InteractionLogEntry.select().where(InteractionLogEntry.contact.not_in(Contact.select(Contact.id))).exists()
    )


def test_checkout_mine_without_a_salesperson_is_refused_and_makes_no_file(
    demo_database: object, tmp_path: Path
) -> None:
    with pytest.raises(FieldCheckoutError) as refused:
        check_out(tmp_path, scope=Scope("mine"))
    assert refused.value.reason == "no_salesperson"
    assert not (tmp_path / "laptop.sqlite").exists()
    assert FieldDevice.select().count() == 0


def test_checkout_segment_takes_its_contacts_and_their_companies(demo_database: object, tmp_path: Path) -> None:
    segment = Segment.select().order_by(Segment.no).first()
    on_it = {int(line.contact_id) for line in SegmentLine.select().where(SegmentLine.segment == segment.id)}
    expected = _nos(_with_companies(on_it))
    result = check_out(tmp_path, scope=Scope("segment", str(segment.no)))
    assert _laptop_nos() == expected and result.contacts == len(expected)
    assert result.scope == f"segment {segment.no}"
    assert SegmentLine.select().count() == len(on_it)


def test_the_office_records_the_device_and_its_number_blocks(demo_database: object, tmp_path: Path) -> None:
    before = {str(s.code): int(s.last_number) for s in NumberSeries.select()}
    result = check_out(tmp_path)
    back_to_office()
    device = FieldDevice.get_by_id(result.device)
    assert (device.host_name, device.scope, device.schema_version) == ("field-pc", "all", LATEST)
    assert device.login == current_user()
    recorded = {
        str(b.series): (int(b.first_number), int(b.last_number))
        for b in FieldNumberBlock.select().where(FieldNumberBlock.device == device.id)
    }
    assert recorded == result.blocks
    setup = MarketingSetup.get()
    for code in (setup.contact_nos, setup.segment_nos, setup.logged_segment_nos):
        first, last = recorded[str(code)]
        assert first == before[str(code)] + 1 and last - first + 1 == 1000
        # The office series jumped past the block: its next number is the block's end + 1.
        assert NumberSeries.get(NumberSeries.code == code).last_number == last
    assert recorded[ENTRY_SERIES][0] > (
        InteractionLogEntry.select().count() and max(e.entry_no for e in InteractionLogEntry.select())
    )


def test_two_checkouts_get_disjoint_blocks_and_the_office_numbers_after_them(
    demo_database: object, tmp_path: Path
) -> None:
    first = check_out(tmp_path, "one")
    back_to_office()
    second = check_out(tmp_path, "two")
    back_to_office()
    for series, (low, high) in first.blocks.items():
        other_low, other_high = second.blocks[series]
        assert high < other_low or other_high < low, series
    # An office user's new contact and entry numbers come after both blocks.
    no = contacts.create_contact(ContactData(name="Office Newcomer"))
    code = str(MarketingSetup.get().contact_nos)
    assert int(no[len(str(NumberSeries.get(NumberSeries.code == code).prefix)) :]) > second.blocks[code][1]
    from contactdesk.store.db import db
    from contactdesk.store.field_numbers import next_entry_number

    with db.atomic():
        assert next_entry_number() > max(first.blocks[ENTRY_SERIES][1], second.blocks[ENTRY_SERIES][1])


def test_a_contact_made_on_the_laptop_gets_a_number_of_its_block(demo_database: object, tmp_path: Path) -> None:
    result = check_out(tmp_path)
    code = str(MarketingSetup.get().contact_nos)
    prefix = str(NumberSeries.get(NumberSeries.code == code).prefix)
    first, last = result.blocks[code]
    no = contacts.create_contact(ContactData(name="Met On The Road"))
    assert no.startswith(prefix) and int(no[len(prefix) :]) == first
    assert int(contacts.create_contact(ContactData(name="Second Visit"))[len(prefix) :]) == first + 1
    from contactdesk.store.field_numbers import numbers_left

    assert numbers_left()[code] == last - first - 1


def test_a_laptop_refuses_a_number_past_its_block(demo_database: object, tmp_path: Path) -> None:
    from contactdesk.crm.field.checkout import checkout
    from contactdesk.store.numbering import NumberSeriesError

    checkout(engines.current, tmp_path / "small.sqlite", Scope(), block_size=2)
    contacts.create_contact(ContactData(name="One"))
    contacts.create_contact(ContactData(name="Two"))
    count = Contact.select().count()
    with pytest.raises(NumberSeriesError):
        contacts.create_contact(ContactData(name="Three"))
    assert Contact.select().count() == count


def test_checkout_into_an_existing_file_is_refused(demo_database: object, tmp_path: Path) -> None:
    (tmp_path / "laptop.sqlite").write_bytes(b"mine")
    with pytest.raises(FieldCheckoutError) as refused:
        check_out(tmp_path)
    assert refused.value.reason == "exists"
    assert (tmp_path / "laptop.sqlite").read_bytes() == b"mine"


@pytest.mark.postgresql_only
def test_a_staff_login_checks_out_its_own_contacts(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.office_logins import as_login

    with office_database(engines.current, capsys, monkeypatch) as office:
        mine = {int(c.id) for c in Contact.select(Contact.id).where(Contact.salesperson == "IH")}
        expected = _nos(_with_companies(mine))
        assert mine
        result = check_out(tmp_path, scope=Scope("mine"), office=as_login(office.url, office.staff))
        assert _laptop_nos() == expected
        back_to_office()
        assert FieldDevice.get_by_id(result.device).login == office.staff
        to_laptop(tmp_path / "laptop.sqlite")
        assert field_sqlite.info()["login"] == office.staff


def test_a_scoped_copy_keeps_the_templates_documents_and_only_its_contacts_letters(
    demo_database: object, tmp_path: Path
) -> None:
    import hashlib

    from contactdesk.store.models import Attachment, DocumentContent, InteractionTemplateLanguage

    templates = {int(r.attachment_id) for r in InteractionTemplateLanguage.select() if r.attachment_id is not None}
    segment = Segment.select().order_by(Segment.no).first()
    on_it = _with_companies(
        {int(line.contact_id) for line in SegmentLine.select().where(SegmentLine.segment == segment.id)}
    )
    # A letter kept on an entry of a contact the segment does not take.
    entry = InteractionLogEntry.select().where(InteractionLogEntry.contact.not_in(on_it)).first()
    data = b"a letter for someone else"
    sha = hashlib.sha256(data).hexdigest()
    DocumentContent.create(sha256=sha, size=len(data), data=data)
    letter = Attachment.create(file_name="private.docx", extension="docx", size=len(data), sha256=sha)
    InteractionLogEntry.update(attachment=letter.id).where(InteractionLogEntry.id == entry.id).execute()
    check_out(tmp_path, scope=Scope("segment", str(segment.no)))
    laptop = {int(a.id) for a in Attachment.select()}
    assert templates and templates <= laptop
    assert int(letter.id) not in laptop and not DocumentContent.select().where(DocumentContent.sha256 == sha).exists()
    assert data not in (tmp_path / "laptop.sqlite").read_bytes()  # not even in the file's free pages
    for attachment in Attachment.select():  # every document kept has its bytes
        assert DocumentContent.select().where(DocumentContent.sha256 == attachment.sha256).exists()


def test_a_campaign_made_on_the_laptop_gets_a_number_of_its_block(demo_database: object, tmp_path: Path) -> None:
    from contactdesk.crm.campaign_data import CampaignData
    from contactdesk.crm.campaigns import create_campaign

    result = check_out(tmp_path)
    code = str(MarketingSetup.get().campaign_nos)
    prefix = str(NumberSeries.get(NumberSeries.code == code).prefix)
    first, _last = result.blocks[code]
    made = create_campaign(CampaignData(description="Road show"))
    assert made.no.startswith(prefix) and int(made.no[len(prefix) :]) == first
