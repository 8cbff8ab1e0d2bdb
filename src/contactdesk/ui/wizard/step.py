"""What every page of the Create Interaction wizard shares: the request it fills and an inline error."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from contactdesk.crm.interaction_request import InteractionRequest
from contactdesk.ui import theme

if TYPE_CHECKING:
    from contactdesk.ui.wizard.interaction_wizard import InteractionWizard


class WizardStep(QWizardPage):
    """A wizard page with a red sentence at the bottom that says why Next is refused."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.body = QVBoxLayout(self)
        self.error = QLabel(self)
        self.error.setObjectName(f"{name}Error")
        self.error.setStyleSheet(theme.text_style(theme.Role.ERROR))
        self.error.setWordWrap(True)
        self.error.hide()

    def finish_layout(self) -> None:
        """Put the error sentence under the page's own widgets."""
        self.body.addStretch(1)
        self.body.addWidget(self.error)

    @property
    def owner(self) -> InteractionWizard:
        """The wizard this page belongs to."""
        return cast("InteractionWizard", self.wizard())

    @property
    def request(self) -> InteractionRequest:
        """The request the whole wizard fills."""
        return self.owner.request

    def show_error(self, text: str) -> None:
        """Say why Next (or Finish) cannot go on."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def clear_error(self) -> None:
        """Hide the sentence again."""
        self.show_error("")

    def collect(self) -> None:
        """Copy the page's fields into the request (each page knows its own)."""
