"""Setup → Interaction templates: Merge needs the default language's document, Import refuses one (issue 12 §3.7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from tests.recorder import Recorder

from contactdesk.crm.errors import NotFoundError
from contactdesk.crm.templates import get_template, template_attachment_bytes
from contactdesk.paths import sample_templates_dir
from contactdesk.store.enums import WizardAction
from contactdesk.ui import messages
from contactdesk.ui.setup.template_dialog import TemplateDialog

from .test_setup_page import make_page, open_dialog, save


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(messages, "warning", recorder)
    monkeypatch.setattr(messages, "confirm", Recorder(True))
    return recorder


def _new_letter(qtbot: Any, action: WizardAction) -> tuple[Any, TemplateDialog]:
    page = make_page(qtbot)
    page.show_tab(page.templates)
    dialog = open_dialog(page.templates)
    assert isinstance(dialog, TemplateDialog)
    dialog.code.setText("NEWS")
    dialog.description.setText("Newsletter")
    dialog.group.set_code("LETTER")
    dialog.language.set_code("en")
    dialog.wizard_action.set_value(action)
    return page, dialog


def test_merge_without_a_document_is_refused_and_the_dialog_stays(
    qtbot: Any, demo_database: object, warnings: Recorder
) -> None:
    page, dialog = _new_letter(qtbot, WizardAction.MERGE)
    save(dialog)
    assert warnings.texts == [
        "Template NEWS cannot use the wizard action Merge: its default language has no Word document to merge. "
        "Add a document for the default language first, or choose another wizard action."
    ]
    assert dialog.isVisible()  # what was typed is still there to change
    with pytest.raises(NotFoundError):
        get_template("NEWS")  # nothing was written
    dialog.wizard_action.set_value(WizardAction.BLANK)
    save(dialog)
    assert get_template("NEWS").wizard_action is WizardAction.BLANK and not dialog.isVisible()


def test_import_while_the_default_language_has_a_document_is_refused(
    qtbot: Any, demo_database: object, warnings: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot)
    page.show_tab(page.templates)
    dialog = open_dialog(page.templates, "INVITE")  # Merge, with documents in en, nl and nb
    dialog.wizard_action.set_value(WizardAction.IMPORT)
    save(dialog)
    assert warnings.texts[-1].startswith("Template INVITE cannot use the wizard action Import while its default")
    assert dialog.isVisible() and get_template("INVITE").wizard_action is WizardAction.MERGE
    dialog.reject()
    # The languages panel: the Merge template's default document cannot be removed either.
    panel = page.templates.languages
    panel.choose_language("en")
    panel.remove_document()
    assert warnings.texts[-1].startswith("Template INVITE merges its default language's Word document")
    assert template_attachment_bytes("INVITE", "en") is not None


def test_a_document_for_an_import_template_is_refused_in_the_languages_panel(
    qtbot: Any, demo_database: object, warnings: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, dialog = _new_letter(qtbot, WizardAction.IMPORT)
    save(dialog)
    assert get_template("NEWS").wizard_action is WizardAction.IMPORT
    letter = Path(sample_templates_dir() / "en" / "welcome_letter.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(letter), ""))
    panel = page.templates.languages
    assert panel.code == "NEWS"
    panel.choose_language("en")
    panel.import_document()
    assert warnings.texts[-1].startswith("Template NEWS uses the wizard action Import")
    assert template_attachment_bytes("NEWS", "en") is None
