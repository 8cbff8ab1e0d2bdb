"""Manage saved criteria from the worksheet: list with their actions, rename, delete."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from contactdesk.crm import saved_criteria, segments
from contactdesk.ui.segments.saved_criteria_dialog import CriteriaNameDialog, SavedCriteriaDialog

from .conftest import Answers


def test_list_rename_and_delete(qtbot, demo_window, answers: Answers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    no = next(s.no for s in segments.list_segments() if s.description.startswith("Welcome"))
    saved_criteria.save_criteria(no, "WELCOME", "Picked by hand")
    sheet = demo_window.page(1).open_segment(no)
    sheet.actions_.manage.trigger()
    dialog = sheet.actions_.dialog
    assert isinstance(dialog, SavedCriteriaDialog) and dialog.table.rowCount() == 2
    dialog.table.selectRow(1)
    assert dialog.code() == "WELCOME" and dialog.action_list.count() == 6
    assert dialog.action_list.item(0).text().startswith("1. Added by hand: Contact no. = ")

    def renamed(self: CriteriaNameDialog) -> int:
        self.code.setText("HELLO")
        self.description.setText("Welcome letters")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(CriteriaNameDialog, "exec", renamed)
    dialog.rename_button.click()
    assert dialog.code() == "HELLO"
    assert [(i.code, i.description) for i in saved_criteria.list_saved_criteria()][0] == ("HELLO", "Welcome letters")
    dialog.delete_button.click()
    assert "HELLO" in answers.asked[-1]
    assert [i.code for i in saved_criteria.list_saved_criteria()] == ["NL-RETAIL"]
    assert dialog.table.rowCount() == 1
    dialog.close()
