"""Merge… on the segment worksheet opens the merge flow for that segment."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from contactdesk.ui.merge.merge_dialog import SUMMARY, MergeDialog
from contactdesk.ui.segments.worksheet import SegmentWorksheet


def test_merge_action_on_the_worksheet(qtbot, demo_segment, outside, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sheet = SegmentWorksheet(demo_segment)
    qtbot.addWidget(sheet)
    sheet.show()
    action = sheet.merge_action
    assert action.objectName() == "actionSegmentMerge" and action in sheet.toolbar.actions()
    seen: list[str] = []

    def drive() -> None:
        dialog = sheet.findChild(MergeDialog)
        assert dialog is not None and dialog.isModal()
        seen.append(dialog.header.no)
        outside.folder = str(tmp_path / "letters")
        dialog.options.choose_button.click()
        dialog.check_button.click()
        dialog.merge_button.click()
        seen.append("summary" if dialog.page() == SUMMARY else "stuck")
        dialog.close_button.click()

    QTimer.singleShot(0, drive)
    action.trigger()
    assert seen == [demo_segment, "summary"]
    assert len(list((tmp_path / "letters").glob("*.docx"))) > 1
