"""The Setup page against a real database: dialogs, inline errors, refusals and Word documents."""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QTabBar,
    QTableView,
    QWidget,
)
from tests.recorder import Recorder

from contactdesk.crm.codes import CodeData, list_codes
from contactdesk.crm.company_info import get_company_info
from contactdesk.crm.errors import (
    AttachmentError,
    DuplicateCodeError,
    InUseError,
    ValidationError,
)
from contactdesk.crm.marketing_setup import get_marketing_setup
from contactdesk.crm.number_series import get_series
from contactdesk.crm.salespeople import SalespersonData, get_salesperson, list_salespeople, save_salesperson
from contactdesk.crm.templates import (
    get_template,
    list_template_languages,
    list_templates,
    template_attachment_bytes,
)
from contactdesk.store.enums import CorrespondenceType, InformationFlow, InitiatedBy, WizardAction
from contactdesk.store.models import DocumentContent
from contactdesk.ui import errors, messages
from contactdesk.ui.setup import enum_texts
from contactdesk.ui.setup.form_dialog import FormDialog
from contactdesk.ui.setup.list_tab import ListTab
from contactdesk.ui.setup.setup_page import SetupPage
from contactdesk.ui.setup.template_dialog import TemplateDialog


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(messages, "warning", recorder)
    return recorder


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder(True)
    monkeypatch.setattr(messages, "confirm", recorder)
    return recorder


def counted(n: int, source: str, english: str) -> set[str]:
    """A count as the source text says it, or as the English catalogue says it once it is loaded."""
    return {f"{n} {source}", f"{n} {english}"}


def make_page(qtbot: Any) -> SetupPage:
    page = SetupPage(None)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def open_dialog(tab: ListTab[Any], key: str | None = None) -> FormDialog:
    """Select `key` (or nothing) and open the tab's dialog the way the buttons do."""
    if key is None:
        tab.new_button.click()
    else:
        assert tab.select_key(key)
        tab.edit_button.click()
    assert tab.dialog is not None and tab.dialog.isVisible()
    return tab.dialog


def save(dialog: FormDialog) -> None:
    dialog.save_button().click()


def make_docx(path: Path, text: str) -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


def read_docx(source: Path | bytes | None) -> str:
    assert source is not None
    opened = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    return "\n".join(paragraph.text for paragraph in docx.Document(opened).paragraphs)


