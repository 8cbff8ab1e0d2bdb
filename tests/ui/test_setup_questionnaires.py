"""Setup → Codes → Profile questionnaires: a new user makes one by keyboard, and every classification table is there."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.recorder import Recorder

from contactdesk.crm import profiles
from contactdesk.crm.codes import KINDS
from contactdesk.ui import messages
from contactdesk.ui.setup.questionnaire_dialog import QuestionnaireDialog
from contactdesk.ui.setup.setup_page import SetupPage


def _page(qtbot: Any) -> SetupPage:
    page = SetupPage(None)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.show_tab(page.codes)
    return page


def _type_in_cell(qtbot: Any, text: str) -> None:
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)  # the closed editor goes at the next turn of the event loop, as it does for a user


def _focus(qtbot: Any, widget: Any) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_every_classification_table_and_the_questionnaires_are_in_setup(qtbot: Any, database: object) -> None:
    page = _page(qtbot)
    titles = [page.codes.kinds.item(row).text() for row in range(page.codes.kinds.count())]
    for wanted in ("Industry groups", "Business relations", "Mailing groups", "Job responsibilities"):
        assert wanted in titles
    assert titles[len(KINDS)] == "Profile questionnaires"


def test_a_new_user_makes_a_questionnaire_by_keyboard_and_deletes_it(
    qtbot: Any, database: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    confirm = Recorder(True)
    monkeypatch.setattr(messages, "confirm", confirm)
    page = _page(qtbot)
    page.codes.kinds.setCurrentRow(len(KINDS))
    tab = page.codes.questionnaires
    assert page.codes.current_table() is tab and tab.empty.isVisibleTo(page)
    tab.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, QuestionnaireDialog)
    qtbot.keyClicks(dialog.code, "size")
    qtbot.keyClicks(dialog.description, "Company size")
    dialog.contact_type.setCurrentIndex(1)
    table = dialog.lines.table
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    _type_in_cell(qtbot, "Employees")
    for answer in ("1-10", "more than 10"):
        _focus(qtbot, table)
        qtbot.keyClick(table, Qt.Key.Key_Insert)
        _type_in_cell(qtbot, answer)
    _focus(qtbot, table)
    table.setCurrentCell(2, 1)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    dialog.save_button().click()
    saved = profiles.get_questionnaire("SIZE")
    assert [(line.is_question, line.description) for line in saved.lines] == [
        (True, "Employees"),
        (False, "more than 10"),
        (False, "1-10"),
    ]
    assert saved.contact_type == 0
    assert tab.model.rowCount() == 1 and tab.select_key("SIZE")
    _focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(confirm.calls) == 1 and profiles.list_questionnaires() == []


def test_an_answer_before_any_question_is_refused_in_a_sentence(
    qtbot: Any, database: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned = Recorder()
    monkeypatch.setattr(messages, "warning", warned)
    dialog = QuestionnaireDialog("New")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("X")
    dialog.lines.add_question()
    dialog.lines.table.item(0, 1).setText("Hobby")
    dialog.lines.move_line(1)  # nothing below: stays
    dialog.lines.add_answer()
    dialog.lines.table.item(1, 1).setText("Golf")
    dialog.lines.table.setCurrentCell(1, 1)
    dialog.lines.move_line(-1)
    dialog.save_button().click()
    assert dialog.isVisible() and warned.texts == [
        "Line 1 is an answer, but no question comes before it. Add a question first."
    ]
    assert profiles.list_questionnaires() == []
