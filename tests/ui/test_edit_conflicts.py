"""A refused save (someone else saved first): the sentence, Reload, and the user's own values kept beside."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from contactdesk.crm import codes, company_info, contacts, salespeople, users
from contactdesk.crm.contact_data import ContactData

pytestmark = pytest.mark.usefixtures("database")


def _someone_else_sets_city(no: str, city: str) -> None:
    contacts.update_contact(no, replace(contacts.get_contact(no), city=city))


def test_contact_card_offers_reload_and_keeps_what_the_user_typed(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.contacts.card import ContactCard

    no = contacts.create_contact(ContactData(type=0, name="Berg & Co", city="Oslo", phone_no="111"))
    card = ContactCard(no=no)
    qtbot.addWidget(card)
    card.show()
    assert "Created by" in card.stamp.text() and "Last changed by" in card.stamp.text()
    card.edits["city"].setText("Utrecht")
    card.edits["phone_no"].setText("222")
    monkeypatch.setenv("LOGNAME", "anna")
    _someone_else_sets_city(no, "Bergen")
    card.save()
    assert card.isVisible() and card.result() == 0  # still open, nothing lost
    sentence = card.conflict.label.text()
    assert card.conflict.isVisible()
    assert sentence.startswith(f"{users.current_user()} changed this contact at ")
    assert sentence.endswith("Reload, then make your change again.")
    qtbot.mouseClick(card.conflict.button, Qt.MouseButton.LeftButton)
    assert not card.conflict.isVisible()
    assert card.edits["city"].text() == "Bergen"  # the newer value is shown …
    assert card.fields["city"].hint_text().startswith("Your change: Utrecht")  # … with the user's beside it
    assert card.fields["phone_no"].hint_text().startswith("Your change: 222")
    assert card.fields["name"].hint_text() == ""  # unchanged fields get no hint
    assert f"Last changed by {users.current_user()}" in card.stamp.text()
    card.fields["city"].hint.linkActivated.emit("use")  # "Use mine"
    assert card.edits["city"].text() == "Utrecht" and card.fields["city"].hint_text() == ""
    card.save()
    saved = contacts.get_contact(no)
    assert (saved.city, saved.phone_no) == ("Utrecht", "111")


def test_salesperson_dialog_offers_reload(qtbot) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.setup.salesperson_dialog import SalespersonDialog

    salespeople.save_salesperson(salespeople.SalespersonData("AB", "Anna Berg"))
    dialog = SalespersonDialog(salespeople.get_salesperson("AB"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Anna Berg-Olsen")
    dialog.blocked.setChecked(True)
    salespeople.save_salesperson(replace(salespeople.get_salesperson("AB"), name="Anna Bergman"), "AB")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.conflict.isVisible()
    assert "changed this salesperson" in dialog.conflict.label.text()
    qtbot.mouseClick(dialog.conflict.button, Qt.MouseButton.LeftButton)
    assert dialog.name.text() == "Anna Bergman" and not dialog.blocked.isChecked()
    fields = dialog.fields.all_fields()
    assert fields["name"].hint_text().startswith("Your change: Anna Berg-Olsen")
    assert fields["blocked"].hint_text().startswith("Your change: ticked")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and salespeople.get_salesperson("AB").name == "Anna Bergman"


def test_code_dialog_offers_reload(qtbot) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.setup.code_dialog import CodeDialog

    codes.save_code("mailing_group", codes.CodeData("NEWS", "Newsletter"))
    dialog = CodeDialog("mailing_group", "Mailing group", codes.get_code("mailing_group", "NEWS"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setText("Monthly letter")
    codes.save_code("mailing_group", codes.CodeData("NEWS", "Weekly letter"), "NEWS")
    dialog.save()
    assert dialog.conflict.isVisible()
    dialog.reload()
    assert dialog.description.text() == "Weekly letter"
    assert dialog.fields.fields["description"].hint_text().startswith("Your change: Monthly letter")


def test_company_tab_offers_reload(qtbot) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.setup.company_info_tab import CompanyInfoTab

    company_info.save_company_info(company_info.CompanyInfoData(name="Our Company", city="Oslo"))
    tab = CompanyInfoTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    tab.edits["city"].setText("Utrecht")
    company_info.save_company_info(replace(company_info.get_company_info(), city="Bergen"))
    assert tab.save() is False
    assert tab.conflict.isVisible() and "changed the company information" in tab.conflict.label.text()
    qtbot.mouseClick(tab.conflict.button, Qt.MouseButton.LeftButton)
    assert tab.edits["city"].text() == "Bergen"
    assert tab.fields.fields["city"].hint_text().startswith("Your change: Utrecht")
    assert not tab.dirty  # the form shows what is saved …
    tab.fields.fields["city"].hint.linkActivated.emit("use")  # … until the user takes their own value again
    assert tab.dirty and tab.save() is True
    assert company_info.get_company_info().city == "Utrecht"
