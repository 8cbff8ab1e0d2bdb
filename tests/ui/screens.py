"""Every screen of the app opened on the sample data, one after another: for the layout test and screenshots.

`walk(visit, folder, database)` opens the main window's pages (each tab of a tabbed page), then every dialog and
wizard page, and calls `visit(name, window)` with each laid out on screen; `walk_pages` opens the pages only.
Inside `quiet_outside` only what leaves the process is replaced: file dialogs answer with a path in `folder`,
questions with Yes, message boxes are recorded, the desktop opens nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QTabWidget, QWidget, QWizard

from contactdesk.store.enums import CriteriaAction

if TYPE_CHECKING:
    from contactdesk.ui.main_window import MainWindow

Visit = Callable[[str, QWidget], None]
# The size every screen is checked and photographed at (a small laptop at 150 % scaling).
SIZE = (1024, 700)


def show(window: QWidget, size: tuple[int, int] = SIZE) -> None:
    """Show a window as a user gets it: the main window at `size`, a dialog at its own size within `size`."""
    window.show()
    QApplication.processEvents()
    if window.objectName() == "mainWindow":
        window.resize(*size)
    else:
        window.resize(min(window.width(), size[0]), min(window.height(), size[1]))
    QApplication.processEvents()
    QApplication.processEvents()


def _tabs(name: str, window: QWidget, visit: Visit) -> None:
    """Visit the window once per tab of its (visible) tab widgets, so every tab is laid out and seen."""
    shown = [tabs for tabs in window.findChildren(QTabWidget) if tabs.isVisible()]
    visit(name, window)
    for tabs in shown:
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            # The tab's objectName keeps the file name the same in every language.
            visit(f"{name}-{_slug(tabs.widget(index).objectName() or str(index + 1))}", window)
        tabs.setCurrentIndex(0)


def _slug(text: str) -> str:
    return text.removeprefix("setup").removesuffix("Tab").replace("_", "-").lower()[:30] or "tab"


def _open(name: str, window: QWidget, visit: Visit) -> None:
    show(window)
    _tabs(name, window, visit)


@contextmanager
def quiet_outside(folder: Path) -> Iterator[list[str]]:
    """File dialogs answer with `folder`, questions with Yes, the desktop opens nothing; messages are kept."""
    from contactdesk.ui import messages

    said: list[str] = []
    replaced: dict[tuple[object, str], object] = {
        (QFileDialog, "getExistingDirectory"): staticmethod(lambda *_a, **_k: str(folder)),
        (QFileDialog, "getOpenFileName"): staticmethod(lambda *_a, **_k: ("", "")),
        (QFileDialog, "getSaveFileName"): staticmethod(lambda *_a, **_k: ("", "")),
        (QDesktopServices, "openUrl"): staticmethod(lambda _url: True),
        (messages, "information"): lambda _p, _t, text: said.append(text),
        (messages, "warning"): lambda _p, _t, text: said.append(text),
        (messages, "error"): lambda _p, _t, text, details="": said.append(text),
        (messages, "confirm"): lambda _p, _t, text, default_yes=False: said.append(text) or True,
        (messages, "choose"): lambda _p, _t, text, choices: said.append(text) or choices[0][0],
    }
    saved = {}
    for (owner, attribute), value in replaced.items():
        saved[(owner, attribute)] = vars(owner).get(attribute, getattr(owner, attribute))
        setattr(owner, attribute, value)
    try:
        yield said
    finally:
        for (owner, attribute), value in saved.items():
            setattr(owner, attribute, value)


def walk_pages(visit: Visit, folder: Path, database: str, prefix: str = "") -> None:
    """Open every page of the main window on `database` and visit each (each tab of a tabbed page)."""
    from contactdesk.ui.main_window import MainWindow
    from contactdesk.ui.settings import Settings

    settings = Settings(QSettings(str(folder / "pages.ini"), QSettings.Format.IniFormat))
    window = MainWindow(database, settings)
    show(window)
    try:
        _pages(window, visit, prefix)
    finally:
        window.close()
        window.deleteLater()


def _pages(window: MainWindow, visit: Visit, prefix: str) -> None:
    for row in range(len(window.page_actions())):
        window.show_page_at(row)
        QApplication.processEvents()
        page = window.current_page()
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)
            QApplication.processEvents()
            QApplication.processEvents()
        _tabs(prefix + page.objectName().removeprefix("page_").replace("_", "-"), window, visit)


def walk(visit: Visit, folder: Path, database: str) -> None:
    """Open every page, dialog and wizard page in turn on `database` (the sample data) and visit each."""
    from contactdesk.crm import segments
    from contactdesk.ui.main_window import MainWindow
    from contactdesk.ui.settings import Settings

    settings = Settings(QSettings(str(folder / "screens.ini"), QSettings.Format.IniFormat))
    window = MainWindow(database, settings)
    show(window)
    try:
        _pages(window, visit, "")
        summaries = segments.list_segments()
        welcome = next(s.no for s in summaries if s.template_code == "WELCOME")
        _dialogs(window, settings, welcome, folder, visit)
    finally:
        window.close()
        window.deleteLater()
    walk_field(visit, folder, database, settings)
    _field_laptops(visit, database, settings)


def _field_laptops(visit: Visit, database: str, settings: object) -> None:
    """Setup → Field laptops of the office, with the laptop walk_field checked out (and one that never synced)."""
    from contactdesk.ui.main_window import MainWindow
    from contactdesk.ui.setup.setup_page import SetupPage

    window = MainWindow(database, settings)  # type: ignore[arg-type]
    show(window)
    try:
        for row in range(len(window.page_actions())):
            if isinstance(window.page(row), SetupPage):
                window.show_page_at(row)
        page = window.current_page()
        assert isinstance(page, SetupPage)
        page.show_tab(page.field_laptops)
        page.field_laptops.table.selectRow(0)
        QApplication.processEvents()
        visit("setup-field-laptops-listed", window)
    finally:
        window.close()
        window.deleteLater()


def _done(dialog: QWidget) -> None:
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()


def _alt_address_dialog(contact_no: str, parent: QWidget, visit: Visit) -> None:
    """The card's Alternative addresses tab opens this one (issue 12 §1)."""
    from contactdesk.ui.contacts.alt_address_dialog import AltAddressDialog

    dialog = AltAddressDialog(contact_no, parent=parent)
    _open("alt-address", dialog, visit)
    _done(dialog)


