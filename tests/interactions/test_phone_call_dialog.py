"""The Phone call window from the card's Interactions tab and the contacts page (issue 12 §4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QPushButton
from tests.recorder import Recorder

from contactdesk.store.enums import Evaluation
from contactdesk.store.models import Campaign, InteractionLogEntry
from contactdesk.ui.contacts.card import ContactCard
from contactdesk.ui.contacts.phone_call_dialog import PhoneCallDialog


@pytest.fixture
def dialed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the desktop was asked to open (nothing leaves the test)."""
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(QUrl(url).toString()) or True)
    )
    return urls


def _open_from_card(qtbot, no: str) -> tuple[ContactCard, PhoneCallDialog]:  # type: ignore[no-untyped-def]
    card = ContactCard(None, no)
    qtbot.addWidget(card)
    card.show()
    card.findChild(QPushButton, "contactPhoneCall").click()
    dialog = card.findChild(PhoneCallDialog)
    assert dialog is not None and dialog.isVisible()
    return card, dialog


def test_a_blank_number_is_refused_then_the_call_is_dialed_and_logged(  # type: ignore[no-untyped-def]
    qtbot, scenario: dict[str, str], quiet_messages: dict[str, Recorder], dialed: list[str]
) -> None:
    card, dialog = _open_from_card(qtbot, scenario["P4"])
    assert dialog.number.text() == "" and dialog.evaluation.value() == int(Evaluation.NEUTRAL)
    dialog.dial.click()
    assert quiet_messages["warning"].texts[-1].startswith("You must fill in the phone number")
    assert dialed == []
    qtbot.keyClicks(dialog.number, "+44 (20) 7946-0018")
    dialog.dial.click()
    assert dialed == ["tel:+442079460018"]
    dialog.template.set_code("TPHONE")
    assert dialog.description.text() == "Phone call"
    dialog.successful.setChecked(False)
    dialog.opportunity.setText("Shop fitting")
    assert dialog.campaign.isHidden(), "no campaigns yet: no campaign field"
    dialog.log_button.click()
    assert not dialog.isVisible()
    entry = InteractionLogEntry.get(InteractionLogEntry.contact_no == scenario["P4"])
    assert (entry.interaction_template_id, entry.evaluation, entry.attempt_failed) == ("TPHONE", 3, True)
    assert (entry.contact_via, entry.opportunity_text) == ("+44 (20) 7946-0018", "Shop fitting")
    assert card.interactions.model.rowCount() == 1, "the card's list shows the new entry"


def test_logging_without_a_number_keeps_the_window_open(  # type: ignore[no-untyped-def]
    qtbot, scenario: dict[str, str], quiet_messages: dict[str, Recorder], dialed: list[str]
) -> None:
    Campaign.create(no="CP0001", description="Spring")
    _card, dialog = _open_from_card(qtbot, scenario["P4"])
    assert not dialog.campaign.isHidden()
    dialog.campaign.set_code("CP0001")
    dialog.template.set_code("TPHONE")
    dialog.log_button.click()
    assert dialog.isVisible()
    assert quiet_messages["warning"].texts[-1].startswith("You must fill in the phone number")
    assert InteractionLogEntry.select().count() == 0
    dialog.number.setText("0123")
    dialog.log_button.click()
    assert InteractionLogEntry.get().campaign_id == "CP0001"


def test_the_contacts_page_calls_the_selected_contact(  # type: ignore[no-untyped-def]
    qtbot, scenario: dict[str, str], quiet_messages: dict[str, Recorder], tmp_path: Path, database
) -> None:
    from contactdesk.ui.main_window import MainWindow
    from contactdesk.ui.settings import Settings

    window = MainWindow(database.target, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show_page_at(0)
    page = window.current_page()
    action = page.call_action
    assert not action.isEnabled()
    page.select_no(scenario["P4"])
    QApplication.processEvents()
    assert action.isEnabled()
    action.trigger()
    dialog = page.findChild(PhoneCallDialog)
    assert dialog is not None and dialog.call.contact_no == scenario["P4"]
