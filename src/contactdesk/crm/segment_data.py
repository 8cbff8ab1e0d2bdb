"""Plain records the segment services hand to the GUI and the command line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from contactdesk.store.enums import CorrespondenceType, InformationFlow, InitiatedBy

# The question of spec §2.2: "You changed <field>. Update the segment lines …?" → True = Yes.
Ask = Callable[[str, object, object], bool]

# Header fields a user edits, as update_header() names them.
HEADER_FIELDS = (
    "description",
    "salesperson_code",
    "date",
    "template_code",
    "language_code",
    "subject",
    "correspondence_type",
    "ignore_contact_corres_type",
    "campaign_no",
    "campaign_target",
    "campaign_response",
    "information_flow",
    "initiated_by",
    "unit_cost",
    "unit_duration",
    "send_word_docs_as_attmt",
)
# Line fields a line may override (spec §2.1 and the issue), plus the personal comment.
LINE_FIELDS = ("template_code", "description", "correspondence_type", "language_code", "subject", "comment")


@dataclass(frozen=True)
class SegmentHeader:
    """A segment header with its counts (lines, criteria actions, cost and duration of the lines)."""

    no: str
    description: str = ""
    salesperson_code: str = ""
    date: date | None = None
    template_code: str = ""
    interaction_group_code: str = ""
    language_code: str = ""
    subject: str = ""
    correspondence_type: CorrespondenceType = CorrespondenceType.BLANK
    ignore_contact_corres_type: bool = False
    campaign_no: str = ""
    campaign_target: bool = False
    campaign_response: bool = False
    information_flow: InformationFlow = InformationFlow.BLANK
    initiated_by: InitiatedBy = InitiatedBy.BLANK
    unit_cost: Decimal = Decimal("0.00")
    unit_duration: int = 0
    send_word_docs_as_attmt: bool = False
    version: int = 1
    lines: int = 0
    criteria_actions: int = 0
    total_cost: Decimal = Decimal("0.00")
    total_duration: int = 0
    # Languages the segment has a document row for (segment level), for the language pick list.
    languages: tuple[str, ...] = ()
    # Who made the segment, who changed it last and when (naive UTC), shown read-only on the header.
    created_by: str = field(default="", compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SegmentLineRow:
    """One line as the worksheet shows it."""

    line_no: int
    contact_no: str
    contact_name: str
    contact_type: int
    company_name: str
    template_code: str
    description: str
    correspondence_type: CorrespondenceType
    language_code: str
    subject: str
    salesperson_code: str
    date: date | None
    cost: Decimal
    duration: int
    comment: str
    source_action_no: int
    email: str = ""
    # The line has its own letter (a personalised Word document delivered as it is).
    own_letter: bool = False
    # The line's own version and who changed it last (naive UTC), for a check when one line is edited.
    version: int = field(default=1, compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ChangeResult:
    """What a change to a segment did; `version` is the segment's version afterwards."""

    version: int
    added: int = 0
    removed: int = 0
    action_no: int = 0
    actions: int = 0
    skipped: list[str] = field(default_factory=list)
    # Why a recorded criteria action changed no line ("no_match", "already_on_segment", "nothing_removed").
    unchanged: str = ""
