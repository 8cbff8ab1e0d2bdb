"""Merge dialog fixtures: the sample data, a segment whose template is broken, and what leaves the process
(folder dialogs, the desktop's "open this file", message boxes) answered by the test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from contactdesk.crm import segment_lines, segments, templates
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact
from contactdesk.ui import messages


@dataclass
class Outside:
    """What the flow asked of the world outside the process."""

    folder: str = ""
    opened: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def outside(monkeypatch: pytest.MonkeyPatch) -> Outside:
    """Folder dialog answers `outside.folder`; openUrl and message boxes are recorded."""
    seen = Outside()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: seen.folder)

    def open_url(url: QUrl) -> bool:
        seen.opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(messages, "warning", lambda _p, _t, text: seen.warnings.append(text))
    monkeypatch.setattr(messages, "information", lambda _p, _t, text: seen.warnings.append(text))
    monkeypatch.setattr(messages, "error", lambda _p, _t, text, details="": seen.errors.append(text + details))
    return seen


@pytest.fixture
def demo_segment(demo_database: object) -> str:
    """The sample welcome-letter segment: lines in en, nl and nb, paper and e-mail."""
    return next(summary.no for summary in segments.list_segments() if summary.template_code == "WELCOME")


def make_docx(path: Path, *paragraphs: str | list[str]) -> Path:
    """A Word file made with python-docx; a list is one paragraph typed as several runs."""
    document = docx.Document()
    for paragraph in paragraphs:
        target = document.add_paragraph()
        for run in [paragraph] if isinstance(paragraph, str) else paragraph:
            target.add_run(run)
    document.save(str(path))
    return path


@pytest.fixture
def segment_with_template(demo_database: object, tmp_path: Path) -> Callable[..., str]:
    """A new segment of three persons whose template's English document is made of the given paragraphs."""

    def make(*paragraphs: str | list[str]) -> str:
        templates.save_template(
            templates.TemplateData(
                code="TESTLTR", interaction_group_code="LETTER", description="Test letter", language_code_default="en"
            )
        )
        templates.set_template_attachment("TESTLTR", "en", make_docx(tmp_path / "test letter.docx", *paragraphs))
        no = segments.create_segment("Test letters", template_code="TESTLTR")
        persons = Contact.select().where(Contact.type == int(ContactType.PERSON)).order_by(Contact.no).limit(3)
        segment_lines.add_contacts_by_hand(no, [str(person.no) for person in persons])
        return no

    return make