def patch_open_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> Recorder:
    recorder = Recorder((str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", recorder)
    return recorder


def everything_about_templates() -> tuple[object, ...]:
    contents = sorted(str(row.sha256) for row in DocumentContent.select(DocumentContent.sha256))
    return tuple((t, list_template_languages(t.code)) for t in list_templates()) + (contents,)


# Salespeople


def test_salesperson_create_edit_delete(qtbot: Any, database: object, confirm: Recorder) -> None:
    page = make_page(qtbot)
    tab = page.salespeople
    assert tab.stack.currentWidget() is tab.empty and "No salespeople yet" in tab.empty.text()
    dialog = open_dialog(tab)
    dialog.findChild(QLineEdit, "salespersonDialog_code").setText(" jv ")
    dialog.findChild(QLineEdit, "salespersonDialog_name").setText("Jan de Vries")
    dialog.findChild(QLineEdit, "salespersonDialog_email").setText("jan@example.com")
    dialog.commission.setValue(2.5)
    dialog.blocked.setChecked(True)
    save(dialog)
    assert get_salesperson("JV") == SalespersonData(
        "JV", "Jan de Vries", "jan@example.com", commission_pct=Decimal("2.50"), blocked=True
    )
    assert tab.model.rowCount() == 1 and tab.current_record().code == "JV"
    assert page.status_text() in counted(1, "salesperson(s)", "salesperson")

    dialog = open_dialog(tab, "JV")
    assert dialog.name.text() == "Jan de Vries" and dialog.blocked.isChecked()
    dialog.code.setText("JDV")
    dialog.name.setText("Jan de Vries jr.")
    dialog.blocked.setChecked(False)
    save(dialog)
    assert [(p.code, p.name, p.blocked) for p in list_salespeople()] == [("JDV", "Jan de Vries jr.", False)]
    assert tab.current_record().code == "JDV"

    tab.delete_button.click()
    assert "JDV" in confirm.texts[0]
    assert list_salespeople() == [] and tab.model.rowCount() == 0
    assert page.status_text() in counted(0, "salesperson(s)", "salespeople")


def test_delete_answered_no_keeps_the_salesperson(qtbot: Any, database: object, monkeypatch: Any) -> None:
    save_salesperson(SalespersonData("JV", "Jan"))
    monkeypatch.setattr(messages, "confirm", Recorder(False))
    page = make_page(qtbot)
    tab = page.salespeople
    tab.select_key("JV")
    tab.delete_item()
    assert [p.code for p in list_salespeople()] == ["JV"]


def test_invalid_email_is_marked_inline_and_nothing_is_written(
    qtbot: Any, database: object, warnings: Recorder
) -> None:
    page = make_page(qtbot)
    tab = page.salespeople
    dialog = open_dialog(tab)
    dialog.code.setText("JV")
    dialog.email.setText("jan at example")
    save(dialog)
    assert dialog.isVisible()
    expected = errors.describe_validation(ValidationError("email", "invalid_email", "jan at example"))
    assert dialog.fields.error_text("email") == expected
    assert dialog.fields.error_text("code") == ""
    assert dialog.summary.isVisible()
    assert list_salespeople() == [] and warnings.calls == []
    # Typing clears the mark; a good address saves.
    dialog.email.setText("jan@example.com")
    assert dialog.fields.error_text("email") == ""
    save(dialog)
    assert not dialog.isVisible() and [p.email for p in list_salespeople()] == ["jan@example.com"]


def test_missing_code_is_marked_inline(qtbot: Any, database: object) -> None:
    page = make_page(qtbot)
    dialog = open_dialog(page.salespeople)
    save(dialog)
    assert dialog.isVisible()
    assert dialog.fields.error_text("code") == errors.describe_validation(ValidationError("code", "required"))


def test_duplicate_code_is_refused_with_the_sentence(qtbot: Any, database: object, warnings: Recorder) -> None:
    save_salesperson(SalespersonData("JV", "Jan"))
    page = make_page(qtbot)
    tab = page.salespeople
    dialog = open_dialog(tab)
    dialog.code.setText("jv")
    dialog.name.setText("Someone else")
    save(dialog)
    assert warnings.texts == [errors.describe(DuplicateCodeError("salesperson", "JV"))]
    assert dialog.isVisible()
    assert [(p.code, p.name) for p in list_salespeople()] == [("JV", "Jan")]


# Code tables


def test_code_tables_create_and_refuse_duplicates(qtbot: Any, database: object, warnings: Recorder) -> None:
    page = make_page(qtbot)
    page.show_tab(page.codes)
    table = page.codes.show_kind("territory")
    assert page.status_text() in counted(0, "territory(-ies)", "territories")
    dialog = open_dialog(table)
    dialog.code.setText("north")
    dialog.description.setText("North")
    save(dialog)
    assert list_codes("territory") == [CodeData("NORTH", "North")]
    assert page.status_text() in counted(1, "territory(-ies)", "territory")
    dialog = open_dialog(table)
    dialog.code.setText("NORTH")
    save(dialog)
    assert warnings.texts == [errors.describe(DuplicateCodeError("territory", "NORTH"))]
    assert dialog.isVisible()


def test_interaction_group_used_by_templates_is_not_deleted(
    qtbot: Any, demo_database: object, confirm: Recorder, warnings: Recorder
) -> None:
    page = make_page(qtbot)
    page.show_tab(page.codes)
    table = page.codes.show_kind("interaction_group")
    used = sum(1 for t in list_templates() if t.interaction_group_code == "LETTER")
    assert table.select_key("LETTER")
    table.delete_button.click()
    assert len(confirm.calls) == 1
    assert warnings.texts == [errors.describe(InUseError("interaction_group", "LETTER", "interaction_templates", used))]
    assert "LETTER" in [c.code for c in list_codes("interaction_group")]
    assert table.current_record().code == "LETTER"


# Interaction templates


def test_template_dialog_saves_every_field(qtbot: Any, demo_database: object) -> None:
    page = make_page(qtbot)
    page.show_tab(page.templates)
    tab = page.templates
    dialog = open_dialog(tab)
    assert isinstance(dialog, TemplateDialog)
    dialog.code.setText("NEWS")
    dialog.description.setText("Newsletter")
    save(dialog)
    assert dialog.fields.error_text("interaction_group_code") == errors.describe_validation(
        ValidationError("interaction_group_code", "required")
    )
    dialog.group.set_code("LETTER")
    dialog.language.set_code("nl")
    dialog.wizard_action.set_value(WizardAction.IMPORT)
    dialog.unit_cost.setValue(12.34)
    dialog.unit_duration.setValue(15)
    dialog.information_flow.set_value(InformationFlow.INBOUND)
    dialog.initiated_by.set_value(InitiatedBy.THEM)
    dialog.correspondence.set_value(CorrespondenceType.HARD_COPY)
    dialog.ignore_contact.setChecked(True)
    save(dialog)
    saved = get_template("NEWS")
    assert (saved.interaction_group_code, saved.description, saved.unit_cost, saved.unit_duration) == (
        "LETTER",
        "Newsletter",
        Decimal("12.34"),
        15,
    )
    assert (saved.information_flow, saved.initiated_by, saved.correspondence_type_default, saved.wizard_action) == (
        InformationFlow.INBOUND,
        InitiatedBy.THEM,
        CorrespondenceType.HARD_COPY,
        WizardAction.IMPORT,
    )
    assert saved.ignore_contact_corres_type and saved.language_code_default == "nl"
    assert tab.current_record().code == "NEWS"
    # The default language got a version row; the panel shows it, without a document yet.
    assert tab.languages.code == "NEWS"
    assert [(v.language_code, v.has_attachment) for v in tab.languages.model.rows()] == [("nl", False)]
    assert page.status_text() in counted(6, "interaction template(s)", "interaction templates")
    again = open_dialog(tab, "NEWS")
    assert again.collect() == saved


def test_import_stores_a_real_word_document(
    qtbot: Any, demo_database: object, tmp_path: Path, monkeypatch: Any, warnings: Recorder
) -> None:
    source = make_docx(tmp_path / "agenda.docx", "Agenda for {{ contact.name }}")
    dialog_call = patch_open_file(monkeypatch, source)
    page = make_page(qtbot)
    page.show_tab(page.templates)
    tab = page.templates
    assert tab.select_key("MEETING")
    panel = tab.languages
    assert panel.code == "MEETING" and panel.model.rowCount() == 0
    assert not panel.export_button.isEnabled()
    panel.choose_language("nb")
    panel.import_button.click()
    assert "*.docx" in dialog_call.calls[0][3]
    assert warnings.calls == []
    versions = list_template_languages("MEETING")
    assert [(v.language_code, v.file_name, v.has_attachment) for v in versions] == [("nb", "agenda.docx", True)]
    assert read_docx(template_attachment_bytes("MEETING", "nb")) == "Agenda for {{ contact.name }}"
    assert panel.current_version() == versions[0]
    assert panel.export_button.isEnabled() and panel.open_button.isEnabled()
    # The first document of a template without a default language sets it.
    assert get_template("MEETING").language_code_default == "nb"


def test_import_replaces_the_chosen_languages_document(
    qtbot: Any, demo_database: object, tmp_path: Path, monkeypatch: Any
) -> None:
    patch_open_file(monkeypatch, make_docx(tmp_path / "welcome_v2.docx", "Welcome, version 2"))
    page = make_page(qtbot)
    page.show_tab(page.templates)
    page.templates.select_key("WELCOME")
    panel = page.templates.languages
    panel.table.selectRow([v.language_code for v in panel.model.rows()].index("nl"))
    assert panel.language.currentData() == "nl"
    panel.import_button.click()
    files = {v.language_code: v.file_name for v in list_template_languages("WELCOME")}
    assert files == {"en": "welcome_letter.docx", "nb": "welcome_letter.docx", "nl": "welcome_v2.docx"}
    assert read_docx(template_attachment_bytes("WELCOME", "nl")) == "Welcome, version 2"


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("letter.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old Word 97 file", "not_docx"),
        ("broken.docx", b"PK\x03\x04 this is not really a zip archive", "corrupt"),
    ],
)
def test_import_of_a_wrong_file_says_why_and_changes_nothing(
    qtbot: Any,
    demo_database: object,
    tmp_path: Path,
    monkeypatch: Any,
    warnings: Recorder,
    name: str,
    content: bytes,
    problem: str,
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    patch_open_file(monkeypatch, bad)
    page = make_page(qtbot)
    page.show_tab(page.templates)
    page.templates.select_key("WELCOME")
    before = everything_about_templates()
    page.templates.languages.choose_language("en")
    page.templates.languages.import_button.click()
    assert warnings.texts == [errors.describe(AttachmentError(str(bad), problem))]
    assert everything_about_templates() == before


def test_import_cancelled_does_nothing(qtbot: Any, demo_database: object, monkeypatch: Any, warnings: Recorder) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", Recorder(("", "")))
    page = make_page(qtbot)
    page.show_tab(page.templates)
    before = everything_about_templates()
    page.templates.languages.import_button.click()
    assert everything_about_templates() == before and warnings.calls == []


def test_export_writes_the_document(
    qtbot: Any, demo_database: object, tmp_path: Path, monkeypatch: Any, warnings: Recorder
) -> None:
    target = tmp_path / "out" / "my copy"
    save_dialog = Recorder((str(target), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    page = make_page(qtbot)
    page.show_tab(page.templates)
    page.templates.select_key("WELCOME")
    panel = page.templates.languages
    panel.choose_language("en")
    panel.export_button.click()
    assert save_dialog.calls[0][2] == "welcome_letter.docx"
    written = target.with_suffix(".docx")
    assert written.read_bytes() == template_attachment_bytes("WELCOME", "en")
    assert read_docx(written)
    assert warnings.calls == []


def test_open_hands_a_copy_of_the_stored_file_to_the_desktop(
    qtbot: Any, demo_database: object, monkeypatch: Any, warnings: Recorder
) -> None:
    opened = Recorder(True)
    monkeypatch.setattr(QDesktopServices, "openUrl", opened)
    page = make_page(qtbot)
    page.show_tab(page.templates)
    page.templates.select_key("INVITE")
    page.templates.languages.choose_language("nb")
    page.templates.languages.open_button.click()
    (url,) = opened.calls[0]
    assert isinstance(url, QUrl)
    copy, stored = Path(url.toLocalFile()), template_attachment_bytes("INVITE", "nb")
    # The desktop gets a copy with the same bytes; editing it cannot change the stored document.
    assert stored is not None and copy.read_bytes() == stored
    assert warnings.calls == []
    # No program for Word files: a sentence, not silence.
    opened.answer = False
    page.templates.languages.open_button.click()
    assert len(warnings.calls) == 1 and "No program" in warnings.texts[0]


def test_remove_takes_the_document_off_after_confirmation(qtbot: Any, demo_database: object, confirm: Recorder) -> None:
    page = make_page(qtbot)
    page.show_tab(page.templates)
    page.templates.select_key("FOLLOWUP")
    panel = page.templates.languages
    panel.choose_language("nl")
    panel.remove_button.click()
    assert "follow_up.docx" in confirm.texts[0]
    versions = {v.language_code: v.has_attachment for v in list_template_languages("FOLLOWUP")}
    assert versions == {"en": True, "nb": True, "nl": False}
    assert panel.current_version().language_code == "nl" and not panel.remove_button.isEnabled()
    index = panel.model.index([v.language_code for v in panel.model.rows()].index("nl"), 3)
    assert index.data() == "(none)"


# Number series, Marketing setup, Our company


def test_number_series_dialog_and_preview(qtbot: Any, database: object) -> None:
    page = make_page(qtbot)
    page.show_tab(page.number_series)
    tab = page.number_series
    dialog = open_dialog(tab)
    dialog.code.setText("camp2")
    dialog.prefix.setText("C-")
    dialog.digits.setValue(3)
    dialog.starting.setText("5")
    assert "C-005" in dialog.preview.text()
    dialog.last.setText("12")
    assert "C-012" in dialog.preview.text()
    save(dialog)
    assert get_series("CAMP2").last_no_used == "C-012"
    row = tab.model.rows().index(get_series("CAMP2"))
    values = [tab.model.index(row, column).data() for column in range(5)]
    assert values == ["CAMP2", "", "C-005", "C-012", "C-013"]
    dialog = open_dialog(tab, "CAMP2")
    dialog.starting.setText("12345")
    save(dialog)
    assert dialog.fields.error_text("starting_number")
    assert get_series("CAMP2").starting_number == 5


def test_marketing_setup_saves_and_reloads(qtbot: Any, demo_database: object) -> None:
    page = make_page(qtbot)
    page.show_tab(page.marketing)
    tab = page.marketing
    assert not tab.save_button.isEnabled() and page.status_text() == ""
    tab.salesperson.set_code("JV")
    tab.country.set_code("NO")
    tab.language.set_code("nb")
    tab.correspondence.set_value(CorrespondenceType.EMAIL)
    tab.series["segment_nos"].set_code("LSEG")
    tab.inherit["inherit_address"].setChecked(False)
    assert tab.save_button.isEnabled() and page.status_text() == "Unsaved changes"
    # Changes survive a trip to another tab.
    page.show_tab(page.salespeople)
    page.show_tab(page.marketing)
    assert tab.salesperson.code() == "JV"
    tab.save_button.click()
    stored = get_marketing_setup()
    assert (stored.default_salesperson_code, stored.default_country_code, stored.default_language_code) == (
        "JV",
        "NO",
        "nb",
    )
    assert stored.default_correspondence_type is CorrespondenceType.EMAIL
    assert stored.segment_nos == "LSEG" and not stored.inherit_address and stored.inherit_country
    assert tab.note.text() == "Saved." and page.status_text() == ""
    fresh = make_page(qtbot)
    fresh.show_tab(fresh.marketing)
    assert fresh.marketing.collect() == stored


def test_company_info_saves_reloads_and_marks_errors(qtbot: Any, database: object) -> None:
    page = make_page(qtbot)
    page.show_tab(page.company)
    tab = page.company
    tab.edits["email"].setText("not-an-address")
    tab.edits["city"].setText("Utrecht")
    tab.save_button.click()
    assert tab.fields.error_text("name") == errors.describe_validation(ValidationError("name", "required"))
    assert tab.fields.error_text("email")
    assert get_company_info().city == ""
    tab.edits["name"].setText("Ons Bedrijf B.V.")
    tab.edits["email"].setText("info@example.nl")
    tab.country.set_code("NL")
    tab.save_button.click()
    assert tab.fields.error_text("email") == ""
    stored = get_company_info()
    assert (stored.name, stored.city, stored.email, stored.country_code) == (
        "Ons Bedrijf B.V.",
        "Utrecht",
        "info@example.nl",
        "NL",
    )
    fresh = make_page(qtbot)
    fresh.show_tab(fresh.company)
    assert fresh.company.collect() == stored
    # Revert throws away what was typed.
    fresh.company.edits["city"].setText("Delft")
    fresh.company.revert_button.click()
    assert fresh.company.edits["city"].text() == "Utrecht"


# The page as a whole


def test_status_text_follows_the_tab(qtbot: Any, demo_database: object) -> None:
    page = make_page(qtbot)
    seen: list[str] = []
    page.status_changed.connect(seen.append)
    page.show_tab(page.templates)
    assert seen[-1] == page.status_text()
    assert seen[-1] in counted(5, "interaction template(s)", "interaction templates")
    page.show_tab(page.codes)
    page.codes.show_kind("mailing_group")
    assert seen[-1] in counted(3, "mailing group(s)", "mailing groups")
    page.show_tab(page.number_series)
    assert seen[-1] == "4 number series"


def test_every_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any, demo_database: object) -> None:
    page = SetupPage(None)
    qtbot.addWidget(page)
    models: list[Any] = []
    for tab in (page.salespeople, page.templates, page.number_series, *page.codes.tables.values()):
        models += [tab.model, tab.proxy]
    models.append(page.templates.languages.model)
    for model in models:
        qtmodeltester.check(model)
    page.show()
    for tab in page.all_tabs():
        page.show_tab(tab)
    for table in page.codes.tables.values():
        page.codes.show_kind(table.kind)
    page.show_tab(page.templates)
    for code in ("WELCOME", "MEETING", "INVITE"):
        page.templates.select_key(code)
    page.templates.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert all(model.rowCount() > 0 for model in models[:6])
    for model in models:
        qtmodeltester.check(model)


def test_widgets_have_names_for_tests_and_screen_readers(qtbot: Any, demo_database: object) -> None:
    page = make_page(qtbot)
    assert page.objectName() == "page_setup" and page.title() == "Setup"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Salespeople",
        "Codes",
        "Interaction templates",
        "Number series",
        "Marketing setup",
        "Our company",
        "Users",
        "Field laptops",
    ]
    for tab in page.all_tabs():
        page.show_tab(tab)
    dialogs: list[QWidget] = []
    for tab in (page.salespeople, page.templates, page.number_series, page.codes.current_table(), page.users):
        dialogs.append(tab.edit_dialog(None))
    kinds: tuple[type, ...] = (QAbstractButton, QComboBox, QLineEdit, QTableView, QListWidget)
    # Parts Qt builds inside its own widgets (a combo's line edit, a table's corner button, …) are not ours.
    qt_parts = (QComboBox, QAbstractSpinBox, QTabBar, QDialogButtonBox, QAbstractItemView)
    checked = 0
    for root in (page, *dialogs):
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, kinds) or isinstance(widget.parentWidget(), qt_parts):
                continue
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
            checked += 1
    assert checked > 100
    for dialog in dialogs:
        dialog.deleteLater()


