"""The merge dialog's summary names the contacts whose e-mail draft an old, broken value changed or stopped."""

from __future__ import annotations

from pathlib import Path

from contactdesk.crm import segment_lines
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Contact
from contactdesk.ui.merge.merge_dialog import SUMMARY, MergeDialog


def test_the_summary_lists_the_drafts_a_line_break_changed(qtbot, demo_segment, outside, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = segment_lines.list_lines(demo_segment)
    for line in lines[:2]:
        segment_lines.update_line(demo_segment, line.line_no, "correspondence_type", int(CorrespondenceType.EMAIL))
    # Written straight into the database, as data saved before the check existed would be.
    Contact.update(name="Ann\r\nSmith", email="ann@example.com").where(Contact.no == lines[0].contact_no).execute()
    Contact.update(email="b@example.com\nBcc: x@example.com").where(Contact.no == lines[1].contact_no).execute()
    dialog = MergeDialog(demo_segment, tmp_path / "letters")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_button.click()
    dialog.merge_button.click()
    assert dialog.page() == SUMMARY and dialog.outcome is not None
    assert len(dialog.outcome.letters) == len(lines)
    text = dialog.summary.details.text()
    assert (
        f"1 e-mail draft had a line break in the name or subject, which was put on one line: {lines[0].contact_no}"
        in text
    )
    assert (
        f"1 e-mail draft was not written because the e-mail address holds a line break: {lines[1].contact_no}" in text
    )
    assert not outside.errors
