"""The Log Segment dialog driven like a user: options, every check result, Skip/Stop, logging in the background."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from contactdesk.crm import segment_lines, segments
from contactdesk.crm.errors import ConcurrentEditError
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import InteractionLogEntry, LoggedSegment
from contactdesk.ui.logged.log_dialog import LogSegmentDialog

from .conftest import F, Recorder

E = InteractionLogEntry


def _dialog(qtbot: Any, no: str) -> LogSegmentDialog:
    dialog = LogSegmentDialog(no)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_problems_are_listed_together_and_log_stays_off(qtbot: Any, f: F) -> None:
    no = f.segment("P1", "P4", description="", salesperson="", template="")
    dialog = _dialog(qtbot, no)
    texts = [dialog.panel.problems.item(row).text() for row in range(dialog.panel.problems.count())]
    assert len(texts) == 4 and any("description" in text for text in texts)  # with Deliver: no document either
    assert not dialog.log_button.isEnabled()
    assert not dialog.panel.flagged_box.isVisible()


def test_last_moment_list_needs_skip_or_stop(qtbot: Any, f: F, quiet_messages: dict[str, Recorder]) -> None:
    no = f.segment("P1", "P3")
    dialog = _dialog(qtbot, no)
    dialog.deliver.setChecked(False)
    assert dialog.panel.flagged_box.isVisible() and dialog.panel.flagged.count() == 1
    assert "Per Tre" in dialog.panel.flagged.item(0).text()
    assert dialog.panel.stop.isChecked() and not dialog.log_button.isEnabled()
    dialog.panel.skip.setChecked(True)
    assert dialog.log_button.isEnabled() and dialog.options().skip_flagged
    dialog.follow_up.setChecked(True)
    assert dialog.panel.skip.isChecked()  # the same contacts: the choice stays
    dialog.log_button.click()
    assert dialog.result() == LogSegmentDialog.DialogCode.Accepted
    assert [e.contact_no for e in E.select()] == [f.P1]
    (note,) = quiet_messages["information"].texts
    assert "LSEG00001" in note and segments.get_segment(dialog.result_.follow_up).lines == 1


def test_deliver_offers_the_folder_and_keeps_the_letters(
    qtbot: Any, f: F, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_messages: dict[str, Recorder]
) -> None:
    no = f.segment("P1", "P4", template="T2")
    dialog = _dialog(qtbot, no)
    assert dialog.deliver.isEnabled() and dialog.deliver.isChecked() and dialog.folder.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path / "letters"))
    dialog.choose.click()
    assert dialog.folder.text() == str(tmp_path / "letters")
    dialog.folder.setText("")
    assert not dialog.log_button.isEnabled()
    dialog.folder.setText(str(tmp_path / "letters"))
    dialog.log_button.click()
    assert dialog.result() == LogSegmentDialog.DialogCode.Accepted
    assert all(entry.letter_sha256 for entry in E.select()) and E.select().count() == 2
    assert len(list((tmp_path / "letters").glob("*.docx"))) == 3  # two letters and the print document
    assert "has been logged" in quiet_messages["information"].calls[0][1]


def test_letters_failing_after_logging_are_reported_and_the_logging_stays(
    qtbot: Any, f: F, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_messages: dict[str, Recorder]
) -> None:
    from contactdesk.merge.parallel import LetterRun

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "letters" / "x.docx"))

    monkeypatch.setattr(LetterRun, "run", broken)
    dialog = _dialog(qtbot, f.segment("P4", template="T2"))
    dialog.folder.setText(str(tmp_path / "letters"))
    dialog.log_button.click()
    assert dialog.result() == LogSegmentDialog.DialogCode.Accepted and E.select().count() == 1
    (warning,) = quiet_messages["warning"].texts
    assert "The disk is full, so " in warning and "x.docx" in warning and "stay logged" in warning
    assert "[Errno" not in warning and "No space left" not in warning


def test_deliver_is_unavailable_without_any_channel(qtbot: Any, f: F) -> None:
    no = f.segment("P1")
    line = segment_lines.list_lines(no)[0]
    segment_lines.update_line(no, line.line_no, "correspondence_type", int(CorrespondenceType.BLANK))
    dialog = _dialog(qtbot, no)
    assert not dialog.deliver.isEnabled() and not dialog.deliver.isChecked()
    assert not dialog.folder.isEnabled() and dialog.deliver.toolTip()


def test_a_concurrent_change_is_explained_and_the_dialog_stays(
    qtbot: Any, f: F, quiet_messages: dict[str, Recorder]
) -> None:
    no = f.segment("P1")
    dialog = LogSegmentDialog(no, version=segments.get_segment(no).version)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.deliver.setChecked(False)
    segment_lines.add_contacts_by_hand(no, [f.P4])
    dialog.log_button.click()
    assert dialog.isVisible() and LoggedSegment.select().count() == 0
    assert "changed" in quiet_messages["warning"].texts[0]
    assert isinstance(ConcurrentEditError(no, no), ConcurrentEditError)


def test_logging_from_the_worksheet_closes_it(
    qtbot: Any, f: F, settings: Any, database: Any, quiet_messages: dict[str, Recorder]
) -> None:
    from contactdesk.ui.main_window import MainWindow

    no = f.segment("P1", "P4", template="T2")
    window = MainWindow(database.target, settings)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(1)
    page = window.page(1)
    sheet = page.open_segment(no)
    qtbot.waitExposed(sheet)
    action = sheet.findChild(type(sheet.merge_action), "actionSegmentLog")
    assert action is sheet.log_action and action in sheet.toolbar.actions()
    action.trigger()
    dialog = sheet.log_dialog
    assert dialog.isVisible() and dialog.parent() is sheet
    dialog.deliver.setChecked(False)
    dialog.log_button.click()
    qtbot.waitUntil(lambda: not sheet.isVisible() and no not in page.worksheets, timeout=5000)
    assert no not in [row.no for row in page.model.rows()]
    window.nav.setCurrentRow(2)
    assert window.current_page().model.rowCount() == 1
    window.close()


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from PySide6.QtCore import QSettings

    from contactdesk.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_delivered_drafts_go_to_the_outbox_named_in_the_users_language(
    qtbot: Any, qapp: Any, f: F, tmp_path: Path, quiet_messages: dict[str, Recorder]
) -> None:
    from contactdesk.ui.i18n import install_translators

    install_translators(qapp, "nb")
    try:
        dialog = _dialog(qtbot, f.segment("P1"))
        dialog.folder.setText(str(tmp_path / "letters"))
        dialog.log_button.click()
        assert dialog.result() == LogSegmentDialog.DialogCode.Accepted
    finally:
        install_translators(qapp, "en")
    assert len(list((tmp_path / "letters" / "Utboks").glob("*.eml"))) == 1
    assert not (tmp_path / "letters" / "outbox").exists()
