"""Import step 4: what will happen; Import writes it all in one transaction behind a cancellable progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage

from contactdesk.crm.imports import run_import
from contactdesk.ui import theme
from contactdesk.ui.contacts_io.texts import ImportTexts
from contactdesk.ui.progress import run_with_progress

if TYPE_CHECKING:
    from contactdesk.ui.contacts_io.import_wizard import ImportWizard


class ConfirmPage(QWizardPage):
    """The last page; its Finish button reads "Import"."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("importConfirmPage")
        self.setTitle(self.tr("Confirm"))
        self.setSubTitle(self.tr("Check what will happen, then press Import."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.texts = ImportTexts(self)
        self.plan = QLabel(self)
        self.plan.setObjectName("importPlan")
        self.plan.setWordWrap(True)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("importOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet(theme.text_style(theme.Role.ERROR))
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan)
        layout.addSpacing(12)
        layout.addWidget(self.outcome)
        layout.addStretch(1)

    def _counts(self) -> tuple[int, int, int, int]:
        wizard = self.wizard_
        if wizard.check is None:
            return 0, 0, 0, 0
        added, updated, skipped = wizard.check.plan(wizard.on_duplicate, wizard.skip_bad)
        return added, updated, skipped, len(wizard.check.new_companies)

    def initializePage(self) -> None:
        self.outcome.clear()
        self.plan.setText(self.texts.plan(*self._counts()))

    def validatePage(self) -> bool:
        wizard = self.wizard_
        check = wizard.check
        if check is None:
            return False
        added, updated, _skipped, companies = self._counts()
        result = run_with_progress(
            self,
            self.tr("Importing contacts…"),
            added + updated + companies,
            lambda report: run_import(check, wizard.on_duplicate, wizard.skip_bad, report),
        )
        if result is None:
            self.outcome.setText(self.tr("Nothing was imported: your contacts are as they were."))
            return False
        wizard.imported = result
        return True
