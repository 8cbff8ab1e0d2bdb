"""The Log Segment dialog: options, every check result at once, then logging in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import segments
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.log_data import LogOptions, LogResult
from contactdesk.crm.logging_ import STEPS, check_log, log_segment
from contactdesk.merge.segment_check import CheckedProblem
from contactdesk.ui import errors, messages
from contactdesk.ui.letter_folders import letters_base, outbox_of
from contactdesk.ui.logged.check_panel import CheckPanel
from contactdesk.ui.logged.texts import LoggingTexts
from contactdesk.ui.merge.flow_texts import FlowTexts
from contactdesk.ui.placeholders import fill
from contactdesk.ui.progress import run_with_progress

if TYPE_CHECKING:
    from contactdesk.ui.segments.worksheet import SegmentWorksheet

translate = QCoreApplication.translate


def default_folder(segment_no: str) -> Path:
    """Where a segment's letters go unless the user picks another folder."""
    return letters_base() / segment_no


class LogSegmentDialog(QDialog):
    """Log Segment: Create follow-up segment, Deliver (with the folder the letters go to), the check results."""

    # True while the segment is being logged, False when it stays (refused, failed, cancelled): the window
    # showing the segment must not read or write it meanwhile, since once the worker commits it is gone.
    logging = Signal(bool)

    def __init__(self, no: str, version: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logSegmentDialog")
        self.texts = LoggingTexts(self)
        self.header = segments.get_segment(no)
        self.no = self.header.no
        self.version = version
        self.result_: Any = None
        self.setWindowTitle(fill(self.tr("Log segment %1"), self.no))
        intro = QLabel(
            fill(
                self.tr(
                    "Logging records one interaction log entry per line and moves segment %1 "
                    "(\u201c%2\u201d, %n line(s)) to Logged segments.",
                    "",
                    self.header.lines,
                ),
                self.no,
                self.header.description or "–",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.follow_up = QCheckBox(self.tr("Create &follow-up segment (same header and contacts)"), self)
        self.follow_up.setObjectName("logFollowUp")
        self.deliver = QCheckBox(self.tr("&Deliver: write the letters and e-mail drafts"), self)
        self.deliver.setObjectName("logDeliver")
        self.folder = QLineEdit(str(default_folder(self.no)), self)
        self.folder.setObjectName("logFolder")
        self.folder.setAccessibleName(self.tr("Folder for the letters"))
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.choose.setObjectName("logChooseFolder")
        self.choose.clicked.connect(self.choose_folder)
        self.folder_label = QLabel(self.tr("Letters go to:"), self)
        self.folder_hint = QLabel(
            self.tr(
                "Hard copy letters are also put into one print document there; e-mail "
                "drafts go to its outbox folder. Each letter is kept with its entry."
            ),
            self,
        )
        self.folder_hint.setWordWrap(True)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        self.panel = CheckPanel(self)
        self.buttons = QDialogButtonBox(self)
        self.log_button = self.buttons.addButton(self.tr("&Log"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.log_button.setObjectName("logButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        options = QGroupBox(self.tr("Options"), self)
        options_layout = QVBoxLayout(options)
        options_layout.addWidget(self.follow_up)
        options_layout.addWidget(self.deliver)
        options_layout.addLayout(folder_row)
        options_layout.addWidget(self.folder_hint)
        checks = QGroupBox(self.tr("Check"), self)
        QVBoxLayout(checks).addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addStrut(560)  # a width the layout's own minimum adds to
        layout.addWidget(intro)
        layout.addWidget(options)
        layout.addWidget(checks)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.follow_up.toggled.connect(lambda _on: self.refresh_check())
        self.deliver.toggled.connect(lambda _on: self.refresh_check())
        self.folder.textChanged.connect(lambda _text: self.update_enabled())
        self.panel.choice_changed.connect(self.update_enabled)
        self._prepare_deliver()
        self.refresh_check()

    def _prepare_deliver(self) -> None:
        """Deliver is offered, and ticked, when some line has a correspondence type (spec §2.12)."""
        try:
            deliverable = check_log(self.no).deliverable
        except (DomainError, StoreError):
            deliverable = 0
        self.deliver.setEnabled(deliverable > 0)
        self.deliver.blockSignals(True)
        self.deliver.setChecked(deliverable > 0)
        self.deliver.blockSignals(False)
        if not deliverable:
            self.deliver.setToolTip(self.tr("No line has a correspondence type, so there is nothing to deliver."))

    def options(self) -> LogOptions:
        """The options as chosen."""
        return LogOptions(
            follow_up=self.follow_up.isChecked(),
            deliver=self.deliver.isChecked(),
            skip_flagged=self.panel.skip_flagged,
            follow_up_description=self.texts.follow_up_description(self.no),
        )

    def refresh_check(self) -> None:
        """Run every check again for the current options (they read only, in milliseconds)."""
        try:
            check = check_log(self.no, LogOptions(self.follow_up.isChecked(), self.deliver.isChecked()))
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, self.windowTitle())
            self.log_button.setEnabled(False)
            return
        self.panel.show_check(check)
        self.update_enabled()

    def update_enabled(self) -> None:
        """Log needs a clean check, a Skip/Stop choice, and a folder when delivering."""
        delivering = self.deliver.isChecked()
        for widget in (self.folder, self.choose, self.folder_label, self.folder_hint):
            widget.setEnabled(delivering)
        self.log_button.setEnabled(self.panel.ready and (not delivering or bool(self.folder.text().strip())))

    def choose_folder(self) -> None:
        """Pick the folder for the letters."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        """Log (and deliver) in the background; success closes the dialog, a refusal keeps it open."""
        if not self.log_button.isEnabled():
            return
        options = self.options()
        no, version = self.no, self.version
        label = fill(self.tr("Logging segment %1…"), no)
        self.logging.emit(True)
        if options.deliver:
            from contactdesk.merge.deliver import log_and_deliver

            folder = Path(self.folder.text().strip()).expanduser()
            result = run_with_progress(
                self,
                label,
                100,
                lambda report: log_and_deliver(
                    no, folder, options, version=version, progress=report, outbox=outbox_of(folder)
                ),
            )
        else:
            result = run_with_progress(self, label, STEPS, lambda report: log_segment(no, options, version, report))
        if result is None or (options.deliver and result.logged is None):
            self.logging.emit(False)
        if result is None:
            self.refresh_check()
            return
        self.result_ = result
        if options.deliver and result.logged is None:
            messages.warning(self, self.windowTitle(), self._merge_problems(result))
            return
        self._report(result)
        super().accept()

    def _merge_problems(self, result: Any) -> str:
        lines = [self.tr("Nothing was logged: the letters cannot be merged.")]
        texts = FlowTexts(self)
        lines += [
            f"• {texts.problem(CheckedProblem(problem))}" for problem in result.problems if problem.severity == "error"
        ]
        return "\n".join(lines)

    def _report(self, result: Any) -> None:
        logged: LogResult = result.logged if self.deliver.isChecked() else result
        lines = [self.texts.logged_done(logged.segment_no, logged.logged_segment, logged.entries)]
        if logged.skipped:
            lines.append(self.texts.skipped(logged.skipped))
        if logged.follow_up:
            lines.append(fill(self.tr("Follow-up segment %1 was created."), logged.follow_up))
        title = fill(self.tr("Segment %1 has been logged"), logged.segment_no)
        if self.deliver.isChecked():
            lines.append(self.texts.letters_done(len(result.letters), len(result.emails), self.folder.text()))
            if result.cancelled:
                lines.append(
                    self.tr(
                        "You canceled the letters. The entries stay logged; make the missing letters "
                        "from Logged segments."
                    )
                )
            elif result.failed:
                lines.append(
                    self.tr(
                        "The letters could not all be made. The entries stay logged; make the "
                        "letters again from Logged segments."
                    )
                )
                lines.append(self.texts.delivery_error(result))
            drafts = FlowTexts(self).draft_problems(result.problems)
            lines += drafts
            if result.failed or drafts:
                messages.warning(self, title, "\n".join(lines))
                return
        messages.information(self, title, "\n".join(lines))


def _freeze(sheet: SegmentWorksheet, frozen: bool) -> None:
    """Keep the worksheet from reading or saving its segment while it is being logged (and after: it closes)."""
    sheet.setUpdatesEnabled(not frozen)
    for source in (sheet.form, sheet.model):
        source.blockSignals(frozen)


def open_log_dialog(sheet: SegmentWorksheet) -> LogSegmentDialog | None:
    """The Log Segment dialog for a worksheet; the worksheet closes once the segment is logged."""
    try:
        dialog = LogSegmentDialog(sheet.no, sheet.version, sheet)
    except (DomainError, StoreError) as problem:
        errors.show_error(sheet, problem)
        return None
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.logging.connect(lambda busy: _freeze(sheet, busy))
    dialog.accepted.connect(sheet.close)
    dialog.finished.connect(dialog.deleteLater)
    sheet.log_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def add_log_action(sheet: SegmentWorksheet) -> QAction:
    """The worksheet's Log… action (toolbar and Ctrl+L)."""
    action = QAction(translate("LogSegmentDialog", "&Log…"), sheet)
    action.setObjectName("actionSegmentLog")
    action.setShortcut("Ctrl+L")
    action.setToolTip(translate("LogSegmentDialog", "Log the segment: one interaction log entry per line"))
    action.triggered.connect(lambda _checked=False: open_log_dialog(sheet))
    sheet.toolbar.addSeparator()
    sheet.toolbar.addAction(action)
    sheet.addAction(action)
    return action
