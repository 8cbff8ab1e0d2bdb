"""The contacts list filters by classification and shows codes and interaction totals (issue 12 §1, §3.1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from contactdesk.crm import contacts, interaction_changes, interactions
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_class_kinds import INDUSTRY_GROUP, MAILING_GROUP
from contactdesk.crm.contact_classes import ClassFilter, classification_of
from contactdesk.store.models import Contact, ContactIndustryGroup, ContactMailingGroup


def _classify(scenario: dict[str, str]) -> None:
    for kind, code in (("industry_group", "RETAIL"), ("industry_group", "WHOLESALE"), ("mailing_group", "NEWS")):
        save_code(kind, CodeData(code, code.title()))
    save_code("mailing_group", CodeData("XMAS", "Christmas card"))
    by_no = {no: Contact.get(Contact.no == no).id for no in scenario.values()}
    ContactIndustryGroup.create(contact=by_no[scenario["C1"]], industry_group="RETAIL")
    ContactIndustryGroup.create(contact=by_no[scenario["C1"]], industry_group="WHOLESALE")
    ContactMailingGroup.create(contact=by_no[scenario["P1"]], mailing_group="XMAS")
    ContactMailingGroup.create(contact=by_no[scenario["P1"]], mailing_group="NEWS")
    ContactMailingGroup.create(contact=by_no[scenario["P4"]], mailing_group="NEWS")


def _log(contact_no: str) -> int:
    return interactions.log_interaction(interactions.new_request(contact_no, template_code="TPHONE")).entry_no


def test_a_filter_finds_the_contacts_with_a_code_and_a_person_shows_its_company_s_groups(scenario) -> None:  # type: ignore[no-untyped-def]
    _classify(scenario)
    retail = ClassFilter(INDUSTRY_GROUP, "retail")
    found = {row.no for row in contacts.list_contacts(classified=retail)}
    # A person belongs to its company's industry: the persons of a RETAIL company are RETAIL contacts too.
    assert found == {scenario["C1"], scenario["P1"], scenario["P2"]}
    assert contacts.count_contacts(classified=retail) == 3
    assert contacts.count_contacts("piet", retail) == 1
    news = ClassFilter(MAILING_GROUP, "NEWS")
    assert {row.no for row in contacts.list_contacts(classified=news)} == {scenario["P1"], scenario["P4"]}
    assert contacts.contact_landmarks(classified=news, every=1) and contacts.count_contacts(classified=news) == 2
    ids = {row.no: row.id for row in contacts.list_contacts()}
    codes = classification_of([ids[scenario["P1"]], ids[scenario["P4"]], ids[scenario["C1"]]])
    assert codes[ids[scenario["P1"]]][INDUSTRY_GROUP] == ["RETAIL", "WHOLESALE"]
    assert codes[ids[scenario["P1"]]][MAILING_GROUP] == ["NEWS", "XMAS"]
    assert codes[ids[scenario["P4"]]][INDUSTRY_GROUP] == []
    assert codes[ids[scenario["C1"]]][MAILING_GROUP] == [], "a company does not take its persons' mailing groups"


def test_the_contacts_page_filters_and_shows_codes_and_totals(qtbot, qtmodeltester, scenario) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.models.contacts_model import COLUMNS
    from contactdesk.ui.pages.contacts_page import ContactsPage

    _classify(scenario)
    _log(scenario["P1"])
    _log(scenario["C1"])
    interaction_changes.set_canceled([_log(scenario["P1"])], True)
    interactions.postpone(interactions.new_request(scenario["P1"], template_code="TPHONE"))
    page = ContactsPage()
    qtbot.addWidget(page)
    page.refresh()
    model = page.model
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    first = len(COLUMNS)
    assert headers[first:] == [
        "Industry groups",
        "Business relations",
        "Mailing groups",
        "Job responsibilities",
        "Interactions",
        "Cost",
        "Duration (min)",
    ]

    def cells(no: str) -> list[str]:
        row = model.row_of_no(no)
        return [model.index(row, column).data() for column in range(first, model.columnCount())]

    # The company's totals include its person's; canceled and postponed entries do not count.
    assert cells(scenario["C1"]) == ["RETAIL, WHOLESALE", "", "", "", "2", "1.00", "20"]
    assert cells(scenario["P1"]) == ["RETAIL, WHOLESALE", "", "NEWS, XMAS", "", "1", "0.50", "10"]
    assert cells(scenario["P4"])[4:] == ["0", "0.00", "0"]
    page.class_filter.choose(MAILING_GROUP, "NEWS")
    assert model.total() == 2 and model.classified == ClassFilter(MAILING_GROUP, "NEWS")
    assert {model.row_at(0).no, model.row_at(1).no} == {scenario["P1"], scenario["P4"]}
    page.class_filter.choose(INDUSTRY_GROUP, "WHOLESALE")
    assert model.total() == 3
    page.search.setText("paula")
    page.search.search_now()
    assert model.total() == 1
    page.search.clear_search()
    page.class_filter.choose(MAILING_GROUP, "NEWS")
    save_code("mailing_group", CodeData("EVENTS", "Events"))
    assert page.class_filter.code.findData("EVENTS") < 0
    page.class_filter.code.opening.emit()  # the user opens the list: a code set up meanwhile is in it
    assert page.class_filter.code.findData("EVENTS") >= 0 and page.class_filter.current().code == "NEWS"
    page.class_filter.choose(MAILING_GROUP, "EVENTS")
    assert model.total() == 0 and page.stack.is_empty()
    assert "EVENTS" in page.empty.findChild(QLabel, "contactsEmptyText").text()
    page._clear_filters()
    assert model.total() == len(scenario) and model.classified is None
    assert page.class_filter.kind.currentIndex() == 0


def test_codes_and_totals_do_not_sort_and_hidden_ones_are_not_read(qtbot, scenario, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm import contact_list_extras
    from contactdesk.ui.models.contacts_model import COLUMNS
    from contactdesk.ui.pages.contacts_page import ContactsPage

    page = ContactsPage()
    qtbot.addWidget(page)
    page.refresh()
    header = page.table.horizontalHeader()
    order = [page.model.row_at(r).no for r in range(page.model.total())]
    header.setSortIndicator(len(COLUMNS) + 4, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == 1, "the indicator stays on the column the list is sorted by"
    assert [page.model.row_at(r).no for r in range(page.model.total())] == order
    read: list[object] = []
    monkeypatch.setattr(contact_list_extras, "contacts_statistics", lambda nos: read.append(nos) or {}, raising=True)
    menu = page.columns.build()
    assert [a.isChecked() for a in menu.actions()] == [True] * page.model.columnCount()
    for column in range(len(COLUMNS) + 4, page.model.columnCount()):
        page.columns.set_shown(column, False)
    assert page.model.index(0, len(COLUMNS)).data() is not None
    assert read == [], "hidden statistics columns cost no query"
    page.columns.set_shown(len(COLUMNS) + 5, True)
    assert page.model.index(0, len(COLUMNS) + 5).data() == "0.00"
    assert read, "a shown statistics column reads the page's totals"