def test_enum_texts_cover_every_member() -> None:
    lists: list[tuple[Callable[[], list[Any]], type]] = [
        (enum_texts.correspondence_types, CorrespondenceType),
        (enum_texts.information_flows, InformationFlow),
        (enum_texts.initiators, InitiatedBy),
        (enum_texts.wizard_actions, WizardAction),
    ]
    for make, enum in lists:
        items = make()
        assert [value for value, _text in items] == list(enum)
        assert items[0][1] == "" and all(text for _value, text in items[1:])
    assert enum_texts.text_of(enum_texts.wizard_actions(), 3) == "Merge"


def test_enter_opens_and_delete_deletes_the_selected_row(qtbot: Any, database: object, confirm: Recorder) -> None:
    save_salesperson(SalespersonData("JV", "Jan"))
    page = make_page(qtbot)
    tab = page.salespeople
    tab.select_key("JV")
    page.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.dialog is not None and tab.dialog.code.text() == "JV"
    tab.dialog.reject()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(confirm.calls) == 1 and list_salespeople() == []


def test_error_sentences_name_the_field_as_the_form_does(qtbot: Any, database: object) -> None:
    page = make_page(qtbot)
    page.show_tab(page.company)
    page.company.edits["name"].setText("Us")
    page.company.edits["city"].setText("x" * 31)
    page.company.save_button.click()
    assert page.company.fields.error_text("city").startswith("City is too long")
    assert get_company_info().name == ""
