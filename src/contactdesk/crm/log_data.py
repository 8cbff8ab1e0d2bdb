"""Plain records of logging a segment: options, check results, outcome, and what blocks an undo.

The English texts (str()) are for the command line and logs; the GUI words each kind itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

# Why a line cannot be logged (spec §2.12, E2–E8, Part A.3: every problem at once).
PROBLEM_TEXTS = {
    "already_logged": "a logged segment for segment {key} already exists",
    "no_description": "the segment has no description",
    "empty": "the segment has no lines",
    "no_template": "{count} line(s) have no interaction template",
    "no_salesperson": "{count} line(s) have no salesperson",
    "no_date": "{count} line(s) have no date",
    "no_document": "{count} line(s) to deliver have no Word document in their language",
    "no_logged_series": "Marketing Setup has no number series for logged segments",
    "no_follow_up_series": "a follow-up segment needs a number series for segments in Marketing Setup",
}
# Why the last-moment check lists a contact.
FLAG_TEXTS = {
    "blocked": "privacy blocked",
    "excluded": "excluded from segments",
    "no_address": "no address",
    "no_email": "no e-mail address",
}
# What blocks an undo.
BLOCKER_TEXTS = {
    "no_undo_record": "it was logged before undo was possible, or its undo record is gone",
    "entries_canceled": "{count} of its entries are canceled",
    "entries_deleted": "{count} of its entries were deleted",
    "entries_changed": "{count} of its entries were changed (evaluation or document)",
    "entries_commented": "comments on its entries were changed",
    "letters_delivered": "letters were delivered for {count} of its entries",
    "contact_deleted": "{count} of its contacts were deleted",
    "references_missing": "templates, salespeople, campaigns or documents it used were deleted: {keys}",
    "follow_up_changed": "its follow-up segment {keys} was changed",
    "follow_up_logged": "its follow-up segment {keys} has been logged",
    "reused_by": "segments {keys} were built from it",
    "segment_exists": "a segment numbered {keys} exists again",
}


@dataclass(frozen=True)
class LogOptions:
    """The Log Segment dialog's choices.

    deliver: letters/e-mails will be made (checks documents and addresses; lines keep their channel).
    skip_flagged: log without the contacts the last-moment check lists instead of stopping.
    follow_up_description: the follow-up's description in the user's language (blank: the reference's
    English "Follow-up on segment X").
    """

    follow_up: bool = False
    deliver: bool = False
    skip_flagged: bool = False
    follow_up_description: str = ""


@dataclass(frozen=True)
class LogProblem:
    """One reason the segment cannot be logged; contacts holds up to ten "number - name" examples."""

    kind: str
    count: int = 0
    contacts: tuple[str, ...] = ()
    key: str = ""

    def __str__(self) -> str:
        text = PROBLEM_TEXTS.get(self.kind, self.kind).format(count=self.count, key=self.key)
        return text + (f" ({', '.join(self.contacts)})" if self.contacts else "")


@dataclass(frozen=True)
class FlaggedContact:
    """A line the last-moment check lists: blocked, excluded, or not reachable on its channel."""

    line_no: int
    contact_no: str
    contact_name: str
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        reasons = ", ".join(FLAG_TEXTS.get(reason, reason) for reason in self.reasons)
        return f"{self.contact_no} - {self.contact_name}: {reasons}"


@dataclass(frozen=True)
class LogCheck:
    """Everything logging would refuse or ask about, found before anything is written.

    deliverable: lines with a correspondence type (Deliver is offered, and ticked, when there are any).
    blanked: e-mail lines whose contact has no e-mail, logged without a channel when not delivering.
    """

    segment_no: str
    lines: int
    deliverable: int
    problems: tuple[LogProblem, ...] = ()
    flagged: tuple[FlaggedContact, ...] = ()
    blanked: int = 0

    @property
    def ok(self) -> bool:
        """Nothing refuses the logging (flagged contacts still need the skip-or-stop choice)."""
        return not self.problems


@dataclass(frozen=True)
class LogResult:
    """What logging wrote."""

    logged_segment: str
    segment_no: str
    entries: int
    first_entry_no: int = 0
    follow_up: str | None = None
    skipped: int = 0
    delivered_entries: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The command line's JSON."""
        return {"logged_segment": self.logged_segment, "entries": self.entries, "follow_up": self.follow_up}


@dataclass(frozen=True)
class UndoBlocker:
    """One reason a logging cannot be undone; keys names the records concerned."""

    kind: str
    count: int = 0
    keys: tuple[str, ...] = ()

    def __str__(self) -> str:
        return BLOCKER_TEXTS.get(self.kind, self.kind).format(count=self.count, keys=", ".join(self.keys))


@dataclass(frozen=True)
class UndoResult:
    """What undoing a logging put back and removed."""

    segment_no: str
    entries_removed: int
    follow_up_removed: str | None = None


@dataclass(frozen=True)
class LoggedSegmentRow:
    """One logged segment as the Logged Segments page and `contactdesk logged list` show it.

    entries counts the entries whose canceled flag matches the logged segment's (spec §1.14).
    """

    no: str
    segment_no: str
    description: str
    date: date
    user_id: str
    entries: int
    canceled: bool
    follow_up_segment_no: str = ""
    # An undo record exists (whether something blocks the undo is asked separately).
    undoable: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The command line's JSON."""
        return {
            "no": self.no,
            "segment_no": self.segment_no,
            "description": self.description,
            "date": self.date.isoformat() if self.date else None,
            "user": self.user_id,
            "entries": self.entries,
            "canceled": self.canceled,
        }
