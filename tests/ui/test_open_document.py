"""Opening a document: one helper, one behaviour and one sentence on every page that opens one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget
from tests.recorder import Recorder

from contactdesk.ui import messages
from contactdesk.ui.open_document import open_document, scratch_folder


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """openUrl recorded (it leaves the process); answer True as a desktop with Word would."""
    recorder = Recorder(answer=True)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: recorder(Path(QUrl(url).toLocalFile())))
    return recorder


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(messages, "warning", recorder)
    return recorder


def test_an_existing_document_opens_without_a_word(qtbot, tmp_path: Path, opened, warnings) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    letter = tmp_path / "letter.docx"
    letter.write_bytes(b"PK")
    assert open_document(parent, letter)
    assert opened.calls == [(letter,)] and warnings.calls == []


def test_a_missing_document_says_so_and_is_not_handed_to_the_system(qtbot, tmp_path: Path, opened, warnings) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    gone = tmp_path / "gone.docx"
    assert not open_document(parent, gone, "Open letter")
    assert opened.calls == []
    [(shown_parent, title, text)] = warnings.calls
    assert shown_parent is parent and title == "Open letter"
    assert str(gone) in text and "no longer there" in text and "file manager" in text


def test_no_program_for_the_file_gives_one_sentence_saying_what_to_do(qtbot, tmp_path: Path, opened, warnings) -> None:  # type: ignore[no-untyped-def]
    opened.answer = False
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = scratch_folder()
    assert folder.is_dir() and folder.name.startswith("contactdesk-open-")
    assert not open_document(parent, folder)
    [(_parent, title, text)] = warnings.calls
    assert title == "Cannot open the document"
    assert text.startswith("No program") and "Install one" in text and str(folder) in text
