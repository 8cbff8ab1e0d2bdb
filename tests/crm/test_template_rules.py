"""A template's wizard action against its default language's document (issue 12 §3.7, spec E20)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from contactdesk.crm import templates
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.rule_errors import TemplateActionError
from contactdesk.crm.templates import TemplateData, get_template, save_template
from contactdesk.paths import sample_templates_dir
from contactdesk.store.enums import WizardAction
from contactdesk.store.models import InteractionTemplate
from contactdesk.store.opening import OpenedDatabase

LETTER = sample_templates_dir() / "en" / "welcome_letter.docx"


@pytest.fixture
def letter(database: OpenedDatabase) -> TemplateData:
    """LETTER: default language en, no document yet, no wizard action."""
    save_code("interaction_group", CodeData("LETTER", "Letters"))
    return save_template(TemplateData(code="LETTER", interaction_group_code="LETTER", language_code_default="en"))


def test_merge_needs_a_document_in_the_default_language(letter: TemplateData, tmp_path: Path) -> None:
    with pytest.raises(TemplateActionError) as refused:
        save_template(replace(letter, wizard_action=WizardAction.MERGE), "LETTER")
    assert (refused.value.problem, refused.value.changed) == ("merge_needs_document", "action")
    assert get_template("LETTER").wizard_action is WizardAction.BLANK  # nothing was written
    # A document in another language is not the default language's.
    templates.set_template_attachment("LETTER", "nl", LETTER)
    with pytest.raises(TemplateActionError):
        save_template(replace(get_template("LETTER"), wizard_action=WizardAction.MERGE), "LETTER")
    templates.set_template_attachment("LETTER", "en", LETTER)
    merged = save_template(replace(get_template("LETTER"), wizard_action=WizardAction.MERGE), "LETTER")
    assert merged.wizard_action is WizardAction.MERGE
    # Nor can the document go, or the default move to a language without one, while the action is Merge.
    with pytest.raises(TemplateActionError) as removed:
        templates.remove_template_attachment("LETTER", "en")
    assert (removed.value.problem, removed.value.changed) == ("merge_needs_document", "document")
    templates.remove_template_attachment("LETTER", "nl")
    with pytest.raises(TemplateActionError):
        save_template(replace(get_template("LETTER"), language_code_default="nl"), "LETTER")
    assert templates.template_attachment_bytes("LETTER", "en") is not None


def test_import_is_refused_while_the_default_language_has_a_document(letter: TemplateData) -> None:
    templates.set_template_attachment("LETTER", "en", LETTER)
    with pytest.raises(TemplateActionError) as refused:
        save_template(replace(get_template("LETTER"), wizard_action=WizardAction.IMPORT), "LETTER")
    assert (refused.value.problem, refused.value.changed) == ("import_has_document", "action")
    templates.remove_template_attachment("LETTER", "en")
    imported = save_template(replace(get_template("LETTER"), wizard_action=WizardAction.IMPORT), "LETTER")
    assert imported.wizard_action is WizardAction.IMPORT
    with pytest.raises(TemplateActionError) as attached:
        templates.set_template_attachment("LETTER", "en", LETTER)
    assert (attached.value.problem, attached.value.changed) == ("import_has_document", "document")
    assert templates.template_attachment_bytes("LETTER", "en") is None
    # Another language's document is not merged by the wizard: allowed.
    templates.set_template_attachment("LETTER", "nl", LETTER)


def test_a_template_stored_before_the_rule_can_still_be_edited(letter: TemplateData) -> None:
    InteractionTemplate.update(wizard_action=WizardAction.MERGE).where(InteractionTemplate.code == "LETTER").execute()
    edited = save_template(replace(get_template("LETTER"), description="Edited"), "LETTER")
    assert edited.description == "Edited" and edited.wizard_action is WizardAction.MERGE
