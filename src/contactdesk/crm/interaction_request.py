"""The plain request the Create Interaction wizard (or the command line) fills and hands to one service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from contactdesk.store.enums import CorrespondenceType, Evaluation, InformationFlow, InitiatedBy, WizardAction


def round_up_to_minute(moment: datetime) -> time:
    """The time of `moment` rounded up to the next whole minute (spec 2.11: 10:41:05 → 10:42)."""
    whole = moment.replace(second=0, microsecond=0)
    if whole != moment:
        whole += timedelta(minutes=1)
    return whole.time()


@dataclass
class InteractionRequest:
    """Everything one interaction needs; the wizard pages fill it step by step.

    entry_no is 0 for a new interaction and the postponed entry's number after Resume, so finishing
    updates that entry instead of adding one. document_path is a file prepared in the content step
    (merged, opened and edited, or imported); attachment_id is a document already kept with the entry.
    """

    contact_no: str = ""
    template_code: str = ""
    description: str = ""
    salesperson_code: str = ""
    language_code: str = ""
    date: date | None = None
    time: time | None = None
    correspondence_type: CorrespondenceType = CorrespondenceType.BLANK
    information_flow: InformationFlow = InformationFlow.BLANK
    initiated_by: InitiatedBy = InitiatedBy.BLANK
    subject: str = ""
    campaign_no: str = ""
    campaign_target: bool = False
    campaign_response: bool = False
    opportunity_text: str = ""
    result_description: str = ""
    evaluation: Evaluation = Evaluation.BLANK
    successful: bool = True
    cost: Decimal = Decimal("0.00")
    duration: int = 0
    comments: list[str] = field(default_factory=list)
    document_path: str = ""
    document_name: str = ""
    merged: bool = False
    attachment_id: int | None = None
    entry_no: int = 0
    # Read-only facts the wizard shows (filled by the service, never trusted on the way back).
    contact_name: str = ""
    wizard_action: WizardAction = WizardAction.BLANK

    @property
    def attempt_failed(self) -> bool:
        """Spec 2.11 step 4: an attempt failed when the interaction was not successful."""
        return not self.successful

    @property
    def has_document(self) -> bool:
        """True when a document is prepared or already kept with the entry."""
        return bool(self.document_path) or self.attachment_id is not None


@dataclass(frozen=True)
class LoggedEntry:
    """What a finished (or postponed) interaction became: the entry the command line prints."""

    entry_no: int
    contact_no: str
    contact_name: str
    template: str
    description: str
    date: date
    time: time | None
    salesperson_code: str
    correspondence_type: int
    language_code: str
    cost: Decimal
    duration: int
    evaluation: int
    attempt_failed: bool
    postponed: bool
    canceled: bool
    attachment: str

    def as_dict(self) -> dict[str, object]:
        """Plain values for JSON (dates as ISO text, money as text)."""
        return {
            "entry_no": self.entry_no,
            "contact_no": self.contact_no,
            "contact_name": self.contact_name,
            "template": self.template,
            "description": self.description,
            "date": self.date.isoformat(),
            "time": self.time.strftime("%H:%M") if self.time else None,
            "salesperson": self.salesperson_code,
            "correspondence_type": CorrespondenceType(self.correspondence_type).name.lower(),
            "language": self.language_code,
            "cost": str(self.cost),
            "duration": self.duration,
            "evaluation": Evaluation(self.evaluation).name.lower(),
            "attempt_failed": self.attempt_failed,
            "postponed": self.postponed,
            "canceled": self.canceled,
            "attachment": self.attachment,
        }
