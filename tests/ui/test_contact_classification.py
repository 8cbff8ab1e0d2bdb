"""The card's classification by keyboard: codes added with Insert and a picker, removed with Delete, saved with
the card (Cancel keeps nothing); a person shows its company's codes read-only; profile answers ticked with Space."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QScrollArea

from contactdesk.crm import classification, profiles
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.contacts import create_contact
from contactdesk.crm.profiles import QuestionLine, Questionnaire
from contactdesk.store.enums import ContactType
from contactdesk.ui.contacts.card import ContactCard
from contactdesk.ui.contacts.code_list import CodeListBox


@pytest.fixture
def office(database) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A new user's own setup, no sample data: a few codes, a company and its person."""
    for kind, code, text in [
        ("industry_group", "RETAIL", "Retail"),
        ("industry_group", "FOOD", "Food"),
        ("business_relation", "CUST", "Customer"),
        ("mailing_group", "XMAS", "Christmas card"),
        ("job_responsibility", "PURCH", "Purchasing"),
    ]:
        save_code(kind, CodeData(code, text))
    company = create_contact(ContactData(type=ContactType.COMPANY, name="Nordmann AS"))
    person = create_contact(ContactData(name="Kari Nordmann", company_no=company))
    return company, person


def _card(qtbot, no: str) -> ContactCard:  # type: ignore[no-untyped-def]
    card = ContactCard(None, no)
    qtbot.addWidget(card)
    card.show()
    card.tabs.setCurrentIndex(2)
    return card


def _focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts reach a widget of the active window that has the focus."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _pick(qtbot, box: CodeListBox, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Insert on the list opens the picker; typing filters it and Enter takes the first match."""
    _focus(qtbot, box.list)
    qtbot.keyClick(box.list, Qt.Key.Key_Insert)
    picker = box.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.filter, typed)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert not picker.isVisible()


def _save(card: ContactCard) -> None:
    card.findChild(QDialogButtonBox, "contactCardButtons").button(QDialogButtonBox.StandardButton.Save).click()


def _codes(no: str, kind: str) -> list[str]:
    return [code.code for code in classification.get_classification(no).codes.get(kind, [])]


def test_a_company_gets_and_loses_codes_by_keyboard_and_save_keeps_them(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    company, _person = office
    card = _card(qtbot, company)
    boxes = card.classification.panel.boxes
    assert not boxes["job_responsibility"].isVisibleTo(card), "job responsibilities are for persons"
    _pick(qtbot, boxes["industry_group"], "ret")
    _pick(qtbot, boxes["industry_group"], "foo")
    _pick(qtbot, boxes["mailing_group"], "xm")
    assert boxes["industry_group"].codes() == ["FOOD", "RETAIL"]
    boxes["industry_group"].list.setCurrentRow(0)
    _focus(qtbot, boxes["industry_group"].list)
    qtbot.keyClick(boxes["industry_group"].list, Qt.Key.Key_Delete)
    assert boxes["industry_group"].codes() == ["RETAIL"]
    assert _codes(company, "industry_group") == [], "nothing is saved before Save"
    _save(card)
    assert _codes(company, "industry_group") == ["RETAIL"] and _codes(company, "mailing_group") == ["XMAS"]


def test_cancel_keeps_nothing(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    company, _person = office
    card = _card(qtbot, company)
    _pick(qtbot, card.classification.panel.boxes["business_relation"], "cu")
    card.reject()
    assert _codes(company, "business_relation") == []


def test_a_person_shows_its_companys_codes_read_only_and_keeps_its_own(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    company, person = office
    classification.add_codes(company, "industry_group", ["RETAIL"])
    card = _card(qtbot, person)
    boxes = card.classification.panel.boxes
    industry = boxes["industry_group"]
    assert industry.codes() == ["RETAIL"] and industry.read_only
    assert not industry.add_button.isVisibleTo(card) and company in industry.note.text()
    _focus(qtbot, industry.list)
    qtbot.keyClick(industry.list, Qt.Key.Key_Insert)
    assert industry.picker is None, "a person's industry groups are its company's"
    _pick(qtbot, boxes["job_responsibility"], "purch")
    _save(card)
    assert _codes(person, "job_responsibility") == ["PURCH"]
    assert _codes(company, "industry_group") == ["RETAIL"]


def test_profile_answers_are_ticked_with_space_one_per_question(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    company, _person = office
    saved = profiles.save_questionnaire(
        Questionnaire(
            "SIZE",
            "Company size",
            ContactType.COMPANY,
            lines=(QuestionLine(True, "Employees"), QuestionLine(False, "1-10"), QuestionLine(False, "11-50")),
        )
    )
    card = _card(qtbot, company)
    card.tabs.setCurrentWidget(card.classification.profiles)
    tree = card.classification.profiles.tree
    question = tree.topLevelItem(0).child(0)
    small, larger = question.child(0), question.child(1)
    _focus(qtbot, tree)
    for answer in (small, larger):
        tree.setCurrentItem(answer)
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert small.checkState(0) == Qt.CheckState.Unchecked and larger.checkState(0) == Qt.CheckState.Checked
    assert "11-50" in card.classification.summary.text()
    _save(card)
    assert profiles.contact_answers(company) == {"SIZE": {saved.lines[2].line_no}}


@pytest.mark.parametrize("language", ["en", "nl", "nb"])
def test_the_segmentation_and_profiles_tabs_fit_a_small_laptop(qtbot, qapp, office, language: str) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.i18n import install_translators

    from .layout_checks import problems
    from .screens import SIZE, show

    company, person = office
    classification.add_codes(company, "industry_group", ["RETAIL", "FOOD"])
    install_translators(qapp, language)
    try:
        found = {}
        for no in (company, person):
            card = ContactCard(None, no)
            qtbot.addWidget(card)
            show(card)
            for tab in (2, 3):
                card.tabs.setCurrentIndex(tab)
                QApplication.processEvents()
                found[f"{no}-{tab}"] = problems(card, SIZE)
                scroller = card.tabs.currentWidget()
                if isinstance(scroller, QScrollArea):
                    # All of the classification shows at a glance: the tab does not need scrolling.
                    assert scroller.verticalScrollBar().maximum() == 0, (no, language)
                assert card.width() <= SIZE[0] and card.height() <= SIZE[1]
            card.close()
    finally:
        install_translators(qapp, "en")
    assert not any(found.values()), found


def test_a_new_company_is_saved_with_the_codes_given_on_its_card(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot, "")
    card.type_combo.setCurrentIndex(card.type_combo.findData(int(ContactType.COMPANY)))
    card.edits["name"].setText("Ny Handel AS")
    boxes = card.classification.panel.boxes
    assert not boxes["industry_group"].read_only and not boxes["job_responsibility"].isVisibleTo(card)
    _pick(qtbot, boxes["industry_group"], "ret")
    _save(card)
    assert card.saved_no and _codes(card.saved_no, "industry_group") == ["RETAIL"]
