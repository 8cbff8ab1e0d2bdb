"""The Merge dialog: options → template check and preview → letters (in the background) → summary.

Nothing is written before the user presses Merge on the check step, and Merge stays disabled while the
check reports a problem that stops it. The check and the merge run in a worker behind a progress
dialog, so the window keeps painting; the merge's Cancel stops it between two letters.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from contactdesk.crm import segments
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.merge.segment_check import SegmentCheck
from contactdesk.merge.segment_merge import SegmentMergeResult
from contactdesk.ui import errors, messages
from contactdesk.ui.merge import merge_run
from contactdesk.ui.merge.check_page import CheckPage
from contactdesk.ui.merge.merge_run import MergeFailure, MergeOutcome
from contactdesk.ui.merge.options_page import MergeOptionsPage
from contactdesk.ui.merge.summary_page import SummaryPage
from contactdesk.ui.placeholders import fill
from contactdesk.ui.progress import run_with_progress

OPTIONS, CHECK, SUMMARY = range(3)


class MergeDialog(QDialog):
    """Merges one segment; `outcome` holds the result once letters were written (or a merge was cancelled)."""

    def __init__(self, segment_no: str, out_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setAccessibleName(self.tr("Merge"))
        self.header = segments.get_segment(segment_no)
        self.setWindowTitle(fill(self.tr("Merge segment %1"), self.header.no))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(960, 700)
        self.checked: SegmentCheck | None = None
        self.outcome: MergeOutcome | None = None
        self.options = MergeOptionsPage(self.header, out_dir, self)
        self.options.changed.connect(self._update_buttons)
        self.check_page = CheckPage(self)
        self.summary = SummaryPage(self)
        self.pages = QStackedWidget(self)
        for page in (self.options, self.check_page, self.summary):
            self.pages.addWidget(page)
        self.back_button = self._button("mergeBack", self.tr("< Back"), self.back)
        self.check_button = self._button("mergeCheck", self.tr("Check and preview >"), self.run_check)
        self.merge_button = self._button("mergeRun", self.tr("Merge"), self.run_merge)
        self.close_button = self._button("mergeClose", self.tr("Cancel"), self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.check_button, self.merge_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def page(self) -> int:
        """The step shown: OPTIONS, CHECK or SUMMARY."""
        return self.pages.currentIndex()

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.page()
        self.back_button.setVisible(page == CHECK)
        self.check_button.setVisible(page == OPTIONS)
        self.check_button.setEnabled(self.options.folder() is not None)
        self.merge_button.setVisible(page == CHECK)
        self.merge_button.setEnabled(page == CHECK and self.checked is not None and self.checked.ok)
        self.close_button.setText(self.tr("Close") if page == SUMMARY else self.tr("Cancel"))
        default = {OPTIONS: self.check_button, CHECK: self.merge_button, SUMMARY: self.close_button}[page]
        default.setDefault(True)

    def back(self) -> None:
        """Return to the options."""
        self._show(OPTIONS)

    def run_check(self) -> None:
        """Check every template version against its recipients, then show the findings and a preview."""
        segment_no = self.header.no
        checked = run_with_progress(
            self, self.tr("Checking the templates…"), 0, lambda report: merge_run.check(segment_no, report)
        )
        if not isinstance(checked, SegmentCheck):
            return
        self.checked = checked
        self.check_page.set_check(checked)
        self._show(CHECK)

    def run_merge(self) -> None:
        """Write the letters in the background; Cancel stops between two letters."""
        request = self.options.request()
        if request is None or self.checked is None or not self.checked.ok:
            return
        checked = self.checked
        label = fill(self.tr("Writing %n letter(s) to %1…", "", len(checked.recipients)), str(request.folder))
        result = run_with_progress(
            self, label, len(checked.recipients), lambda report: merge_run.merge(request, checked, report)
        )
        if isinstance(result, MergeFailure):
            text = fill(self.tr("The letters could not be written to %1."), str(result.folder))
            messages.warning(self, self.tr("Merge"), text + " " + errors.describe(result.error))
            return
        if isinstance(result, SegmentMergeResult):
            # Someone changed a template or a line since the check: show what the check finds now.
            messages.warning(
                self,
                self.tr("Merge"),
                self.tr(
                    "The segment or its templates changed since the "
                    "check, and the check now finds problems. Nothing was "
                    "written."
                ),
            )
            self.run_check()
            return
        if isinstance(result, MergeOutcome):
            self.outcome = result
            self.summary.set_outcome(result)
            self._show(SUMMARY)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.check_page.preview.cleanup()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        # Escape and exec() end here rather than in closeEvent.
        self.check_page.preview.cleanup()
        super().done(result)


def open_merge_dialog(segment_no: str, out_dir: Path | None, parent: QWidget | None) -> MergeDialog | None:
    """The dialog, or None (with the reason shown) when the segment cannot be read."""
    try:
        return MergeDialog(segment_no, out_dir, parent)
    except (DomainError, StoreError) as problem:
        errors.show_error(parent, problem, QCoreApplication.translate("MergeDialog", "Merge"))
        return None
