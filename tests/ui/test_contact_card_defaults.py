"""A new contact's card starts with Marketing Setup's defaults and saves them (issue 12 §3.8)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from tests.office_defaults import set_office_defaults

from contactdesk.crm import contacts
from contactdesk.store.enums import ContactType, CorrespondenceType
from contactdesk.ui.contacts.card import ContactCard


def _office_defaults() -> None:
    set_office_defaults()


def _card(qtbot, company_no: str = "") -> ContactCard:  # type: ignore[no-untyped-def]
    card = ContactCard(company_no=company_no)
    qtbot.addWidget(card)
    card.show()
    return card


def _save(card: ContactCard) -> str:
    card.findChild(QDialogButtonBox, "contactCardButtons").button(QDialogButtonBox.StandardButton.Save).click()
    assert card.saved_no
    return card.saved_no


def test_a_new_card_shows_and_saves_the_setup_defaults(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    _office_defaults()
    card = _card(qtbot)
    assert (card.salesperson.code(), card.country.code(), card.language.code()) == ("JD", "NL", "nl")
    assert card.correspondence.currentData() == CorrespondenceType.EMAIL
    qtbot.keyClicks(card.edits["first_name"], "Anna")  # a new card is a person's
    saved = contacts.get_contact(_save(card))
    assert (saved.salesperson_code, saved.country_code, saved.language_code) == ("JD", "NL", "nl")
    assert (saved.correspondence_type, saved.salutation_code) == (CorrespondenceType.EMAIL, "PERSON")


def test_a_person_in_a_company_takes_the_company_values_first(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    _office_defaults()
    company = contacts.create_contact(
        contacts.ContactData(
            type=ContactType.COMPANY, name="Nordic AS", country_code="NO", language_code="nb", salesperson_code="KO"
        )
    )
    card = _card(qtbot)
    card.type_combo.setCurrentIndex(card.type_combo.findData(int(ContactType.PERSON)))
    card.company.set_company(company, "Nordic AS")
    qtbot.keyClicks(card.edits["first_name"], "Per")
    saved = contacts.get_contact(_save(card))
    assert (saved.salesperson_code, saved.country_code, saved.language_code) == ("KO", "NO", "nb")
    assert (saved.company_no, saved.salutation_code) == (company, "PERSON")
    from_company = _card(qtbot, company)
    assert (from_company.salesperson.code(), from_company.country.code()) == ("KO", "NO")