def _dialogs(window: QWidget, settings: object, segment_no: str, folder: Path, visit: Visit) -> None:
    from contactdesk.crm.errors import ConcurrentEditError
    from contactdesk.ui.connect_dialog import ConnectDialog
    from contactdesk.ui.contacts.card import ContactCard
    from contactdesk.ui.contacts_io.export_dialog import ExportDialog
    from contactdesk.ui.interactions.statistics_dialog import StatisticsDialog
    from contactdesk.ui.segments.contact_picker import ContactPickerDialog
    from contactdesk.ui.segments.criteria_dialog import CriteriaDialog
    from contactdesk.ui.segments.line_contact_action import LineContactPicker
    from contactdesk.ui.segments.saved_criteria_dialog import CriteriaNameDialog, SavedCriteriaDialog
    from contactdesk.ui.segments.worksheet import SegmentWorksheet
    from contactdesk.ui.settings_dialog import SettingsDialog

    contact_no = _any_contact()
    card = ContactCard(window, contact_no)
    _open("contact-card", card, visit)
    _alt_address_dialog(contact_no, card, visit)
    # Someone else saved the contact meanwhile: the bar that says so, and the user's own value under a field.
    card.conflict.show_conflict(ConcurrentEditError("contact", contact_no, "someone", datetime(2026, 1, 5, 9, 30)))
    card.edits["name"].setText(card.edits["name"].text() + " (mine)")
    card.reload()
    QApplication.processEvents()
    visit("contact-card-conflict", card)
    _done(card)
    new = ContactCard(window)
    show(new)
    new.save()  # no name: the card marks the field and says so under it
    QApplication.processEvents()
    visit("contact-card-errors", new)
    _done(new)
    sheet = SegmentWorksheet(segment_no, window)
    _open("segment-worksheet", sheet, visit)
    sheet.form.conflict.show_conflict(ConcurrentEditError("segment", segment_no, "someone"))
    QApplication.processEvents()
    visit("segment-worksheet-conflict", sheet)
    sheet.form.conflict.hide()
    for action in CriteriaAction:
        dialog = CriteriaDialog(segment_no, action, sheet)
        _open(f"criteria-{action.name.lower()}", dialog, visit)
        _done(dialog)
    for dialog, name in (
        (SavedCriteriaDialog(False, sheet), "saved-criteria"),
        (CriteriaNameDialog("Save criteria", parent=sheet), "criteria-name"),
        (ContactPickerDialog(sheet), "contact-picker"),
        (LineContactPicker(10000, contact_no, sheet), "line-contact-picker"),
    ):
        _open(name, dialog, visit)
        _done(dialog)
    _merge(segment_no, folder, sheet, visit)
    _log(segment_no, sheet, visit)
    _line_dialogs(segment_no, contact_no, folder, sheet, visit)
    _done(sheet)
    for dialog, name in (
        (SettingsDialog(settings, window), "settings"),  # type: ignore[arg-type]
        (ConnectDialog(settings, window), "connect"),  # type: ignore[arg-type]
        (ExportDialog(window), "export"),
        (StatisticsDialog(parent=window), "statistics"),
    ):
        _open(name, dialog, visit)
        _done(dialog)
    _setup_dialogs(window, visit)
    _help_dialogs(window, visit)
    _import_wizard(window, visit)
    _interaction_wizard(contact_no, visit)
    _campaign_card(window, visit)


