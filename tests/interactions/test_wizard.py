"""The Create Interaction wizard walked page by page with qtbot (only message boxes and the desktop are mocked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWizard

from contactdesk.crm.interaction_log import EntryFilter, count_entries
from contactdesk.store.enums import Evaluation, WizardAction
from contactdesk.store.models import InteractionLogEntry, InteractionTemplate
from contactdesk.ui import messages
from contactdesk.ui.wizard.interaction_wizard import (
    CONTENT_PAGE,
    RELATED_PAGE,
    RESULT_PAGE,
    TYPE_PAGE,
    InteractionWizard,
    start_interaction_wizard,
)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    paths: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: paths.append(url.toLocalFile()) or True)
    return paths


def wizard_for(qtbot, **kwargs) -> InteractionWizard:  # type: ignore[no-untyped-def]
    wizard = start_interaction_wizard(None, show=False, **kwargs)
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def choose_template(wizard: InteractionWizard, code: str) -> None:
    combo = wizard.type_page.template
    combo.setCurrentIndex(combo.findData(code))


def test_walk_the_wizard_from_a_contact_and_finish(qtbot, scenario, opened) -> None:  # type: ignore[no-untyped-def]
    wizard = wizard_for(qtbot, contact_no=scenario["P1"])
    page = wizard.type_page
    assert wizard.currentId() == TYPE_PAGE and page.contact.isReadOnly()
    assert page.salesperson.code() == "SP1" and page.contact.text() == f"Piet Bakker ({scenario['P1']})"
    wizard.next()
    assert wizard.currentId() == TYPE_PAGE and "template is mandatory" in page.error.text()
    choose_template(wizard, "T1")
    assert page.description.text() == "Spring mail" and page.language.code() == "nl"
    page.description.clear()
    wizard.next()
    assert wizard.currentId() == TYPE_PAGE and "description is mandatory" in page.error.text()
    page.description.setText("Spring mail for Piet")
    wizard.next()
    assert wizard.currentId() == CONTENT_PAGE and not page.error.isVisible()
    assert wizard.content_page.merge_button.isVisible() and not wizard.content_page.import_button.isVisible()
    wizard.next()  # Merge: the letter is merged on Next
    assert wizard.currentId() == RELATED_PAGE and wizard.request.merged
    assert Path(wizard.request.document_path).is_file()
    wizard.related_page.opportunity.setText("New desks for the office")
    wizard.next()
    assert wizard.currentId() == RESULT_PAGE and wizard.result_page.cost.value() == 2.5
    wizard.result_page.evaluation.set_value(int(Evaluation.POSITIVE))
    wizard.result_page.successful.setChecked(False)
    wizard.result_page.comments.setPlainText("Asked for a quote\n\nCall in May")
    with qtbot.waitSignal(wizard.interaction_logged):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    entry = InteractionLogEntry.get(InteractionLogEntry.entry_no == wizard.logged_entry.entry_no)
    assert (entry.description, entry.opportunity_text, entry.language_code) == (
        "Spring mail for Piet",
        "New desks for the office",
        "nl",
    )
    assert (entry.evaluation, entry.attempt_failed, entry.postponed) == (Evaluation.POSITIVE, True, False)
    assert [c.comment for c in entry.comments] == ["Asked for a quote", "Call in May"]
    assert entry.attachment_id is not None and not wizard.isVisible()
    assert opened == []  # Merge never opens a word processor by itself


def test_a_template_without_wizard_action_skips_the_content_step(qtbot, scenario) -> None:  # type: ignore[no-untyped-def]
    wizard = wizard_for(qtbot, contact_no=scenario["P4"])
    choose_template(wizard, "TPHONE")
    wizard.type_page.more_button.setChecked(True)
    assert wizard.type_page.more.isVisible()
    wizard.next()
    assert wizard.currentId() == RELATED_PAGE
    wizard.back()
    assert wizard.currentId() == TYPE_PAGE


def test_open_without_a_document_blocks_next_with_a_clear_message(qtbot, scenario, opened) -> None:  # type: ignore[no-untyped-def]
    wizard = wizard_for(qtbot, contact_no=scenario["P4"])
    choose_template(wizard, "TOPEN")
    wizard.next()
    assert wizard.currentId() == CONTENT_PAGE
    wizard.content_page.open_letter()
    assert "no Word document" in wizard.content_page.error.text() and opened == []
    wizard.next()
    assert wizard.currentId() == CONTENT_PAGE  # E10


def test_open_merges_a_copy_and_opens_it(qtbot, scenario, opened) -> None:  # type: ignore[no-untyped-def]
    InteractionTemplate.update(wizard_action=WizardAction.OPEN).where(InteractionTemplate.code == "T2").execute()
    wizard = wizard_for(qtbot, contact_no=scenario["P4"])
    choose_template(wizard, "T2")
    wizard.next()
    wizard.content_page.open_letter()
    assert opened == [wizard.request.document_path] and "Document:" in wizard.content_page.document.text()
    wizard.next()
    assert wizard.currentId() == RELATED_PAGE


def test_import_needs_a_word_document(qtbot, scenario, monkeypatch, make_docx) -> None:  # type: ignore[no-untyped-def]
    InteractionTemplate.update(wizard_action=WizardAction.IMPORT).where(InteractionTemplate.code == "TPHONE").execute()
    wizard = wizard_for(qtbot, contact_no=scenario["P4"])
    choose_template(wizard, "TPHONE")
    wizard.next()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    wizard.content_page.import_document()
    assert "Import canceled" in wizard.content_page.error.text()
    wizard.next()
    assert wizard.currentId() == CONTENT_PAGE
    notes = make_docx("notes.docx", ["Minutes of the call"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(notes), ""))
    wizard.content_page.import_document()
    wizard.next()
    assert wizard.currentId() == RELATED_PAGE and wizard.request.document_name == "notes.docx"


def test_cancel_and_postpone_then_resume_from_the_postponed_page(qtbot, scenario, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    questions: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _parent, _title, text, default_yes=False: questions.append(text) or True
    )
    wizard = wizard_for(qtbot, contact_no=scenario["P1"])
    choose_template(wizard, "TPHONE")
    wizard.type_page.description.setText("Call back about the quote")
    with qtbot.waitSignal(wizard.interaction_postponed):
        wizard.reject()
    assert "finish this interaction later" in questions[0] and not wizard.isVisible()
    entry_no = wizard.logged_entry.entry_no
    assert count_entries(EntryFilter(postponed=True)) == 1 and count_entries() == 0
    from contactdesk.ui.interactions.postponed_page import PostponedPage

    page = PostponedPage()
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 1 and page.select_entry(entry_no)
    page.resume_button.click()
    resumed = page.wizard
    assert resumed is not None and resumed.request.entry_no == entry_no
    assert resumed.type_page.description.text() == "Call back about the quote"
    resumed.next()
    resumed.next()
    resumed.result_page.successful.setChecked(True)
    resumed.button(QWizard.WizardButton.FinishButton).click()
    assert resumed.logged_entry.entry_no == entry_no and not resumed.logged_entry.postponed
    assert page.model.rowCount() == 0 and InteractionLogEntry.select().count() == 1


def test_answering_no_on_cancel_discards_everything(qtbot, scenario, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: False)
    wizard = wizard_for(qtbot, contact_no=scenario["P1"])
    choose_template(wizard, "T1")
    wizard.next()
    wizard.next()  # a merged letter exists in the work folder …
    folder = Path(wizard.request.document_path).parent
    wizard.reject()
    assert InteractionLogEntry.select().count() == 0
    assert not folder.exists()  # … and goes with the wizard


def test_finish_refusal_stays_on_the_page(qtbot, scenario) -> None:  # type: ignore[no-untyped-def]
    wizard = wizard_for(qtbot, contact_no=scenario["P2"])
    choose_template(wizard, "T1")  # E-mail, but P2 has no e-mail (E6)
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and "has no e-mail address" in wizard.result_page.error.text()
    assert InteractionLogEntry.select().count() == 0


def test_blocked_contacts_and_salesperson_starts(qtbot, scenario, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(messages, "warning", lambda _parent, _title, text: warnings.append(text))
    assert start_interaction_wizard(None, contact_no=scenario["BLOCKED"], show=False) is None
    assert "privacy blocked" in warnings[0]
    wizard = wizard_for(qtbot, salesperson_code="SP2")
    page = wizard.type_page
    assert not page.contact.isReadOnly() and not page.salesperson.isEnabled()
    page.contact.setText("Piet")
    page.contact.editingFinished.emit()
    assert wizard.request.contact_no == scenario["P1"] and page.salesperson.code() == "SP2"
    choose_template(wizard, "TPHONE")
    wizard.next()
    assert wizard.currentId() == RELATED_PAGE


def test_postponing_without_a_contact_is_refused_and_the_wizard_stays(qtbot, scenario, quiet_messages) -> None:  # type: ignore[no-untyped-def]
    quiet_messages["confirm"].answer = True
    wizard = wizard_for(qtbot, salesperson_code="SP1", template_code="TPHONE")
    assert wizard.request.contact_no == ""
    wizard.reject()  # Cancel → "finish later?" Yes
    assert wizard.isVisible(), "the wizard stays open so that a contact can be chosen"
    assert "You must select a contact to interact with" in quiet_messages["warning"].texts[-1]
    assert InteractionLogEntry.select().count() == 0


def test_the_wizard_starts_with_the_users_own_salesperson(qtbot, scenario) -> None:  # type: ignore[no-untyped-def]
    # P1's own salesperson is SP1; the user is mapped to SP2 (issue 12 §3.2: the user's own comes first).
    from contactdesk.crm.users import current_user
    from contactdesk.store.enums import UserRole
    from contactdesk.store.models import AppUser

    assert wizard_for(qtbot, contact_no=scenario["P1"]).type_page.salesperson.code() == "SP1"
    AppUser.create(login=current_user(), salesperson="SP2", role=UserRole.ADMIN.value)
    assert wizard_for(qtbot, contact_no=scenario["P1"]).type_page.salesperson.code() == "SP2"
    assert wizard_for(qtbot).type_page.salesperson.code() == "SP2"
