"""The Segments page: list, search, new, open, delete; and the contact a segment protects."""

from __future__ import annotations

from contactdesk.crm import segment_lines, segments
from contactdesk.ui.segments.segments_page import SegmentsPage
from contactdesk.ui.segments.worksheet import SegmentWorksheet

from .conftest import Answers


def test_the_page_lists_searches_and_models_pass(qtbot, qtmodeltester, demo_window) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.current_page()
    assert isinstance(page, SegmentsPage) and page.objectName() == "page_segments"
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert page.model.rowCount() == 2
    descriptions = {page.model.row_at(r).description for r in range(2)}
    assert {"Welcome letters – new customers", "Voorjaarsseminar – uitnodiging retail"} == descriptions
    assert page.model.row_at(0).lines > 0 and demo_window.status_label.text().startswith("2 segment")
    qtbot.keyClicks(page.search, "welcome")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.search.setText("no such segment")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty)
    assert "no such segment" in page.empty.text()


def test_new_open_and_delete(qtbot, demo_window, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.current_page()
    page.new_button.click()
    assert page.model.rowCount() == 3
    no = page.current_no()
    sheet = page.worksheets[no]
    assert isinstance(sheet, SegmentWorksheet) and sheet.isVisible() and sheet.no == no
    assert page.open_segment(no) is sheet  # one window per segment
    sheet.close()
    assert no not in page.worksheets
    page.select_no(no)
    page.delete_button.click()
    assert no in answers.asked[-1]
    assert page.model.rowCount() == 2
    assert no not in {s.no for s in segments.list_segments()}


def test_a_contact_on_a_segment_cannot_be_deleted(qtbot, demo_window, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    no = next(s.no for s in segments.list_segments() if s.description.startswith("Welcome"))
    contact = segment_lines.list_lines(no, limit=1)[0].contact_no
    demo_window.nav.setCurrentRow(0)
    contacts_page = demo_window.contacts
    contacts_page.search.setText(contact)
    contacts_page.refresh()
    contacts_page.table.selectRow(0)
    assert contacts_page.current_row().no == contact
    contacts_page.delete_action.trigger()
    assert "unlogged segments" in answers.warnings[-1] and no in answers.warnings[-1]
