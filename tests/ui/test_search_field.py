"""The search-as-you-type box: one widget, the same behaviour on every page that searches a list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout

from contactdesk.crm import contacts, segments
from contactdesk.ui.logged.logged_page import LoggedSegmentsPage
from contactdesk.ui.pages.contacts_page import ContactsPage
from contactdesk.ui.search_field import DELAY_MS, SearchField
from contactdesk.ui.segments.contact_picker import ContactPickerDialog
from contactdesk.ui.segments.segments_page import SegmentsPage


def test_typing_searches_once_when_it_pauses_enter_at_once_and_esc_clears(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = SearchField("probeSearch", "Search probes", "Search by number", None)
    qtbot.addWidget(field)
    field.show()
    assert (field.objectName(), field.accessibleName()) == ("probeSearch", "Search probes")
    assert field.placeholderText() == "Search by number" == field.toolTip()
    assert field.isClearButtonEnabled()
    searched: list[str] = []
    field.searched.connect(searched.append)
    qtbot.keyClicks(field, "ab c ")
    assert searched == [] and field.is_pending()  # no search per letter
    qtbot.waitUntil(lambda: searched == ["ab c"], timeout=DELAY_MS * 8)
    qtbot.keyClicks(field, "d")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert searched == ["ab c", "ab c d"] and not field.is_pending()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and searched[-1] == "" and not field.is_pending()


def test_esc_in_an_empty_box_still_closes_its_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = SearchField("probeSearch", "Search probes", "Search", dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    field.setText("x")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert dialog.isVisible() and field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_list_search_is_the_one_field(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    contacts.create_contact(contacts.ContactData(type=0, name="Alpha Company"))
    segments.create_segment()
    pages = [ContactsPage(), SegmentsPage(), LoggedSegmentsPage(), ContactPickerDialog()]
    for page in pages:
        qtbot.addWidget(page)
        assert isinstance(page.search, SearchField), type(page).__name__
    contacts_page, segments_page = pages[0], pages[1]
    for page in (contacts_page, segments_page):
        page.show()
        page.refresh()
    segments_page.search.setText("nothing like it")
    segments_page.search.search_now()
    assert segments_page.model.rowCount() == 0
    qtbot.keyClick(segments_page.search, Qt.Key.Key_Escape)  # Esc shows the whole list again, at once
    assert segments_page.model.rowCount() == 1
    contacts_page.search.setText("zzz")
    qtbot.keyClick(contacts_page.search, Qt.Key.Key_Return)
    assert contacts_page.model.total() == 0
    qtbot.keyClick(contacts_page.search, Qt.Key.Key_Escape)
    assert contacts_page.model.total() == 1