def _help_dialogs(window: QWidget, visit: Visit) -> None:
    from contactdesk.ui.crash_report import CrashReportDialog
    from contactdesk.ui.help.about_dialog import AboutDialog
    from contactdesk.ui.help.getting_started import GettingStartedDialog
    from contactdesk.ui.help.shortcuts_dialog import ShortcutsDialog

    crash = "Fatal Python error: Segmentation fault\n\nCurrent thread (most recent call first):\n" + "\n".join(
        f'  File "contactdesk/ui/module_{n}.py", line {n * 7} in a_rather_long_function_name_{n}' for n in range(40)
    )
    for dialog, name in (
        (GettingStartedDialog(window), "help-getting-started"),
        (CrashReportDialog(crash, Path("/logs"), window), "crash-report"),
        (ShortcutsDialog([window], window), "help-shortcuts"),
        (AboutDialog(window.location, window), "help-about"),  # type: ignore[attr-defined]
    ):
        _open(name, dialog, visit)
        _done(dialog)


def _campaign_card(window: QWidget, visit: Visit) -> None:
    """A campaign with a logged segment and a single interaction: the card with every tab filled."""
    from contactdesk.crm import campaign_targets, campaigns, interactions, segment_lines, segments
    from contactdesk.crm.campaign_data import CampaignData
    from contactdesk.crm.logging_ import log_segment
    from contactdesk.ui.campaigns.campaign_card import CampaignCard

    no = campaigns.create_campaign(CampaignData(description="Spring fair", status_code="RUNNING")).no
    contact_no = _any_contact()
    segment = segments.create_segment("Spring fair invitations", campaign_no=no, campaign_target=True)
    template = next(s.template_code for s in segments.list_segments() if s.template_code)
    segments.update_header(segment, {"template_code": template, "campaign_target": True})
    segment_lines.add_contacts_by_hand(segment, [contact_no])
    log_segment(segment)
    request = interactions.new_request(contact_no, template_code=template, campaign_no=no)
    interactions.log_interaction(request)
    campaign_targets.activate(no)
    new = CampaignCard("", window)
    _open("campaign-card-new", new, visit)
    _done(new)
    card = CampaignCard(no, window)
    _open("campaign-card", card, visit)
    _done(card)


def _any_contact() -> str:
    """A contact with interactions, so that the card's Interactions tab has rows."""
    from contactdesk.store.models import InteractionLogEntry

    return str(InteractionLogEntry.select().order_by(InteractionLogEntry.entry_no).first().contact_no)


