"""Plain records for interaction templates and their language versions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from contactdesk.store.enums import CorrespondenceType, InformationFlow, InitiatedBy, WizardAction


@dataclass(frozen=True)
class TemplateData:
    """An interaction template: the defaults a line or an entry takes from it."""

    code: str
    interaction_group_code: str = ""
    description: str = ""
    unit_cost: Decimal = Decimal("0.00")
    unit_duration: int = 0
    information_flow: InformationFlow = InformationFlow.BLANK
    initiated_by: InitiatedBy = InitiatedBy.BLANK
    campaign_no: str = ""
    campaign_target: bool = False
    campaign_response: bool = False
    correspondence_type_default: CorrespondenceType = CorrespondenceType.EMAIL
    ignore_contact_corres_type: bool = False
    language_code_default: str = ""
    wizard_action: WizardAction = WizardAction.BLANK
    # The version the user started from (0: not checked) and who/when of the last change, read-only.
    version: int = field(default=0, compare=False)
    created_by: str = field(default="", compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)


@dataclass(frozen=True)
class TemplateLanguageData:
    """One language version of a template and the Word document it carries, if any."""

    language_code: str
    description: str = ""
    attachment_id: int | None = None
    file_name: str = ""
    has_attachment: bool = False
    # The version the user started from (0: not checked) and who/when of the last change, read-only.
    version: int = field(default=0, compare=False)
    created_by: str = field(default="", compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)
