"""The Merge dialog driven like a user on the sample data: options, check, preview, merge, summary."""

from __future__ import annotations

import time
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from contactdesk.crm import segment_lines, segments
from contactdesk.merge.segment_check import check_segment
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Contact, Segment, SegmentLine
from contactdesk.ui.merge.merge_dialog import CHECK, OPTIONS, SUMMARY, MergeDialog
from contactdesk.ui.merge.merge_flow import run_segment_merge


def _paragraphs(path: Path) -> str:
    return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)


def _dialog(qtbot, no: str, out_dir: Path | None = None) -> MergeDialog:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(no, out_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_whole_flow_writes_a_letter_per_line_and_the_print_document(qtbot, demo_segment, outside, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lines = segment_lines.list_lines(demo_segment)
    dialog = _dialog(qtbot, demo_segment)
    assert dialog.page() == OPTIONS and not dialog.merge_button.isVisible()
    outside.folder = str(tmp_path / "letters")
    dialog.options.choose_button.click()
    assert dialog.options.folder() == tmp_path / "letters"
    dialog.check_button.click()
    assert dialog.page() == CHECK
    assert dialog.check_page.summary.text().startswith("Ready to merge 6 letter")
    assert dialog.merge_button.isEnabled()
    assert not (tmp_path / "letters").exists(), "nothing is written before Merge"
    dialog.merge_button.click()
    assert dialog.page() == SUMMARY
    outcome = dialog.outcome
    assert outcome is not None and not outcome.cancelled
    letters = sorted((tmp_path / "letters").glob("CT*.docx"))
    assert len(letters) == len(lines) == len(outcome.letters)
    for line in lines:
        letter = outcome.letters_by_line[line.line_no]
        assert letter.name.startswith(line.contact_no) and line.contact_name in _paragraphs(letter)
    emails = [line for line in lines if line.correspondence_type.name == "EMAIL" and line.email]
    assert len(list((tmp_path / "letters" / "outbox").glob("*.eml"))) == len(emails) == len(outcome.emails)
    assert outcome.combined == tmp_path / "letters" / f"{demo_segment} - print.docx"
    assert len(docx.Document(str(outcome.combined)).sections) == len(lines) - len(emails)
    assert not list((tmp_path / "letters").glob(".~*")), "no temporary file is left behind"
    assert "6 letter" in dialog.summary.details.text()
    dialog.summary.open_folder.click()
    dialog.summary.open_combined.click()
    assert outside.opened == [tmp_path / "letters", outcome.combined]
    assert dialog.close_button.text() == "Close"


def test_run_segment_merge_returns_the_outcome_for_the_log_dialog(qtbot, demo_segment, outside, tmp_path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[int] = []

    def drive() -> None:
        dialog = parent.findChild(MergeDialog)
        assert dialog is not None and dialog.options.folder() == tmp_path / "proposed"
        dialog.options.combined.setChecked(False)
        dialog.check_button.click()
        steps.append(dialog.page())
        dialog.merge_button.click()
        steps.append(dialog.page())
        dialog.close_button.click()

    QTimer.singleShot(0, drive)
    outcome = run_segment_merge(parent, demo_segment, out_dir=tmp_path / "proposed")
    assert steps == [CHECK, SUMMARY]
    assert outcome is not None and outcome.combined is None and not outcome.cancelled
    assert set(outcome.letters_by_line) == {line.line_no for line in segment_lines.list_lines(demo_segment)}
    assert all(path.is_file() and path.parent == tmp_path / "proposed" for path in outcome.letters)


def test_closing_before_merging_returns_nothing(qtbot, demo_segment, outside, tmp_path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, lambda: parent.findChild(MergeDialog).close_button.click())
    assert run_segment_merge(parent, demo_segment, tmp_path / "out") is None
    assert not (tmp_path / "out").exists()


def test_an_unknown_segment_is_a_sentence_not_a_dialog(qtbot, demo_database, outside) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    assert run_segment_merge(parent, "SEG99999") is None
    assert outside.warnings and "SEG99999" in outside.warnings[0]


def test_check_lists_every_problem_and_refuses_to_merge(qtbot, segment_with_template, outside, tmp_path) -> None:  # type: ignore[no-untyped-def]
    no = segment_with_template(
        "Dear {{ contact.nmae }},",
        "{{ line.comment }}",
        ["Regards, {{ sales", "person.name }}"],
        "{% if contact.city %}Your city: {{ contact.city }",
    )
    dialog = _dialog(qtbot, no, tmp_path / "out")
    dialog.check_button.click()
    assert dialog.page() == CHECK
    model = dialog.check_page.model
    found = [model.problem_at(row).problem for row in range(model.rowCount())]
    assert [(problem.kind, problem.severity) for problem in found] == [
        ("syntax", "error"),
        ("unknown_field", "error"),
        ("split_placeholder", "warning"),
        ("empty_field", "warning"),
    ]
    texts = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert "contact.nmae" in texts[1]
    assert "Your city" in model.index(0, 3).data(), "the syntax error names its place"
    assert "3 recipient" in texts[3] and found[3].count == 3
    assert model.index(0, 1).data() == "TESTLTR · en · test letter.docx"
    assert dialog.check_page.summary.text().startswith("2 problem")
    assert not dialog.merge_button.isEnabled()
    assert "cannot be made yet" in dialog.check_page.preview.text_shown()
    dialog.merge_button.click()
    assert not (tmp_path / "out").exists()
    dialog.back_button.click()
    assert dialog.page() == OPTIONS


def test_check_of_an_empty_segment_says_it_has_no_lines_and_to_add_contacts(
    qtbot, demo_database, outside, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    no = segments.create_segment("Nobody yet", template_code="WELCOME")
    dialog = _dialog(qtbot, no, tmp_path / "out")
    dialog.check_button.click()
    assert dialog.page() == CHECK
    summary = dialog.check_page.summary.text()
    assert summary.startswith("The segment has no lines") and "Add contacts" in summary
    assert "Word" not in summary and "template" not in summary
    assert not dialog.merge_button.isEnabled()


def test_check_counts_only_the_drafts_the_merge_will_write(qtbot, demo_segment, outside, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lines = segment_lines.list_lines(demo_segment)
    SegmentLine.update(correspondence_type=int(CorrespondenceType.EMAIL)).where(
        SegmentLine.line_no.in_([line.line_no for line in lines[:4]]),
        SegmentLine.segment == Segment.get(Segment.no == demo_segment).id,
    ).execute()
    emails = [line for line in segment_lines.list_lines(demo_segment) if line.correspondence_type.name == "EMAIL"]
    assert len(emails) >= 4 and all(line.email for line in emails)
    # One e-mail line loses its address, another gets one no draft can be written to.
    Contact.update(email="").where(Contact.no == emails[0].contact_no).execute()
    Contact.update(email="jan@example.nl\nBcc: all@example.nl").where(Contact.no == emails[1].contact_no).execute()
    expected = len(emails) - 2
    check = check_segment(demo_segment)
    assert check.drafts == expected
    dialog = _dialog(qtbot, demo_segment, tmp_path / "out")
    dialog.check_button.click()
    summary = dialog.check_page.summary.text()
    assert f"{expected} of them also become" in summary, summary
    dialog.merge_button.click()
    assert dialog.outcome is not None and len(dialog.outcome.emails) == expected


def test_preview_shows_the_chosen_contact_and_opens_in_word(qtbot, demo_segment, outside, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, demo_segment, tmp_path / "out")
    dialog.check_button.click()
    preview = dialog.check_page.preview
    first = preview.model.recipient_at(0)
    assert first is not None and first.reasons, "the worst contacts come first"
    assert first.name in preview.text_shown()
    for line in segment_lines.list_lines(demo_segment):
        preview.show_line(line.line_no)
        assert line.contact_name in preview.text_shown()
        assert "{{" not in preview.text_shown()
    preview.open_button.click()
    (opened,) = outside.opened
    assert opened.suffix == ".docx" and opened.is_file()
    assert line.contact_name in _paragraphs(opened)
    assert not (tmp_path / "out").exists(), "a preview writes nothing into the letters folder"
    folder = preview._folder
    dialog.close()
    assert not folder.exists(), "previews are removed with the dialog"


def test_cancel_keeps_only_complete_letters(qtbot, demo_segment, outside, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from contactdesk.merge.render import PreparedTemplate

    # Six letters take milliseconds; each one is made to take a moment so Cancel lands mid-way.
    real_write = PreparedTemplate.write

    def slow_write(self, context, target, tag="letter"):  # type: ignore[no-untyped-def]
        path = real_write(self, context, target, tag)
        time.sleep(0.25)  # in the worker thread: the window keeps painting meanwhile
        return path

    monkeypatch.setattr(PreparedTemplate, "write", slow_write)
    dialog = _dialog(qtbot, demo_segment, tmp_path / "out")
    dialog.check_button.click()

    def press_cancel_after_the_first_letter() -> None:
        # The check's progress dialog may still await deletion, so look for the one that is counting.
        for progress in dialog.findChildren(QProgressDialog, "progressDialog"):
            if progress.value() >= 1:
                progress.findChild(QPushButton).click()
                watcher.stop()

    watcher = QTimer(dialog)
    watcher.timeout.connect(press_cancel_after_the_first_letter)
    watcher.start(20)
    dialog.merge_button.click()
    outcome = dialog.outcome
    assert outcome is not None and outcome.cancelled
    assert dialog.page() == SUMMARY and dialog.summary.title.text() == "Merge canceled"
    files = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert 0 < len(outcome.letters) < 6
    assert files == sorted(path.name for path in outcome.letters), "no print document, outbox or temporary file"
    for letter in outcome.letters:
        assert docx.Document(str(letter)).paragraphs, "every letter under its final name is complete"
    assert outcome.letters_by_line == {}


def test_a_folder_that_cannot_be_written_is_explained(qtbot, demo_segment, outside, tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    dialog = _dialog(qtbot, demo_segment, blocker / "letters")
    dialog.check_button.click()
    dialog.merge_button.click()
    assert dialog.page() == CHECK and dialog.outcome is None
    assert outside.warnings and "could not be written" in outside.warnings[0]
    assert "is a file, not a folder" in outside.warnings[0] and "[Errno" not in outside.warnings[0]
    assert not outside.errors


@pytest.mark.slow
def test_pdf_of_the_print_document(qtbot, demo_segment, outside, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.merge import pdf

    if pdf.find_soffice() is None:
        pytest.skip("LibreOffice is not installed")
    dialog = _dialog(qtbot, demo_segment, tmp_path / "out")
    dialog.options.combined.setChecked(False)
    dialog.options.pdf.setChecked(True)
    assert dialog.options.combined.isChecked(), "a PDF is made of the print document"
    dialog.check_button.click()
    dialog.merge_button.click()
    outcome = dialog.outcome
    assert outcome is not None and outcome.pdf is not None and outcome.pdf.read_bytes().startswith(b"%PDF")
    assert dialog.summary.open_pdf.isVisible()
    dialog.summary.open_pdf.click()
    assert outside.opened == [outcome.pdf]
