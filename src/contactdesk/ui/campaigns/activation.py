"""Activating a campaign or taking it back, asked and said the same way from its list and its card."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from contactdesk.crm import campaign_targets
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui import errors, messages
from contactdesk.ui.campaigns.texts import CampaignTexts


def toggle_activation(parent: QWidget, texts: CampaignTexts, title: str, no: str, activated: bool) -> str | None:
    """Deactivate (after asking) or activate; the sentence to show, or None when the user said no or it failed."""
    try:
        if activated:
            if not messages.confirm(parent, title, texts.deactivate_question(no), default_yes=True):
                return None
            return texts.deactivated(no, campaign_targets.deactivate(no))
        return texts.activated(no, campaign_targets.activate(no))
    except (DomainError, StoreError) as problem:
        errors.show_error(parent, problem)
        return None
