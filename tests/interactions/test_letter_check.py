"""The letter of a single interaction passes the same template check as a segment merge (issue: hardening 2.4).

A document with a field the merge does not know ({{ contact.shoe_size }}) used to give a letter reading
"Shoe size: " and a logged entry. Now the command line, the wizard and the service refuse it, naming the
field, and nothing is written to the database.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import engines
from tests.crm.docx_bombs import zip_bomb
from tests.interactions.conftest import write_docx

from contactdesk.cli import main
from contactdesk.crm import interactions
from contactdesk.crm.templates import set_template_attachment
from contactdesk.merge.errors import TemplateCheckError
from contactdesk.merge.interaction_letter import merge_interaction_letter
from contactdesk.store import db as store_db
from contactdesk.store.models import Attachment, DocumentContent, InteractionLogEntry, InteractionTemplateLanguage
from contactdesk.store.opening import open_database

SHOE = ["Dear {{ contact.name }},", "Shoe size: {{ contact.shoe_size }}"]


@pytest.fixture
def shoe_template(scenario: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """T2 (Hard copy, Merge) whose English document asks for a field the merge does not know."""
    set_template_attachment("T2", "en", write_docx(tmp_path / "shoe.docx", SHOE))
    return scenario


def _counts() -> tuple[int, int]:
    return InteractionLogEntry.select().count(), Attachment.select().count()


def test_the_service_refuses_an_unknown_field_and_writes_nothing(shoe_template: dict[str, str], tmp_path: Path) -> None:
    request = interactions.new_request(shoe_template["P4"], template_code="T2")
    folder = tmp_path / "letters"
    folder.mkdir()
    with pytest.raises(TemplateCheckError) as caught:
        merge_interaction_letter(request, folder)
    errors = [p for p in caught.value.problems if p["severity"] == "error"]
    assert [(p["kind"], p["field"]) for p in errors] == [("unknown_field", "contact.shoe_size")]
    assert list(folder.iterdir()) == []


def test_the_command_line_refuses_and_logs_nothing(
    shoe_template: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = engines.current
    before = _counts()
    store_db.close()
    status = main(["interaction", "log", "--db", database, "--contact", shoe_template["P4"], "--template", "T2"])
    err = capsys.readouterr().err
    assert status != 0
    assert "contact.shoe_size" in err and "not logged" in err and len(err.strip().splitlines()) == 1
    open_database(database)
    assert _counts() == before


def test_the_command_line_refuses_a_stored_zip_bomb(
    shoe_template: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A document stored before attaching checked sizes (moved in from an older database) is refused at merge time.
    row = InteractionTemplateLanguage.get(
        (InteractionTemplateLanguage.template == "T2") & (InteractionTemplateLanguage.language_code == "en")
    )
    bomb = zip_bomb(tmp_path / "bomb.docx", 1024).read_bytes()
    sha = Attachment.get_by_id(row.attachment_id).sha256
    DocumentContent.update(data=bomb, size=len(bomb)).where(DocumentContent.sha256 == sha).execute()
    before = _counts()
    store_db.close()
    status = main(
        [
            "interaction",
            "log",
            "--db",
            engines.current,
            "--contact",
            shoe_template["P4"],
            "--template",
            "T2",
        ]
    )
    err = capsys.readouterr().err
    assert status != 0 and "too large" in err and "word/document.xml" in err and "Traceback" not in err
    open_database(engines.current)
    assert _counts() == before


def test_the_wizard_refuses_on_merge_and_creates_no_entry(qtbot, shoe_template, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QWizard

    from contactdesk.ui.wizard.interaction_wizard import CONTENT_PAGE, start_interaction_wizard

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    wizard = start_interaction_wizard(None, contact_no=shoe_template["P4"], show=False)
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.type_page.template
    combo.setCurrentIndex(combo.findData("T2"))
    wizard.next()
    assert wizard.currentId() == CONTENT_PAGE
    page = wizard.content_page
    page.merge_and_preview()
    assert "contact.shoe_size" in page.error.text() and page.error.isVisible() and opened == []
    assert "Correct the template's Word document" in page.error.text()
    wizard.next()  # Merge on Next: refused the same way
    assert wizard.currentId() == CONTENT_PAGE and "contact.shoe_size" in page.error.text()
    assert not wizard.request.document_path and not wizard.request.merged
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert InteractionLogEntry.select().count() == 0 and wizard.logged_entry is None