def _merge(segment_no: str, folder: Path, parent: QWidget, visit: Visit) -> None:
    from contactdesk.crm import segment_lines
    from contactdesk.store.enums import CorrespondenceType
    from contactdesk.store.models import Contact
    from contactdesk.ui.merge.merge_dialog import MergeDialog

    # E-mail lines without an e-mail address: the check then has a long warning to show.
    lines = segment_lines.list_lines(segment_no)
    for line in lines[1:]:
        segment_lines.update_line(segment_no, line.line_no, "correspondence_type", int(CorrespondenceType.EMAIL))
    Contact.update(email="").where(Contact.no.in_([line.contact_no for line in lines[1:]])).execute()
    dialog = MergeDialog(segment_no, folder / "letters", parent)
    _open("merge-options", dialog, visit)
    dialog.check_button.click()
    QApplication.processEvents()
    _open("merge-check", dialog, visit)
    dialog.merge_button.click()
    _wait_for(lambda: dialog.outcome is not None)
    _open("merge-summary", dialog, visit)
    _done(dialog)


def _log(segment_no: str, parent: QWidget, visit: Visit) -> None:
    from contactdesk.ui.logged.log_dialog import LogSegmentDialog

    dialog = LogSegmentDialog(segment_no, parent=parent)
    _open("log-segment", dialog, visit)
    _done(dialog)


def _line_dialogs(segment_no: str, contact_no: str, folder: Path, parent: QWidget, visit: Visit) -> None:
    """Issue 12 §4: a line's own letter, a phone call and the cover sheets."""
    from contactdesk.crm import phone_calls, segment_lines
    from contactdesk.merge.line_letter import merge_line_letter
    from contactdesk.ui.contacts.phone_call_dialog import PhoneCallDialog
    from contactdesk.ui.segments.cover_sheet_dialog import CoverSheetDialog
    from contactdesk.ui.segments.own_letter_dialog import OwnLetterDialog

    line = segment_lines.list_lines(segment_no, limit=1)[0]
    letter = merge_line_letter(segment_no, line.line_no, folder / "own-letter")
    for dialog, name in (
        (OwnLetterDialog(segment_no, line, letter, parent), "own-letter"),
        (PhoneCallDialog(phone_calls.new_call(contact_no), parent), "phone-call"),
        (CoverSheetDialog(segment_no, parent), "cover-sheets"),
    ):
        _open(name, dialog, visit)
        _done(dialog)


def _setup_dialogs(window: QWidget, visit: Visit) -> None:
    from contactdesk.crm.codes import list_codes
    from contactdesk.crm.profiles import list_questionnaires
    from contactdesk.ui.contacts.code_picker import CodePickerDialog
    from contactdesk.ui.setup.code_dialog import CodeDialog
    from contactdesk.ui.setup.number_series_dialog import NumberSeriesDialog
    from contactdesk.ui.setup.questionnaire_dialog import QuestionnaireDialog
    from contactdesk.ui.setup.salesperson_dialog import SalespersonDialog
    from contactdesk.ui.setup.template_dialog import TemplateDialog
    from contactdesk.ui.setup.user_dialog import UserDialog

    for dialog, name in (
        (CodeDialog("industry_group", "Industry group", parent=window), "setup-code"),
        (NumberSeriesDialog(parent=window), "setup-number-series"),
        (SalespersonDialog(parent=window), "setup-salesperson"),
        (TemplateDialog(parent=window), "setup-template"),
        (UserDialog(parent=window), "setup-user"),
        (QuestionnaireDialog("Questionnaire", list_questionnaires()[0], window), "setup-questionnaire"),
        (CodePickerDialog("Industry groups", list_codes("industry_group"), "", parent=window), "code-picker"),
    ):
        _open(name, dialog, visit)
        _done(dialog)


def _import_wizard(window: QWidget, visit: Visit) -> None:
    from contactdesk.ui.contacts_io.import_wizard import ImportWizard

    data = Path(__file__).parents[1] / "data" / "import"
    wizard = ImportWizard(window)
    _open("import-file", wizard, visit)
    wizard.file_page.path.setText(str(data / "problems.csv"))
    for step in ("import-mapping", "import-check"):
        wizard.next()
        _open(step, wizard, visit)
    wizard.check_page.skip_bad.setChecked(True)
    wizard.next()
    _open("import-confirm", wizard, visit)
    _done(wizard)


