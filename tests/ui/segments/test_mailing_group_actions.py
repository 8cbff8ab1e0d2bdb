"""Apply mailing group… / Remove mailing group… on the worksheet: every line's contact, one action, a count said."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from contactdesk.crm import classification, segments
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.contacts import create_contact
from contactdesk.ui.segments.worksheet import SegmentWorksheet


def _mailing_groups(no: str) -> list[str]:
    return [code.code for code in classification.get_classification(no).codes["mailing_group"]]


def test_apply_and_remove_a_mailing_group_for_the_whole_segment(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    save_code("mailing_group", CodeData("NEWS", "Newsletter"))
    save_code("mailing_group", CodeData("XMAS", "Christmas card"))
    contacts = [create_contact(ContactData(name=name)) for name in ("Kari", "Ola", "Per")]
    classification.add_codes(contacts[0], "mailing_group", ["XMAS"])
    no = segments.create_segment("Christmas", "", None, None, contacts)
    sheet = SegmentWorksheet(no)
    qtbot.addWidget(sheet)
    sheet.show()
    mailing = sheet.actions_.mailing
    assert mailing.apply in sheet.actions_.more() and mailing.apply.isEnabled()
    mailing.apply.trigger()
    picker = mailing.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.filter, "xm")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert "Mailing group XMAS added to 2 contacts." in sheet.status.text()
    assert all(_mailing_groups(contact) == ["XMAS"] for contact in contacts)
    mailing.remove.trigger()
    picker = mailing.picker
    qtbot.keyClicks(picker.filter, "xmas")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert "Mailing group XMAS removed from 3 contacts." in sheet.status.text()
    assert all(_mailing_groups(contact) == [] for contact in contacts)
    sheet.close()
