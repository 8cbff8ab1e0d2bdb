"""The Segmentation criteria dialog: Add contacts, Reduce or Refine, with a live preview before confirming.

The preview runs in a background worker (its own database connection), so typing never waits for
SQL on a large database; a newer preview replaces an older one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import criteria
from contactdesk.crm.criteria import CriteriaOptions, CriteriaRequest, Preview
from contactdesk.crm.enums import CriteriaAction
from contactdesk.ui import errors, messages, theme
from contactdesk.ui.placeholders import fill
from contactdesk.ui.segments.criteria_form import CriteriaForm
from contactdesk.ui.segments.texts import TEXTS
from contactdesk.ui.worker import Worker


class CriteriaDialog(QDialog):
    """Collects one criteria action; `request()` is what the worksheet then runs."""

    def __init__(self, segment_no: str, action: CriteriaAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaDialog")
        self.segment_no = segment_no
        self.action = action
        self.preview: Preview | None = None
        self.preview_error = ""
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._workers: set[Worker] = set()
        titles = {
            CriteriaAction.ADD: self.tr("Add contacts to segment %1"),
            CriteriaAction.REDUCE: self.tr("Reduce segment %1"),
            CriteriaAction.REFINE: self.tr("Refine segment %1"),
        }
        self.setWindowTitle(fill(titles[action], segment_no))
        self.resize(1000, 640)
        intros = {
            CriteriaAction.ADD: self.tr("Add every contact that matches these segmentation criteria."),
            CriteriaAction.REDUCE: self.tr("Remove the lines whose contact matches these criteria."),
            CriteriaAction.REFINE: self.tr(
                "Keep only the lines whose contact matches these criteria; remove the others."
            ),
        }
        intro = QLabel(intros[action], self)
        intro.setWordWrap(True)
        self.form = CriteriaForm(self)
        self.form.changed.connect(self.schedule_preview)
        self.options = self._options_box()
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("criteriaPreview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet("font-weight: bold;")
        self.sample = QListWidget(self)
        self.sample.setObjectName("criteriaPreviewList")
        self.sample.setMaximumHeight(120)
        self.sample.setAccessibleName(
            self.tr("Who would join") if action == CriteriaAction.ADD else self.tr("Who would leave")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("criteriaButtons")
        ok_texts = {
            CriteriaAction.ADD: self.tr("Add contacts"),
            CriteriaAction.REDUCE: self.tr("Remove contacts"),
            CriteriaAction.REFINE: self.tr("Keep matching contacts"),
        }
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_texts[action])
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.start_preview)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.options)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview_label, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.sample)
        layout.addWidget(self.buttons)
        self.start_preview()

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Options"), self)
        # Two to a row: four in one row made the dialog wider than a small screen in Norwegian.
        grid = QGridLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        if self.action == CriteriaAction.ADD:
            items = [
                ("allow_existing", self.tr("Allow existing contacts")),
                ("expand_companies", self.tr("Expand companies (add all their persons)")),
                ("allow_related_companies", self.tr("Allow related companies")),
                ("ignore_exclusion", self.tr("Ignore exclusion")),
            ]
        else:
            items = [("entire_companies", self.tr("Entire companies"))]
        for number, (name, text) in enumerate(items):
            check = QCheckBox(text, box)
            check.setObjectName(f"criteria_option_{name}")
            check.setToolTip(self._option_tip(name))
            check.toggled.connect(lambda _on: self.schedule_preview())
            self.checks[name] = check
            grid.addWidget(check, number // 2, number % 2)
        grid.setColumnStretch(2, 1)
        return box

    def _option_tip(self, name: str) -> str:
        tips = {
            "allow_existing": self.tr("Also add contacts that are on the segment already (a second line)."),
            "expand_companies": self.tr("A matching company or person brings in its company and all its persons."),
            "allow_related_companies": self.tr("A matching person also brings in its company."),
            "ignore_exclusion": self.tr('Also add contacts marked "Exclude from segments".'),
            "entire_companies": self.tr("A match on any contact of a company counts for every line of that company."),
        }
        return tips.get(name, "")

    def request(self) -> CriteriaRequest:
        """The action as the user set it up."""
        options = CriteriaOptions(**{name: check.isChecked() for name, check in self.checks.items()})
        return CriteriaRequest(self.action, self.form.filters(), options)

    def schedule_preview(self) -> None:
        """Preview again once the user pauses typing; a count still running is for old criteria now."""
        self._generation += 1
        self.preview = None
        self.ok_button.setEnabled(False)
        self.preview_label.setText(self.tr("Counting…"))
        self._debounce.start()

    def start_preview(self) -> None:
        """Count in the background who would join or leave."""
        self._debounce.stop()
        self._generation += 1
        generation, request, no = self._generation, self.request(), self.segment_no
        worker = Worker(lambda _report: criteria.preview(no, request))
        self._workers.add(worker)
        worker.signals.finished.connect(lambda result: self._previewed(generation, worker, result, ""))
        worker.signals.failed.connect(lambda exc, _d: self._previewed(generation, worker, None, errors.describe(exc)))
        self._pool.start(worker)

    def _previewed(self, generation: int, worker: Worker, result: Any, problem: str) -> None:
        self._workers.discard(worker)
        if generation != self._generation:
            return
        self.preview, self.preview_error = result, problem
        self.sample.clear()
        if result is None:
            self.preview_label.setText(problem)
            self.preview_label.setStyleSheet(theme.text_style(theme.Role.ERROR, bold=True))
            self.ok_button.setEnabled(False)
            return
        self.preview_label.setStyleSheet("font-weight: bold;")
        self.preview_label.setText(self._summary(result))
        for contact_no, name in result.sample:
            self.sample.addItem(f"{contact_no}  {name}")
        if result.count > len(result.sample):
            self.sample.addItem(fill(self.tr("… and %1 more"), str(result.count - len(result.sample))))
        # An action that changes nothing may still be recorded (spec §2.7), so OK stays available.
        self.ok_button.setEnabled(True)
        # Without a filter, Enter must not add (or remove) every contact: the button is then no default.
        filtered = self.has_filter()
        self.ok_button.setDefault(filtered)
        self.ok_button.setAutoDefault(filtered)

    def has_filter(self) -> bool:
        """True when at least one filter is filled in (no filter: every contact matches)."""
        return any(item.expr.strip() for item in self.form.filters())

    def accept(self) -> None:
        """Carry out only what the user meant: with no filter, ask first."""
        if not self.has_filter() and self.preview is not None:
            question = fill(
                self.tr("No filter is set, so this applies to every contact it can: %1 Go on?"),
                self._summary(self.preview),
            )
            if not messages.confirm(self, self.windowTitle(), question):
                return
        super().accept()

    def _summary(self, result: Preview) -> str:
        if result.count:
            return (
                TEXTS.will_add(result.count) if self.action == CriteriaAction.ADD else TEXTS.will_remove(result.count)
            )
        if self.action == CriteriaAction.ADD:
            return self.tr(
                "Nobody would be added: no contact matches, or every match is on the segment already "
                "or excluded. Change the criteria or the options."
            )
        if self.action == CriteriaAction.REFINE:
            return self.tr("Every line matches these criteria, so nothing would be removed.")
        return self.tr("No line matches these criteria, so nothing would be removed.")

    def wait_for_preview(self, msecs: int = 5000) -> None:
        """Let a running preview finish (before closing, and in tests)."""
        self._pool.waitForDone(msecs)

    def done(self, result: int) -> None:
        # A preview still counting must not report into a closed dialog or hold the database.
        self._generation += 1
        self._pool.waitForDone(10000)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._generation += 1
        self._pool.waitForDone(10000)
        super().closeEvent(event)