def _interaction_wizard(contact_no: str, visit: Visit) -> None:
    from contactdesk.ui.wizard.interaction_wizard import start_interaction_wizard

    wizard = start_interaction_wizard(None, contact_no=contact_no, show=False)
    assert wizard is not None
    steps = ["interaction-type", "interaction-content", "interaction-related", "interaction-result"]
    for number, step in enumerate(steps):
        _open(step, wizard, visit)
        if number < len(steps) - 1:
            _next_page(wizard)
    _done(wizard)


def _next_page(wizard: QWizard) -> None:
    before = wizard.currentId()
    page = wizard.currentPage()
    combo = getattr(page, "template", None)
    if before == 0 and combo is not None and combo.currentIndex() <= 0 and combo.count() > 1:
        combo.setCurrentIndex(1)
    wizard.next()
    QApplication.processEvents()


def _wait_for(condition: Callable[[], bool], seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def walk_field(visit: Visit, folder: Path, database: str, settings: object) -> None:
    """A field laptop checked out of `database`: its Conflicts page with conflicts, the sync's progress and the
    offer to synchronise; `database` is bound again afterwards."""
    import tempfile

    from contactdesk.crm.field.checkout import checkout
    from contactdesk.crm.field.scope import Scope
    from contactdesk.store import db as store_db
    from contactdesk.store.opening import open_database
    from contactdesk.ui.field.sync_runner import SyncProgress
    from contactdesk.ui.main_window import MainWindow

    laptop = Path(tempfile.mkdtemp(dir=folder)) / "laptop.sqlite"
    checkout(database, laptop, Scope(), host_name="field-pc")
    try:
        _field_conflicts()
        window = MainWindow(str(laptop), settings)  # type: ignore[arg-type]
        show(window)
        window.field.show_conflicts()
        page = window.current_page()
        page.table.selectRow(0)  # type: ignore[attr-defined]
        QApplication.processEvents()
        visit("field-conflicts", window)
        page.table.selectRow(page.model.rowCount() - 1)  # type: ignore[attr-defined]
        QApplication.processEvents()
        visit("field-conflicts-restored", window)
        window.field.offer._show(True)
        QApplication.processEvents()
        visit("field-sync-offer", window)
        progress = SyncProgress(window)
        progress.show_step("push", 3, 10)
        _open("field-sync-progress", progress.dialog, visit)
        _done(progress.dialog)
        window.close()
        window.deleteLater()
    finally:
        store_db.close()
        open_database(database)


def _field_conflicts() -> None:
    """One of each kind of conflict, as a sync records them on the laptop."""
    import json

    from contactdesk.store import field_conflicts
    from contactdesk.store.db import db
    from contactdesk.store.field_conflicts import ConflictRecord
    from contactdesk.store.models import Contact, InteractionLogEntry

    contact = Contact.select().where(Contact.type == 0).order_by(Contact.no).first()
    entry = InteractionLogEntry.select().order_by(InteractionLogEntry.id).first()
    when = ("2026-12-06 09:12:00", "2026-12-06 10:47:00")
    with db.atomic():
        field_conflicts.record(
            [
                ConflictRecord(
                    "field",
                    "contact",
                    str(contact.id),
                    "phone_no",
                    json.dumps("+31 20 555 0101"),
                    json.dumps(contact.phone_no),
                    "piet",
                    when[0],
                    "sanne",
                    when[1],
                ),
                ConflictRecord(
                    "field",
                    "contact",
                    str(contact.id),
                    "privacy_blocked",
                    "1",
                    "false",
                    "piet",
                    when[0],
                    "sanne",
                    when[1],
                ),
                ConflictRecord("refused", "salesperson", "PB", "name", '"Piet B."', '"Piet Bakker"', "piet", when[0]),
                ConflictRecord("restored", "interaction_log_entry", str(entry.id), laptop_login="piet"),
            ]
        )
