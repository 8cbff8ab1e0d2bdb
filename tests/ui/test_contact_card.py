"""The contact card's inline errors go as soon as the user changes the refused value."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from contactdesk.crm import contacts
from contactdesk.ui.contacts.card import ContactCard


def _save(card: ContactCard) -> None:
    card.findChild(QDialogButtonBox, "contactCardButtons").button(QDialogButtonBox.StandardButton.Save).click()


def _card(qtbot) -> ContactCard:  # type: ignore[no-untyped-def]
    card = ContactCard()
    qtbot.addWidget(card)
    card.show()
    return card


def test_name_error_goes_when_the_name_is_filled_in_from_its_parts(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    _save(card)
    name = card.fields["name"]
    assert name.error.isVisibleTo(card) and card.summary.isVisibleTo(card)
    qtbot.keyClicks(card.edits["first_name"], "Kari")
    assert card.edits["name"].text() == "Kari"
    assert not name.error.isVisibleTo(card) and name.editor.property("invalid") is False
    assert not card.summary.isVisibleTo(card), "no field needs attention any more"
    _save(card)
    assert [row.name for row in contacts.list_contacts()] == ["Kari"]


def test_each_field_keeps_its_error_until_that_field_changes(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    card.type_combo.setCurrentIndex(card.type_combo.findData(0))
    card.edits["name"].setText("Nordmann AS")
    card.edits["email"].setText("kari@")
    card.edits["email_2"].setText("ola@")
    _save(card)
    email, email_2 = card.fields["email"], card.fields["email_2"]
    assert email.error.isVisibleTo(card) and email_2.error.isVisibleTo(card)
    card.edits["email"].setText("kari@nordmann.no")
    assert not email.error.isVisibleTo(card)
    assert email_2.error.isVisibleTo(card) and card.summary.isVisibleTo(card)
    qtbot.keyClicks(card.edits["email_2"], "nordmann.no")
    assert not email_2.error.isVisibleTo(card) and not card.summary.isVisibleTo(card)
