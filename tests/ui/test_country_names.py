"""Country combos name every country in the interface language (CLDR), whatever the database stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QComboBox

from contactdesk.store.models import Country
from contactdesk.ui.i18n import install_translators

EXPECTED = {
    "en": ("NO – Norway", "NL – Netherlands"),
    "nl": ("NO – Noorwegen", "NL – Nederland"),
    "nb": ("NO – Norge", "NL – Nederland"),
}


@pytest.fixture(params=["nl", "nb", "en"])
def language(request, qapp, database) -> Iterator[str]:  # type: ignore[no-untyped-def]
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def _texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _check(combo: QComboBox, language: str) -> None:
    norway, netherlands = EXPECTED[language]
    assert norway in _texts(combo) and netherlands in _texts(combo)
    combo.setCurrentIndex(combo.findText(norway))
    assert combo.currentData() == "NO", "the stored value is still the code"


def test_card_and_criteria_and_setup_show_country_names_in_the_ui_language(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.contacts.card import ContactCard
    from contactdesk.ui.segments.criteria_form import CriteriaForm
    from contactdesk.ui.setup.company_info_tab import CompanyInfoTab
    from contactdesk.ui.setup.marketing_setup_tab import MarketingSetupTab

    card = ContactCard()
    form = CriteriaForm()
    company = CompanyInfoTab()
    marketing = MarketingSetupTab()
    for widget in (card, form, company, marketing):
        qtbot.addWidget(widget)
    company.refresh()
    marketing.refresh()
    for combo in (card.country, form.combos[("contact", "country_code")], company.country, marketing.country):
        _check(combo, language)


def test_a_country_cldr_does_not_know_keeps_its_stored_name(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.contacts.card import ContactCard

    Country.create(code="XY", name="Our own region")
    card = ContactCard()
    qtbot.addWidget(card)
    assert "XY – Our own region" in _texts(card.country)
    Country.create(code="XK", name="Kosovo (typed)")
    card = ContactCard()
    qtbot.addWidget(card)
    assert "XK – Kosovo" in _texts(card.country), "a code CLDR knows gets its CLDR name"


def test_the_contacts_list_names_the_country_in_its_tooltip(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from contactdesk.crm import contacts
    from contactdesk.ui.models.contacts_model import COLUMNS, ContactsModel

    contacts.create_contact(contacts.ContactData(name="Nordlys AS", country_code="NO"))
    model = ContactsModel()
    model.refresh()
    column = [key for key, _header, _value in COLUMNS].index("country_code")
    index = model.index(0, column)
    assert model.data(index) == "NO"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == EXPECTED[language][0].split(" – ")[1]
