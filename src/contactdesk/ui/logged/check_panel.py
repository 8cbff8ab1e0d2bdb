"""What the checks before logging found: every problem at once, and the last-moment list with Skip/Stop."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.log_data import LogCheck
from contactdesk.ui.logged.texts import LoggingTexts

SHOWN = 200  # contacts listed; the heading gives the full count


def _fit(view: QListWidget, most: int) -> None:
    """As tall as its rows, up to `most` rows (then it scrolls)."""
    rows = min(max(view.count(), 1), most)
    row_height = view.sizeHintForRow(0) if view.count() else view.fontMetrics().height() + 4
    view.setFixedHeight(rows * row_height + 2 * view.frameWidth() + 4)


class CheckPanel(QWidget):
    """Shows a LogCheck; `choice_changed` when the user switches between Skip and Stop."""

    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = LoggingTexts(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("logCheckSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("logProblems")
        self.problems.setAccessibleName(self.tr("Problems that stop the logging"))
        self.problems.setWordWrap(True)
        self.flagged_box = QGroupBox(self.tr("Last-moment check"), self)
        self.flagged_box.setObjectName("logFlaggedBox")
        self.flagged_label = QLabel(self.flagged_box)
        self.flagged_label.setWordWrap(True)
        self.flagged = QListWidget(self.flagged_box)
        self.flagged.setObjectName("logFlagged")
        self.flagged.setAccessibleName(self.tr("Contacts that should not get this interaction now"))
        self.skip = QRadioButton(self.tr("&Skip these contacts and log the rest"), self.flagged_box)
        self.skip.setObjectName("logSkipFlagged")
        self.stop = QRadioButton(self.tr("S&top: log nothing now"), self.flagged_box)
        self.stop.setObjectName("logStopFlagged")
        self.stop.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.stop)
        self.skip.toggled.connect(lambda _on: self.choice_changed.emit())
        box = QVBoxLayout(self.flagged_box)
        for widget in (self.flagged_label, self.flagged, self.skip, self.stop):
            box.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.flagged_box)
        self.check: LogCheck | None = None

    def show_check(self, check: LogCheck) -> None:
        """Fill in the findings; the Skip/Stop choice is kept while the same contacts are listed."""
        same = self.check is not None and self.check.flagged == check.flagged
        self.check = check
        self.problems.clear()
        for problem in check.problems:
            self.problems.addItem(self.texts.problem(problem))
        self.problems.setVisible(bool(check.problems))
        if check.problems:
            self.summary.setText(self.tr("The segment cannot be logged yet. Fix these problems first:"))
        elif check.flagged:
            self.summary.setText(self.tr("Everything else is ready. Choose what happens with the contacts below."))
        else:
            self.summary.setText(self.tr("Everything is ready to log."))
        if check.blanked:
            self.summary.setText(self.summary.text() + "\n" + self.texts.blanked(check.blanked))
        self.flagged_box.setVisible(bool(check.flagged))
        self.flagged_label.setText(self.texts.flagged_heading(len(check.flagged)))
        self.flagged.clear()
        for item in check.flagged[:SHOWN]:
            self.flagged.addItem(self.texts.flagged_line(item))
        if len(check.flagged) > SHOWN:
            self.flagged.addItem("…")
        if not same:
            self.stop.setChecked(True)
        _fit(self.problems, 5)
        _fit(self.flagged, 6)

    @property
    def skip_flagged(self) -> bool:
        """The user chose to log without the listed contacts."""
        return self.check is not None and bool(self.check.flagged) and self.skip.isChecked()

    @property
    def ready(self) -> bool:
        """Logging may start: no problem, and either nobody listed or Skip chosen."""
        return self.check is not None and self.check.ok and (not self.check.flagged or self.skip.isChecked())
