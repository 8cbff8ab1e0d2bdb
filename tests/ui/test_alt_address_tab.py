"""The contact card's Alternative addresses tab: add, change and delete an address, each saved at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from contactdesk.crm import contacts
from contactdesk.crm.alt_addresses import list_alt_addresses
from contactdesk.crm.contact_data import ContactData
from contactdesk.ui import messages
from contactdesk.ui.contacts.alt_address_dialog import AltAddressDialog
from contactdesk.ui.contacts.alt_address_tab import AltAddressTab
from contactdesk.ui.contacts.card import ContactCard


def test_the_card_keeps_alternative_addresses(qtbot, qtmodeltester, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    no = contacts.create_contact(ContactData(type=1, name="Kari Nordmann", city="Oslo"))
    card = ContactCard(no=no)
    qtbot.addWidget(card)
    card.show()
    tab = card.findChild(AltAddressTab, "contactAltAddresses")
    assert tab is not None and card.tabs.indexOf(tab) >= 0
    card.tabs.setCurrentWidget(tab)
    qtmodeltester.check(tab.model)
    assert tab.stack.is_empty() and not tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AltAddressDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.code, "summer")
    qtbot.keyClicks(dialog.address, "Strandveien 9")
    qtbot.keyClicks(dialog.city, "Kristiansand")
    dialog.country.set_code("NO")
    qtbot.keyClicks(dialog.email, "kari@")
    dialog.valid_from.setDate(QDate(2026, 6, 1))
    dialog.valid_to.setDate(QDate(2026, 5, 1))
    dialog.save_button().click()
    assert dialog.isVisible(), "a refused field keeps the dialog open"
    assert dialog.fields.error_text("email") and dialog.fields.error_text("valid_to")
    assert "cannot be before the starting date (2026-06-01)" in dialog.fields.error_text("valid_to")
    assert list_alt_addresses(no) == []
    dialog.email.setText("kari@summer.example")
    dialog.valid_to.setDate(QDate(2026, 8, 31))
    dialog.save_button().click()
    assert not dialog.isVisible()
    assert not tab.stack.is_empty() and tab.model.rowCount() == 1
    assert tab.model.index(0, 0).data() == "SUMMER" and tab.edit_button.isEnabled(), "the new address is selected"
    saved = list_alt_addresses(no)[0]
    assert (saved.city, saved.email, saved.valid_from, saved.valid_to) == (
        "Kristiansand",
        "kari@summer.example",
        date(2026, 6, 1),
        date(2026, 8, 31),
    )
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    edit = tab.dialog
    assert edit is not dialog and edit.code.text() == "SUMMER" and edit.valid_to.value() == date(2026, 8, 31)
    edit.city.setText("Mandal")
    edit.valid_to.clear_value()
    edit.save_button().click()
    assert (list_alt_addresses(no)[0].city, list_alt_addresses(no)[0].valid_to) == ("Mandal", None)
    monkeypatch.setattr(messages, "confirm", lambda *_args, **_kwargs: True)
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert list_alt_addresses(no) == [] and tab.stack.is_empty()


def test_a_new_contact_s_card_has_no_address_tab_yet(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    card = ContactCard()
    qtbot.addWidget(card)
    assert card.findChild(AltAddressTab) is None, "addresses belong to a saved contact"
