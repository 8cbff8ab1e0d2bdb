"""Worksheet → More → Change contact…: another contact on the selected line, undone by Go back (issue 12 §4)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from contactdesk.crm import contacts, segment_lines, segments
from contactdesk.ui.segments.line_contact_action import LineContactPicker

from .conftest import Answers


def test_change_the_contact_of_a_line_and_go_back(qtbot, demo_window, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    no = next(s.no for s in segments.list_segments() if s.description.startswith("Welcome"))
    sheet = demo_window.page(1).open_segment(no)
    action = sheet.actions_.line_contact.action
    assert action in sheet.actions_.more() and not action.isEnabled()  # nothing selected yet
    sheet.table.selectRow(0)
    assert action.isEnabled()
    line = segment_lines.list_lines(no, limit=1)[0]
    on_segment = {row.contact_no for row in segment_lines.list_lines(no, limit=-1)}
    newcomer = next(c for c in contacts.list_contacts(limit=500) if c.no not in on_segment)
    action.trigger()
    picker = sheet.actions_.dialog
    assert isinstance(picker, LineContactPicker) and picker.isVisible()
    assert picker.windowTitle() == f"Change the contact of line {line.line_no} ({line.contact_no})"
    picker.search.setText(newcomer.no)
    picker.refresh()
    item = next(
        picker.list.item(i)
        for i in range(picker.list.count())
        if picker.list.item(i).data(Qt.ItemDataRole.UserRole) == newcomer.no
    )
    item.setSelected(True)
    assert picker.ok.isEnabled()
    picker.accept()
    changed = segment_lines.get_line(no, line.line_no)
    assert changed.contact_no == newcomer.no and sheet.model.row_at(0).contact_no == newcomer.no
    actions = sheet.header.criteria_actions
    for _step in range(2):
        sheet.actions_.go_back.trigger()
    qtbot.waitUntil(lambda: sheet.header.criteria_actions == actions - 2, timeout=10000)
    assert segment_lines.get_line(no, line.line_no).contact_no == line.contact_no
