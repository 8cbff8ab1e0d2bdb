"""File → Import and Export contacts, driven like a user; every model passes qtmodeltester."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMenu, QRadioButton, QWizard

from contactdesk.crm import contacts
from contactdesk.crm.imports import check_import, read_source
from contactdesk.store.models import Contact, Salesperson
from contactdesk.ui import messages
from contactdesk.ui.contacts_io.export_dialog import ExportDialog, excel_delimiter
from contactdesk.ui.contacts_io.import_wizard import CHECK, CONFIRM, MAPPING, ImportWizard
from contactdesk.ui.contacts_io.mapping_model import FIELD_COLUMN, FIELD_ROLE, MappingModel
from contactdesk.ui.contacts_io.preview_model import PreviewModel

DATA = Path(__file__).parents[1] / "data" / "import"


def _says(plural: str, text: str) -> bool:
    """True when text holds the sentence, whether or not the plural catalogue has it yet ("contact(s)")."""
    words = [
        re.escape(word[:-1]) + r"(?:s|\(s\))" if word.endswith("s") else re.escape(word) for word in plural.split()
    ]
    return re.search(" ".join(words), text) is not None


@pytest.fixture
def wizard(qtbot, database):  # type: ignore[no-untyped-def]
    for code in ("JV", "IH"):
        Salesperson.create(code=code, name=code)
    page = ImportWizard()
    qtbot.addWidget(page)
    page.show()
    return page


def _next(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_models_pass_the_model_tester(qtmodeltester, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    source = read_source(DATA / "outlook_windows1252.csv")
    preview = PreviewModel()
    qtmodeltester.check(preview)
    preview.set_source(source)
    assert preview.headerData(0, Qt.Orientation.Vertical) == "2"
    mapping = MappingModel()
    qtmodeltester.check(mapping)
    mapping.set_source(source)
    first_name = mapping.index(source.headers.index("First Name"), FIELD_COLUMN)
    assert first_name.data(FIELD_ROLE) == "first_name" and first_name.data() == "First name"
    assert mapping.setData(first_name, "surname")
    assert not mapping.setData(first_name, "no_such_field")
    assert not mapping.setData(mapping.index(0, 0), "name")
    assert mapping.mapping()[source.headers.index("First Name")] == "surname"


def test_mapping_step_for_an_unknown_layout(qtbot, qtmodeltester, wizard: ImportWizard, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wizard.file_page.path.setText(str(DATA / "spreadsheet_semicolon.csv"))
    _next(qtbot, wizard)
    assert wizard.currentId() == MAPPING
    page = wizard.mapping_page
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.preview_model)
    assert "not one ContactDesk knows" in page.layout_label.text()
    assert page.preview_model.rowCount() == 3 and page.preview_model.index(2, 0).data() == "Bram de IJssel"
    phone_row = wizard.source.headers.index("Telefoon")  # type: ignore[union-attr]
    combo = page.table.indexWidget(page.model.index(phone_row, FIELD_COLUMN))
    assert isinstance(combo, QComboBox) and combo.currentData() == "phone_no"
    combo.setCurrentIndex(combo.findData("mobile_phone_no"))
    combo.activated.emit(combo.currentIndex())
    assert wizard.mapping[phone_row] == "mobile_phone_no"
    for row in (0, 1):  # without any name column there is nothing to import
        page.model.setData(page.model.index(row, FIELD_COLUMN), "")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.model.setData(page.model.index(0, FIELD_COLUMN), "name")
    _next(qtbot, wizard)
    assert wizard.currentId() == CHECK
    assert wizard.check_page.problems_model.rowCount() == 0
    assert "No problems found" in wizard.check_page.summary.text()
    _next(qtbot, wizard)
    assert wizard.currentId() == CONFIRM
    assert _says("3 contacts will be added", wizard.confirm_page.plan.text())
    assert Contact.select().count() == 0  # nothing written before Import
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.imported is not None)
    assert Contact.get(Contact.name == "Joost Visser").mobile_phone_no == "030 123 4567"
    assert Contact.select().count() == 3  # Bedrijf was not imported, so no company was created


def test_problems_block_the_import_until_bad_rows_are_skipped(qtbot, qtmodeltester, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.file_page.path.setText(str(DATA / "problems.csv"))
    _next(qtbot, wizard)
    assert "ContactDesk export" in wizard.mapping_page.layout_label.text()
    _next(qtbot, wizard)
    page = wizard.check_page
    qtmodeltester.check(page.problems_model)
    assert page.problems_model.rowCount() == 6
    assert page.problems_model.index(3, 2).data().startswith('"Atlantis" is not a known country/region')
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.skip_bad.setChecked(True)
    _next(qtbot, wizard)
    assert _says("5 rows will be skipped", wizard.confirm_page.plan.text())


def test_duplicates_choice_and_vcards_skip_the_mapping_step(qtbot, qtmodeltester, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm.imports import run_import

    run_import(check_import(read_source(DATA / "contacts_vcard40.vcf")))
    wizard.file_page.path.setText(str(DATA / "contacts_vcard40.vcf"))
    _next(qtbot, wizard)
    assert wizard.currentId() == CHECK
    page = wizard.check_page
    qtmodeltester.check(page.duplicates_model)
    assert page.duplicates_model.rowCount() == 3 and page.duplicate_box.isEnabled()
    assert page.duplicates_model.index(1, 3).data() == "same contact (UID)"
    page.findChild(QRadioButton, "importDuplicate_update").setChecked(True)
    _next(qtbot, wizard)
    assert _says("3 contacts will be updated", wizard.confirm_page.plan.text())


def test_a_file_that_cannot_be_read_keeps_the_first_step(qtbot, wizard: ImportWizard, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr(messages, "warning", lambda _parent, _title, text: shown.append(text))
    (tmp_path / "book.xlsx").write_bytes(b"PK\x03\x04zip")
    wizard.file_page.path.setText(str(tmp_path / "book.xlsx"))
    _next(qtbot, wizard)
    assert wizard.currentId() == 0 and "spreadsheet workbook" in shown[0]


def test_export_dialog_writes_the_file(qtbot, database, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm.contacts import ContactData, create_contact

    create_contact(ContactData(type=1, name="Kari Ødegård", email="kari@odegard.no"))
    create_contact(ContactData(type=1, name="Ola Nordmann"))
    told = []
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text: told.append(text))
    dialog = ExportDialog(query="")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.search_button.isEnabled() and not dialog.version.isEnabled()
    dialog.path.setText(str(tmp_path / "all.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.exported == 2 and _says("2 contacts exported", told[0])
    assert (tmp_path / "all.csv").read_bytes().startswith(b"\xef\xbb\xbfNo." + excel_delimiter().encode())
    found = ExportDialog(query="ødeg")
    qtbot.addWidget(found)
    found.search_button.setChecked(True)
    found.path.setText(str(tmp_path / "found.vcf"))
    assert found.version.isEnabled()
    found.version.setCurrentIndex(found.version.findData("4.0"))
    found.export()
    text = (tmp_path / "found.vcf").read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and "VERSION:4.0" in text and "Kari Ødegård" in text


def test_file_menu_opens_import_and_export(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # Found by name: the wrapper menu() returns is not kept alive by older PySide6 releases (6.8-6.10).
    file_menu = window.findChild(QMenu, "menuFile")
    names = [action.objectName() for action in file_menu.actions()]
    assert names.index("actionImportContacts") + 1 == names.index("actionExportContacts")
    assert all(isinstance(action, QAction) for action in file_menu.actions())
    window.actions_.contacts_io.import_action.trigger()
    wizard = window.findChild(ImportWizard, "importWizard")
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    assert not window.actions_.contacts_io.export_action.isEnabled()  # no contacts to export yet
    contacts.create_contact(contacts.ContactData(type=0, name="Alpha Company"))
    window.refresh_all()
    window.actions_.contacts_io.export_action.trigger()
    dialog = window.findChild(ExportDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_warnings_are_listed_but_do_not_stop_the_import(qtbot, qtmodeltester, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.file_page.path.setText(str(DATA / "outlook_languages_home.csv"))
    _next(qtbot, wizard)
    assert "Outlook" in wizard.mapping_page.layout_label.text()
    _next(qtbot, wizard)
    page = wizard.check_page
    qtmodeltester.check(page.problems_model)
    assert page.problems_model.rowCount() == 1
    assert page.problems_model.index(0, 2).data().startswith('Language "Klingon" is not known')
    assert "1 warning" in page.summary.text() and "No problems found" in page.summary.text()
    assert not page.skip_bad.isEnabled()
    _next(qtbot, wizard)
    assert _says("7 contacts will be added", wizard.confirm_page.plan.text())


def test_a_file_with_more_problems_than_listed_says_so(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "wrong.csv"
    path.write_text(
        "Name,E-mail\n" + "".join(f"Anna {index},anna@@{index}\n" for index in range(10_002)), encoding="utf-8"
    )
    wizard.file_page.path.setText(str(path))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    page = wizard.check_page
    assert page.problems_model.rowCount() == 10_000
    assert page.tabs.tabText(0) == "Problems (10002)"
    assert _says("10002 rows with problems", page.summary.text()) and "show the first 10000" in page.summary.text()
