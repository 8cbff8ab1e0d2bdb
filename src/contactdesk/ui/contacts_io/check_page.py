"""Import step 3: every problem of every row, the duplicates, and what to do with both."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from contactdesk.crm.imports import check_import
from contactdesk.crm.imports.results import DuplicateMatch, ImportProblem, OnDuplicate
from contactdesk.ui.contacts_io.texts import ImportTexts
from contactdesk.ui.contacts_io.unknown_codes import UnknownCodesBox
from contactdesk.ui.models.column_model import Column, ColumnTableModel
from contactdesk.ui.placeholders import fill
from contactdesk.ui.progress import run_with_progress

if TYPE_CHECKING:
    from contactdesk.ui.contacts_io.import_wizard import ImportWizard


class CheckPage(QWizardPage):
    """Runs the check (read only) each time the user arrives here."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("importCheckPage")
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every row has been checked. Nothing has been written yet."))
        self.texts = texts = ImportTexts(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("importCheckSummary")
        self.summary.setWordWrap(True)
        self.problems_model: ColumnTableModel[ImportProblem] = ColumnTableModel(
            [
                Column(lambda: self.tr("Row"), lambda p: p.row, align_right=True),
                Column(lambda: self.tr("Column"), lambda p: p.column),
                Column(lambda: self.tr("Problem"), lambda p: texts.problem(p), tooltip=lambda p: texts.problem(p)),
            ],
            self,
        )
        self.duplicates_model: ColumnTableModel[DuplicateMatch] = ColumnTableModel(
            [
                Column(lambda: self.tr("Row"), lambda d: d.row, align_right=True),
                Column(lambda: self.tr("Name"), lambda d: d.name),
                Column(lambda: self.tr("Matches"), lambda d: texts.duplicate_of(d)),
                Column(lambda: self.tr("Because of"), lambda d: texts.duplicate_reason(d)),
            ],
            self,
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("importCheckTabs")
        self.problems_view = self._table("importProblemsTable", self.problems_model)
        self.duplicates_view = self._table("importDuplicatesTable", self.duplicates_model)
        self.tabs.addTab(self.problems_view, self.tr("Problems"))
        self.tabs.addTab(self.duplicates_view, self.tr("Duplicates"))
        self.skip_bad = QCheckBox(self.tr("&Skip the rows with problems and import the others"), self)
        self.skip_bad.setObjectName("importSkipBad")
        self.skip_bad.toggled.connect(lambda _on: self.completeChanged.emit())
        self.duplicate_box = QGroupBox(self.tr("Rows that are already there"), self)
        self.duplicate_choice = QButtonGroup(self)
        row = QHBoxLayout(self.duplicate_box)
        choices = (
            (OnDuplicate.SKIP, self.tr("S&kip them")),
            (OnDuplicate.UPDATE, self.tr("&Update the contact")),
            (OnDuplicate.ADD, self.tr("&Add them anyway")),
        )
        for key, text in choices:
            button = QRadioButton(text, self.duplicate_box)
            button.setObjectName(f"importDuplicate_{key.value}")
            button.setProperty("choice", key.value)
            self.duplicate_choice.addButton(button)
            row.addWidget(button)
        self.duplicate_choice.buttons()[0].setChecked(True)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.unknown_codes = UnknownCodesBox(self)
        self.unknown_codes.recheck.connect(self._create_codes)
        layout.addWidget(self.unknown_codes)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.duplicate_box)

    def _table(
        self, name: str, model: ColumnTableModel[ImportProblem] | ColumnTableModel[DuplicateMatch]
    ) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        # A sentence about a problem wraps in the last column, and its row grows: an elided problem says nothing.
        table.setWordWrap(True)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    @property
    def on_duplicate(self) -> OnDuplicate:
        """The duplicate choice."""
        button = self.duplicate_choice.checkedButton()
        return OnDuplicate(button.property("choice") if button else OnDuplicate.SKIP.value)

    def initializePage(self) -> None:
        wizard = self.wizard_
        source, mapping = wizard.source, dict(wizard.mapping)
        wizard.check = None
        if source is not None:
            wizard.check = run_with_progress(
                self,
                self.tr("Checking %n row(s)…", "", source.row_count),
                source.row_count,
                lambda report: check_import(source, mapping, report, create_codes=set(wizard.create_codes)),
            )
        check = wizard.check
        self.problems_model.set_rows(check.problems if check else [])
        self.duplicates_model.set_rows(check.duplicates if check else [])
        if check is None:
            self.summary.setText(self.tr("The file could not be checked. Go back, correct the choice and try again."))
        else:
            self.summary.setText(
                self.texts.summary(
                    check.row_count,
                    len(check.bad),
                    check.duplicate_count,
                    len(check.new_companies),
                    check.warning_count,
                )
            )
            listed = max(len(check.problems), len(check.duplicates))
            if listed < max(check.problem_count, check.duplicate_count):
                self.summary.setText(self.summary.text() + " " + self.texts.listed(listed))
            self.tabs.setTabText(0, fill(self.tr("Problems (%1)"), str(check.problem_count)))
            self.tabs.setTabText(1, fill(self.tr("Duplicates (%1)"), str(check.duplicate_count)))
            self.tabs.setCurrentIndex(0 if check.problems or not check.duplicates else 1)
        self.unknown_codes.set_codes(check.unknown_codes if check else [], wizard.create_codes)
        self.skip_bad.setEnabled(bool(check and check.bad))
        self.duplicate_box.setEnabled(bool(check and check.duplicates))
        self.completeChanged.emit()

    def _create_codes(self) -> None:
        self.wizard_.create_codes = self.unknown_codes.chosen()
        self.initializePage()

    def isComplete(self) -> bool:
        check = self.wizard_.check
        return check is not None and (not check.bad or self.skip_bad.isChecked())

    def validatePage(self) -> bool:
        self.wizard_.on_duplicate = self.on_duplicate
        self.wizard_.skip_bad = self.skip_bad.isChecked()
        return True
