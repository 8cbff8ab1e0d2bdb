"""Second step: every problem of the template check at once, and a preview of the letter."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactdesk.merge.segment_check import SegmentCheck
from contactdesk.ui import theme
from contactdesk.ui.merge.flow_texts import FlowTexts
from contactdesk.ui.merge.preview_panel import PreviewPanel
from contactdesk.ui.merge.problems_model import PROBLEM, SEVERITY, TEMPLATE, WHERE, ProblemsModel


class CheckPage(QWidget):
    """The check's headline, its findings (errors first) and the preview below them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeCheckPage")
        self.texts = FlowTexts(self)
        self.check: SegmentCheck | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("mergeCheckSummary")
        self.summary.setWordWrap(True)
        self.model = ProblemsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mergeProblems")
        self.table.setAccessibleName(self.tr("Problems found by the template check"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        # A long finding (every contact without an e-mail address) can be higher than the view: scroll within it.
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SEVERITY, 130), (TEMPLATE, 200), (WHERE, 220)):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            columns.resizeSection(column, width)
        # Wrapped sentences need their rows measured again whenever a column changes width.
        columns.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.problems_box = QGroupBox(self.tr("What the check found"), self)
        box_layout = QVBoxLayout(self.problems_box)
        box_layout.addWidget(self.table)
        self.preview = PreviewPanel(self)
        preview_box = QGroupBox(self.tr("Preview"), self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.problems_box)
        self.splitter.addWidget(preview_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

    def set_check(self, check: SegmentCheck) -> None:
        """Show a new check's result."""
        self.check = check
        self.model.set_problems(check.problems)
        self.problems_box.setVisible(bool(check.problems))
        self.table.resizeRowsToContents()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        # Problems that stop the merge matter more than the preview of a letter that cannot be made.
        share = 0.6 if check.errors else 0.35
        height = max(self.splitter.height(), 400)
        self.splitter.setSizes([int(height * share), int(height * (1 - share))])
        errors, warnings = len(check.errors), len(check.warnings)
        self.summary.setText(self.texts.check_summary(errors, warnings, len(check.recipients), check.drafts))
        verdict = theme.Role.ERROR if errors else theme.Role.WARNING if warnings else theme.Role.OK
        self.summary.setStyleSheet(theme.panel_style(verdict))
        self.preview.set_check(check)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Rows measured while the page was hidden used the columns' hidden widths: measure them again.
        QTimer.singleShot(0, self.table.resizeRowsToContents)
