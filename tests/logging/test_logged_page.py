"""The Logged Segments page driven like a user: list, drill-down, cancel, delete, undo, follow-up, reuse, letters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from contactdesk.crm import interaction_changes, segments
from contactdesk.crm.logging_ import log_segment
from contactdesk.store.models import InteractionLogEntry, LoggedSegment, Segment
from contactdesk.ui.logged.logged_page import LoggedSegmentsPage
from contactdesk.ui.settings import Settings

from .conftest import TODAY, F, Recorder

E = InteractionLogEntry


@pytest.fixture
def page(qtbot: Any, f: F, qtmodeltester: Any) -> LoggedSegmentsPage:
    """The page with two logged segments: LSEG00001 (C1, P1, P4 with T2) and LSEG00002 (P4 alone)."""
    log_segment(f.segment("C1", "P1", "P4", template="T2"), today=TODAY)
    log_segment(f.segment("P4", description="Autumn"), today=TODAY)
    widget = LoggedSegmentsPage()
    qtbot.addWidget(widget)
    widget.show()
    qtmodeltester.check(widget.model)
    qtmodeltester.check(widget.entries)
    widget.refresh()
    return widget


def test_list_and_drill_down(page: LoggedSegmentsPage, qtmodeltester: Any, f: F) -> None:
    assert page.model.rowCount() == 2 and page.current_no() == "LSEG00002"
    assert page.entries.total() == 1
    page.select_no("LSEG00001")
    assert page.entries.total() == 3 and "LSEG00001" in page.entries_title.text()
    assert [page.entries.row_at(row).contact_no for row in range(3)] == [f.C1, f.P1, f.P4]
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[:3] == ["No.", "Segment No.", "Description"] and "No. of entries" in headers
    page.search.setText("autumn")
    page.refresh()
    assert [row.no for row in page.model.rows()] == ["LSEG00002"]
    qtmodeltester.check(page.model)


def test_cancel_restore_and_delete_canceled(page: LoggedSegmentsPage, quiet_messages: dict[str, Recorder]) -> None:
    page.select_no("LSEG00001")
    assert page.actions_.cancel.text().replace("&", "").startswith("Cancel")
    page.actions_.cancel.trigger()
    assert LoggedSegment.get(LoggedSegment.no == "LSEG00001").canceled and page.current().canceled
    assert page.actions_.cancel.text().replace("&", "").startswith("Restore")
    assert page.actions_.delete.isEnabled()
    page.actions_.cancel.trigger()
    assert not page.current().canceled and E.select().where(E.canceled == True).count() == 0  # noqa: E712
    page.actions_.cancel.trigger()
    page.actions_.delete.trigger()
    assert [row.no for row in page.model.rows()] == ["LSEG00002"]
    assert "1 logged segment" in quiet_messages["information"].texts[-1]
    assert E.select().where(E.logged_segment.is_null()).count() == 3


def test_undo_asks_and_puts_the_segment_back(page: LoggedSegmentsPage, quiet_messages: dict[str, Recorder]) -> None:
    page.select_no("LSEG00001")
    quiet_messages["confirm"].answer = False
    page.actions_.undo.trigger()
    assert LoggedSegment.select().count() == 2
    quiet_messages["confirm"].answer = True
    page.actions_.undo.trigger()
    assert [row.no for row in page.model.rows()] == ["LSEG00002"]
    assert segments.get_segment("SEG00001").lines == 3
    assert "SEG00001" in quiet_messages["information"].texts[-1]


def test_undo_refused_says_what_blocks_it(page: LoggedSegmentsPage, quiet_messages: dict[str, Recorder]) -> None:
    page.select_no("LSEG00002")
    interaction_changes.set_comments(E.get(E.segment_no == "SEG00002").entry_no, ["Called back"])
    page.actions_.undo.trigger()
    (warning,) = quiet_messages["warning"].texts
    assert "cannot be undone" in warning and "Comments" in warning
    assert LoggedSegment.select().count() == 2 and not quiet_messages["confirm"].calls


def test_follow_up_and_reuse_create_segments(page: LoggedSegmentsPage, quiet_messages: dict[str, Recorder]) -> None:
    quiet_messages["confirm"].answer = False  # do not open them
    page.select_no("LSEG00001")
    page.actions_.follow_up.trigger()
    follow_up = page.actions_.last_created
    assert segments.get_segment(follow_up).description == "Follow-up on segment SEG00001"
    assert page.current().follow_up_segment_no == follow_up
    page.actions_.reuse.trigger()
    reused = page.actions_.last_created
    assert segments.get_segment(reused).lines == 3 and reused != follow_up
    assert "Open it now?" in quiet_messages["confirm"].texts[-1]


def test_make_and_open_letters(
    page: LoggedSegmentsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_messages: dict[str, Recorder]
) -> None:
    page.select_no("LSEG00001")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path / "letters"))
    page.actions_.letters.trigger()
    assert E.select().where(E.letter_name != "").count() == 3
    assert "3 letter" in quiet_messages["information"].texts[-1]
    page.actions_.letters.trigger()
    assert "keeps one already" in quiet_messages["information"].texts[-1]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page.entry_table.setCurrentIndex(page.entries.index(0, 0))
    assert page.actions_.open.isEnabled()
    page.actions_.open.trigger()
    assert opened and Path(opened[0]).suffix == ".docx" and Path(opened[0]).is_file()


def test_the_main_window_shows_this_page(
    qtbot: Any, f: F, database: Any, tmp_path: Path, quiet_messages: dict[str, Recorder]
) -> None:
    from contactdesk.ui.main_window import MainWindow

    log_segment(f.segment("P1"), today=TODAY)
    window = MainWindow(database.target, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(2)
    current = window.current_page()
    assert isinstance(current, LoggedSegmentsPage) and current.model.rowCount() == 1
    assert window.status_label.text()
    current.actions_.follow_up.trigger()  # answered Yes: the new segment opens on the Segments page
    assert window.current_page().objectName() == "page_segments"
    sheets = window.page(1).worksheets
    assert list(sheets) == [current.actions_.last_created] and Segment.select().count() == 1
    for sheet in list(sheets.values()):
        sheet.close()
    window.close()
