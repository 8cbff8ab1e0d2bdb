"""The Create Interaction wizard: four steps fill one request; Finish logs it, Cancel may postpone it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget, QWizard

from contactdesk.crm import interactions
from contactdesk.crm.enums import WizardAction
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.interaction_request import InteractionRequest, LoggedEntry
from contactdesk.ui import errors, messages
from contactdesk.ui.placeholders import fill
from contactdesk.ui.wizard.content_page import ContentPage
from contactdesk.ui.wizard.related_page import RelatedPage
from contactdesk.ui.wizard.result_page import ResultPage
from contactdesk.ui.wizard.step import WizardStep
from contactdesk.ui.wizard.type_page import TypePage

translate = QCoreApplication.translate
TYPE_PAGE, CONTENT_PAGE, RELATED_PAGE, RESULT_PAGE = range(4)


class InteractionWizard(QWizard):
    """Only Finish (log) or Cancel → Yes (postpone) write anything, each through one service call."""

    interaction_logged = Signal(int)
    interaction_postponed = Signal(int)

    def __init__(
        self,
        request: InteractionRequest,
        parent: QWidget | None = None,
        *,
        lock_contact: bool = False,
        lock_salesperson: bool = False,
        lock_campaign: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionWizard")
        self.request = request
        self.logged_entry: LoggedEntry | None = None
        self._folder: Path | None = None
        title = (
            fill(self.tr("Resume interaction %1"), str(request.entry_no))
            if request.entry_no
            else self.tr("Create interaction")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 480)
        self.type_page = TypePage(lock_contact or bool(request.entry_no), lock_salesperson)
        self.content_page = ContentPage()
        self.related_page = RelatedPage(lock_campaign)
        self.result_page = ResultPage()
        for number, page in (
            (TYPE_PAGE, self.type_page),
            (CONTENT_PAGE, self.content_page),
            (RELATED_PAGE, self.related_page),
            (RESULT_PAGE, self.result_page),
        ):
            self.setPage(number, page)
        self.finished.connect(lambda _result: self._remove_work_folder())

    def work_folder(self) -> Path:
        """A private folder for the letters this wizard prepares (removed when it closes)."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="contactdesk-interaction-"))
        return self._folder

    def _remove_work_folder(self) -> None:
        # The kept letter was copied into the store on Finish or Cancel → Yes; the drafts can go.
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def next_after_type(self) -> int:
        """Step 2 only when the template has a wizard action (spec 2.11)."""
        return CONTENT_PAGE if self.request.wizard_action != WizardAction.BLANK else RELATED_PAGE

    def _current_step(self) -> WizardStep | None:
        page = self.currentPage()
        return page if isinstance(page, WizardStep) else None

    def accept(self) -> None:
        """Finish: one service call; a refusal is said on the page and the wizard stays open."""
        step = self._current_step()
        if step is not None:
            step.collect()
        try:
            self.logged_entry = interactions.log_interaction(self.request)
        except (DomainError, StoreError, OSError) as problem:
            if step is not None:
                step.show_error(errors.describe(problem))
            else:
                errors.show_error(self, problem, self.windowTitle())
            return
        self.interaction_logged.emit(self.logged_entry.entry_no)
        super().accept()

    def _worth_keeping(self) -> bool:
        request = self.request
        return bool(request.entry_no or request.contact_no or request.template_code or request.has_document)

    def reject(self) -> None:
        """Cancel asks whether to finish later (spec 2.11): Yes postpones, No discards."""
        step = self._current_step()
        if step is not None:
            step.collect()
        if self._worth_keeping() and messages.confirm(
            self,
            self.windowTitle(),
            self.tr(
                "Do you want to finish this interaction later?\n\nYes keeps it under Postponed interactions, where "
                "Resume brings it back. No discards what you entered."
            ),
            default_yes=True,
        ):
            try:
                entry = interactions.postpone(self.request)
            except (DomainError, StoreError, OSError) as problem:
                errors.show_error(self, problem, self.windowTitle())
                return
            self.logged_entry = entry
            self.interaction_postponed.emit(entry.entry_no)
        super().reject()


def start_interaction_wizard(
    parent: QWidget | None,
    contact_no: str | None = None,
    salesperson_code: str | None = None,
    campaign_no: str | None = None,
    template_code: str | None = None,
    entry_no: int | None = None,
    show: bool = True,
) -> InteractionWizard | None:
    """Open the wizard from a contact, a salesperson, a campaign or segment, or to resume a postponed entry.

    Returns the (window-modal, non-blocking) wizard, or None when it cannot start, after saying why.
    """
    try:
        if entry_no:
            request = interactions.resume(entry_no)
        else:
            request = interactions.new_request(
                contact_no or "", salesperson_code or "", template_code or "", campaign_no or ""
            )
        if contact_no:
            interactions.check_contact(contact_no)
    except (DomainError, StoreError) as problem:
        errors.show_error(parent, problem, translate("InteractionWizard", "Create interaction"))
        return None
    wizard = InteractionWizard(
        request,
        parent,
        lock_contact=bool(contact_no),
        lock_salesperson=bool(salesperson_code),
        lock_campaign=bool(campaign_no),
    )
    if show:
        wizard.open()
    return wizard
