"""Contact service on a real database: validation, numbering, company rules, search, deletion."""

from __future__ import annotations

import pytest
from tests import engines

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.errors import (
    CompanyHasPersonsError,
    ConcurrentEditError,
    ContactOnSegmentError,
    DatabaseLockedError,
    DuplicateCodeError,
    ValidationErrors,
)
from contactdesk.store import db as store_db
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, Salesperson, Segment, SegmentLine
from contactdesk.store.opening import open_database


def company(name: str = "Ødegård Byggevarer AS", **values: object) -> str:
    return contacts.create_contact(ContactData(type=ContactType.COMPANY, name=name, **values))  # type: ignore[arg-type]


def person(first: str, surname: str, **values: object) -> str:
    return contacts.create_contact(
        ContactData(type=ContactType.PERSON, first_name=first, surname=surname, **values)  # type: ignore[arg-type]
    )


def put_on_segment(no: str) -> str:
    contact = Contact.get(Contact.no == no)
    segment = Segment.create(no="SEG09999", description="Spring letter")
    SegmentLine.create(segment=segment, line_no=10000, contact=contact)
    return segment.no


def test_numbers_come_from_the_series_and_names_are_built(database: object) -> None:
    first = company(city="Ålesund", country_code="no")
    second = person("Åse", "Løvås", company_no=first, email="ase@odegard.no")
    assert (first, second) == ("CT000001", "CT000002")
    card = contacts.get_contact(second)
    assert card.name == "Åse Løvås"
    assert card.company_name == "Ødegård Byggevarer AS"
    # A person joining a company takes the company's address where its own is blank.
    assert (card.city, card.country_code) == ("Ålesund", "NO")


def test_all_field_problems_are_reported_together_and_nothing_is_written(database: object) -> None:
    with pytest.raises(ValidationErrors) as caught:
        contacts.create_contact(
            ContactData(type=ContactType.PERSON, email="not-an-address", country_code="XX", salesperson_code="NOBODY")
        )
    problems = {(e.field, e.problem) for e in caught.value.errors}
    assert problems == {
        ("name", "required"),
        ("email", "invalid_email"),
        ("country_code", "unknown"),
        ("salesperson_code", "unknown"),
    }
    assert Contact.select().count() == 0


def test_company_link_rules(database: object) -> None:
    firm = company()
    someone = person("Kari", "Nordmann")
    with pytest.raises(ValidationErrors) as caught:
        person("Ola", "Hansen", company_no=someone)
    assert caught.value.for_field("company_no").problem == "not_a_company"  # type: ignore[union-attr]
    with pytest.raises(ValidationErrors):
        person("Ola", "Hansen", company_no="CT999999")
    data = contacts.get_contact(firm)
    data.company_no = firm
    data.type = ContactType.PERSON
    person("Ola", "Hansen", company_no=firm)
    with pytest.raises(ValidationErrors) as caught:
        contacts.update_contact(firm, data)
    assert caught.value.for_field("type").problem == "has_persons"  # type: ignore[union-attr]


def test_duplicate_number_is_refused(database: object) -> None:
    company(no="ACME")
    with pytest.raises(DuplicateCodeError):
        company(name="Other", no="acme")


def test_company_changes_reach_persons_that_shared_the_old_value(database: object) -> None:
    firm = company(city="Bergen", address="Bryggen 1")
    same = person("Liv", "Berg", company_no=firm)
    own = person("Trond", "Haugen", company_no=firm, city="Oslo", address="Storgata 2")
    data = contacts.get_contact(firm)
    data.city, data.address, data.name = "Trondheim", "Kirkegata 3", "Ødegård Trondheim AS"
    contacts.update_contact(firm, data)
    assert contacts.get_contact(same).city == "Trondheim"
    assert contacts.get_contact(same).company_name == "Ødegård Trondheim AS"
    assert contacts.get_contact(own).city == "Oslo"
    assert contacts.count_contacts("trondheim") == 3


def test_stale_card_cannot_overwrite_a_newer_save(database: object) -> None:
    no = company()
    first = contacts.get_contact(no)
    second = contacts.get_contact(no)
    first.city = "Molde"
    contacts.update_contact(no, first)
    second.city = "Voss"
    with pytest.raises(ConcurrentEditError):
        contacts.update_contact(no, second)
    assert contacts.get_contact(no).city == "Molde"


def test_contact_on_an_unlogged_segment_cannot_be_deleted_or_moved(database: object) -> None:
    firm = company()
    other = company("Van Dijk B.V.")
    someone = person("Sanne", "de Vries", company_no=firm)
    segment_no = put_on_segment(someone)
    with pytest.raises(ContactOnSegmentError) as caught:
        contacts.delete_contact(someone)
    assert caught.value.segment_nos == [segment_no]
    data = contacts.get_contact(someone)
    data.company_no = other
    with pytest.raises(ContactOnSegmentError):
        contacts.update_contact(someone, data)
    assert contacts.get_contact(someone).company_no == firm


def test_deleting_a_company_asks_about_its_persons(database: object) -> None:
    firm = company()
    a = person("Ola", "Nordmann", company_no=firm)
    b = person("Kari", "Nordmann", company_no=firm)
    with pytest.raises(CompanyHasPersonsError) as caught:
        contacts.delete_contact(firm)
    assert caught.value.count == 2
    assert contacts.delete_contact(firm, contacts.PERSONS_DETACH) == 1
    assert contacts.get_contact(a).company_no == ""
    firm = company("Second AS")
    c = person("Per", "Olsen", company_no=firm)
    assert contacts.delete_contact(firm, contacts.PERSONS_DELETE) == 2
    assert {row.no for row in contacts.list_contacts()} == {a, b}
    assert c not in {row.no for row in contacts.list_contacts()}


