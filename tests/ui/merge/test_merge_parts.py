"""The merge dialog's parts on their own: the PDF option, the folder note, and the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from contactdesk.merge import pdf
from contactdesk.merge.segment_check import check_segment
from contactdesk.ui.merge.merge_dialog import MergeDialog
from contactdesk.ui.merge.problems_model import ProblemsModel
from contactdesk.ui.merge.recipients_model import LINE_ROLE, RecipientsModel
from contactdesk.ui.merge_errors import MergeTexts


def test_pdf_option_says_what_to_install_without_libreoffice(
    qtbot, demo_segment, outside, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    dialog = MergeDialog(demo_segment, tmp_path / "out")
    qtbot.addWidget(dialog)
    dialog.show()
    options = dialog.options
    assert not options.pdf.isEnabled() and not options.pdf.isChecked()
    assert "LibreOffice" in options.pdf.text()
    hint = MergeTexts().install_hint(pdf.install_source())
    assert hint in options.pdf.toolTip() and "LibreOffice" in hint
    assert options.pdf_note.isVisible() and hint in options.pdf_note.text()
    request = options.request()
    assert request is not None and not request.pdf and request.combined


def test_pdf_option_with_libreoffice_asks_for_the_print_document(
    qtbot, demo_segment, outside, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf, "find_soffice", lambda: Path("/opt/libreoffice/program/soffice"))
    dialog = MergeDialog(demo_segment, tmp_path / "out")
    qtbot.addWidget(dialog)
    dialog.show()
    options = dialog.options
    assert options.pdf.isEnabled() and not options.pdf_note.isVisible()
    options.combined.setChecked(False)
    assert not options.post_code.isEnabled()
    options.pdf.setChecked(True)
    assert options.combined.isChecked() and options.post_code.isEnabled()
    request = options.request()
    assert request is not None and request.pdf and request.combined_path.name == f"{demo_segment} - print.docx"


def test_folder_with_letters_is_pointed_out_and_an_empty_folder_stops(qtbot, demo_segment, outside, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "old letter.docx").write_bytes(b"")
    dialog = MergeDialog(demo_segment, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.options.folder_note.isVisible() and "1 Word document" in dialog.options.folder_note.text()
    dialog.options.folder_edit.setText("")
    assert not dialog.check_button.isEnabled()
    outside.folder = ""  # the user cancels the folder dialog: nothing changes
    dialog.options.choose_button.click()
    assert dialog.options.folder_edit.text() == ""


def test_the_default_folder_is_new_for_each_merge(
    qtbot, demo_segment, outside, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QStandardPaths

    from contactdesk.ui.merge import options_page

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(tmp_path))
    first = options_page.default_folder(demo_segment)
    assert first == tmp_path / "ContactDesk letters" / demo_segment
    first.mkdir(parents=True)
    (first / "letter.docx").write_bytes(b"")
    assert options_page.default_folder(demo_segment).name == f"{demo_segment} (2)"


def test_models_pass_the_model_tester(qtmodeltester, qtbot, segment_with_template, demo_segment) -> None:  # type: ignore[no-untyped-def]
    problems = ProblemsModel()
    qtmodeltester.check(problems)
    broken = check_segment(segment_with_template("{{ contact.nmae }} {{ line.comment }}", "{% if %}"))
    problems.set_problems(broken.problems)
    qtmodeltester.check(problems)
    assert problems.rowCount() == len(broken.problems) >= 3
    assert problems.headerData(2, Qt.Orientation.Horizontal) == "Problem"
    assert problems.headerData(2, Qt.Orientation.Vertical) is None
    recipients = RecipientsModel()
    qtmodeltester.check(recipients)
    checked = check_segment(demo_segment)
    recipients.set_recipients(checked.recipients)
    qtmodeltester.check(recipients)
    assert recipients.rowCount() == len(checked.recipients)
    first = recipients.index(0, 0)
    assert recipients.recipient_at(0).reasons and first.data(LINE_ROLE) == recipients.recipient_at(0).line_no
    assert recipients.row_of(first.data(LINE_ROLE)) == 0 and recipients.row_of(-5) == -1
    recipients.set_recipients([])
    qtmodeltester.check(recipients)
