"""The worksheet's line actions driven like a user (issue 12 §4): personalise a letter in "Word" and keep it,
use the template again, phone the line's contact, and print cover sheets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from contactdesk.crm import segment_lines, segments
from contactdesk.crm.attachments import attachment_bytes
from contactdesk.crm.marketing_setup import get_marketing_setup, save_marketing_setup
from contactdesk.store.models import InteractionLogEntry, Segment, SegmentLine
from contactdesk.ui.contacts.phone_call_dialog import PhoneCallDialog
from contactdesk.ui.segments.cover_sheet_dialog import CoverSheetDialog
from contactdesk.ui.segments.lines_model import COLUMNS
from contactdesk.ui.segments.own_letter_dialog import OwnLetterDialog
from contactdesk.ui.segments.worksheet import SegmentWorksheet

from .conftest import Answers

LETTER = next(number for number, column in enumerate(COLUMNS) if column.key == "letter")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the desktop was asked to open; nothing leaves the test."""
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(QUrl(url).toString()) or True)
    )
    return urls


def _sheet(qtbot) -> SegmentWorksheet:  # type: ignore[no-untyped-def]
    no = next(s.no for s in segments.list_segments() if s.template_code == "WELCOME" and s.lines)
    sheet = SegmentWorksheet(no)
    qtbot.addWidget(sheet)
    sheet.show()
    return sheet


def _select(sheet: SegmentWorksheet, row: int) -> None:
    sheet.table.selectRow(row)
    sheet.actions_.update_enabled()


def test_a_personalised_letter_is_kept_shown_and_forgotten(  # type: ignore[no-untyped-def]
    qtbot, demo_database, answers: Answers, opened: list[str]
) -> None:
    sheet = _sheet(qtbot)
    lines = sheet.actions_.lines
    assert not lines.personalise.isEnabled(), "a line must be selected"
    _select(sheet, 0)
    line = sheet.model.row_at(0)
    assert line is not None and lines.personalise.isEnabled() and not lines.template_again.isEnabled()
    lines.personalise.trigger()
    dialog = lines.dialog
    assert isinstance(dialog, OwnLetterDialog) and dialog.isVisible()
    assert opened == [QUrl.fromLocalFile(str(dialog.path)).toString()], "the merged letter opens in the word processor"
    assert line.contact_name in "\n".join(p.text for p in docx.Document(str(dialog.path)).paragraphs)
    # The user edits and saves in Word; the window notices the save.
    document = docx.Document(str(dialog.path))
    document.add_paragraph("P.S. Only for you.")
    document.save(str(dialog.path))
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved at"), timeout=5000)
    dialog.keep_button.click()
    assert not dialog.isVisible()
    assert sheet.model.index(0, LETTER).data() == "Own letter"
    stored = SegmentLine.get(
        (SegmentLine.segment == Segment.get(Segment.no == sheet.no)) & (SegmentLine.line_no == line.line_no)
    )
    assert stored.merged and attachment_bytes(stored.attachment_id) == dialog.path.read_bytes()
    _select(sheet, 0)
    assert lines.template_again.isEnabled()
    lines.template_again.trigger()
    assert answers.asked and "is forgotten" in answers.asked[-1]
    assert sheet.model.index(0, LETTER).data() == ""
    assert not segment_lines.get_line(sheet.no, line.line_no).own_letter


def test_a_letter_that_is_no_word_document_is_refused_and_the_window_stays(  # type: ignore[no-untyped-def]
    qtbot, demo_database, answers: Answers, opened: list[str]
) -> None:
    sheet = _sheet(qtbot)
    _select(sheet, 0)
    sheet.actions_.lines.personalise.trigger()
    dialog = sheet.actions_.lines.dialog
    assert isinstance(dialog, OwnLetterDialog)
    dialog.path.write_bytes(b"saved as plain text by mistake")
    dialog.keep_button.click()
    assert dialog.isVisible() and answers.warnings
    assert sheet.model.index(0, LETTER).data() == ""


def test_phone_call_from_a_line_calls_its_contact(qtbot, demo_database, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    sheet = _sheet(qtbot)
    _select(sheet, 1)
    line = sheet.model.row_at(1)
    sheet.actions_.lines.call.trigger()
    dialog = sheet.findChild(PhoneCallDialog)
    assert dialog is not None and line is not None and dialog.call.contact_no == line.contact_no


def test_cover_sheets_are_written_logged_and_opened(  # type: ignore[no-untyped-def]
    qtbot, demo_database, answers: Answers, opened: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_marketing_setup(replace(get_marketing_setup(), cover_sheet_template_code="WELCOME"))
    target = tmp_path / "sheets"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    sheet = _sheet(qtbot)
    before = InteractionLogEntry.select().count()
    sheet.actions_.lines.cover.trigger()
    dialog = sheet.actions_.lines.dialog
    assert isinstance(dialog, CoverSheetDialog) and dialog.log.isEnabled()
    dialog.text.setPlainText("Our new catalogue is enclosed.")
    dialog.log.setChecked(True)
    dialog.save_button.click()
    written = tmp_path / "sheets.docx"
    assert written.is_file() and opened == [QUrl.fromLocalFile(str(written)).toString()]
    text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert text.count("Our new catalogue is enclosed.") == sheet.header.lines
    assert InteractionLogEntry.select().count() == before + sheet.header.lines
    assert "cover sheet" in sheet.status.text()