def test_company_with_a_person_on_a_segment_is_not_deleted_at_all(database: object) -> None:
    firm = company()
    someone = person("Ola", "Nordmann", company_no=firm)
    put_on_segment(someone)
    with pytest.raises(ContactOnSegmentError):
        contacts.delete_contact(firm, contacts.PERSONS_DELETE)
    assert Contact.select().count() == 2


def test_check_delete_refuses_like_delete_and_deletes_nothing(database: object) -> None:
    firm = company()
    someone = person("Ola", "Nordmann", company_no=firm)
    contacts.check_delete(firm)
    contacts.check_delete(firm, contacts.PERSONS_DETACH)
    segment_no = put_on_segment(someone)
    with pytest.raises(ContactOnSegmentError) as caught:
        contacts.check_delete(someone)
    assert caught.value.segment_nos == [segment_no]
    contacts.check_delete(firm)
    with pytest.raises(ContactOnSegmentError):
        contacts.check_delete(firm, contacts.PERSONS_DELETE)
    assert Contact.select().count() == 2


def test_search_folds_case_beyond_ascii_and_escapes_wildcards(database: object) -> None:
    company("ØSTLANDET KONTOR AS", email="post@ostlandet.no")
    company("100% Print Ltd")
    company("Print_Shop Ltd")
    person("Ĳsbrand", "IJzerman")
    assert [r.name for r in contacts.list_contacts("østlandet")] == ["ØSTLANDET KONTOR AS"]
    assert [r.name for r in contacts.list_contacts("ĳsbrand")] == ["Ĳsbrand IJzerman"]
    assert [r.name for r in contacts.list_contacts("100%")] == ["100% Print Ltd"]
    assert [r.name for r in contacts.list_contacts("t_s")] == ["Print_Shop Ltd"]
    assert contacts.count_contacts("@ostlandet") == 1


def test_paging_and_sorting_are_done_in_sql(database: object) -> None:
    for index in range(25):
        company(f"Company {index:02d}", city=["Oslo", "Bergen", "Leeds"][index % 3])
    page = contacts.list_contacts(sort="name", offset=10, limit=5)
    assert [r.name for r in page] == [f"Company {i:02d}" for i in range(10, 15)]
    desc = contacts.list_contacts(sort="name", descending=True, limit=1)
    assert desc[0].name == "Company 24"
    by_city = contacts.list_contacts(sort="city", limit=25)
    assert [r.city for r in by_city] == sorted(r.city for r in by_city)


def test_salesperson_link(database: object) -> None:
    Salesperson.create(code="IH", name="Ingrid Hansen")
    no = company(salesperson_code="ih")
    assert contacts.list_contacts()[0].salesperson_code == "IH"
    assert contacts.get_contact(no).salesperson_code == "IH"


def test_locked_database_gives_a_clear_error_and_changes_nothing(database: object) -> None:
    store_db.close()
    open_database(engines.current, busy_timeout_ms=200)
    with engines.locked_elsewhere(engines.current, "contact"), pytest.raises(DatabaseLockedError):
        company()
    assert Contact.select().count() == 0


@pytest.mark.sqlite_only("SQLite's FTS5 table against its LIKE scan; PostgreSQL has one way, checked below")
def test_full_text_index_and_like_scan_find_the_same_contacts(database: object) -> None:
    from contactdesk.store import fulltext

    company("Ødegård Byggevarer AS", city="Ålesund", email="post@odegard.no")
    company("Van Dijk Kantoorinrichting B.V.", city="Amsterdam")
    person("Ĳsbrand", "IJzerman", city="Utrecht", phone_no="+31 30 123 4567")
    queries = ["ødeg", "ÅLESUND", "kantoor amsterdam", "ĳsb", "30 123", "st", "a", "zzz", 'quote"d']
    indexed = {q: sorted(r.no for r in contacts.list_contacts(q)) for q in queries}
    assert fulltext.available()
    store_db.db.execute_sql(f"DROP TABLE {fulltext.TABLE}")
    for trigger in ("contact_fts_insert", "contact_fts_update", "contact_fts_delete"):
        store_db.db.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    assert not fulltext.available()
    scanned = {q: sorted(r.no for r in contacts.list_contacts(q)) for q in queries}
    assert indexed == scanned
    assert indexed["kantoor amsterdam"] == ["CT000002"] and indexed["zzz"] == []


def test_search_finds_the_same_contacts_on_every_engine(database: object) -> None:
    company("Ødegård Byggevarer AS", city="Ålesund", email="post@odegard.no")
    company("Van Dijk Kantoorinrichting B.V.", city="Amsterdam")
    person("Ĳsbrand", "IJzerman", city="Utrecht", phone_no="+31 30 123 4567")
    found = {
        q: sorted(r.no for r in contacts.list_contacts(q))
        for q in ("ødeg", "ÅLESUND", "kantoor amsterdam", "ĳsb", "30 123", "zzz", 'quote"d', "50%")
    }
    assert found == {
        "ødeg": ["CT000001"],
        "ÅLESUND": ["CT000001"],
        "kantoor amsterdam": ["CT000002"],
        "ĳsb": ["CT000003"],
        "30 123": ["CT000003"],
        "zzz": [],
        'quote"d': [],
        "50%": [],
    }
