"""Typed errors of segments: criteria actions, logging and undoing it, and logged segments."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from contactdesk.crm.error_base import DomainError


class NothingMatchedError(DomainError):
    """A criteria action would change nothing, so nothing was recorded.

    action: add, reduce, refine or reuse. reason: no_match (the criteria match nobody),
    already_on_segment (every match is on the segment already or excluded), nothing_removed
    (Refine: every line matches, so none would go), no_recipients (cover sheets: no line's contact may get one).
    """

    def __init__(self, action: str, reason: str = "no_match") -> None:
        super().__init__(f"{action}: the criteria changed nothing ({reason})")
        self.action = action
        self.reason = reason


class NoCriteriaActionsError(DomainError):
    """Saving criteria needs at least one criteria action on the segment."""

    def __init__(self, segment_no: str) -> None:
        super().__init__(f"segment {segment_no} has no criteria actions to save")
        self.segment_no = segment_no


class LogRefusedError(DomainError):
    """A segment cannot be logged: every problem found, and the contacts of the last-moment check.

    problems: crm.log_data.LogProblem records; flagged: crm.log_data.FlaggedContact records (listed when
    the caller did not choose to skip them). Nothing was written.
    """

    def __init__(self, segment_no: str, problems: Sequence[Any], flagged: Sequence[Any] = ()) -> None:
        parts = [str(problem) for problem in problems]
        if flagged:
            parts.append(f"{len(flagged)} contact(s) are blocked, excluded or cannot be reached; skip them or stop")
        super().__init__(f"segment {segment_no} cannot be logged: " + "; ".join(parts))
        self.segment_no = segment_no
        self.problems = list(problems)
        self.flagged = list(flagged)


class UndoRefusedError(DomainError):
    """Logging cannot be undone because something done since depends on it (crm.log_data.UndoBlocker records)."""

    def __init__(self, logged_no: str, blockers: Sequence[Any]) -> None:
        super().__init__(f"logged segment {logged_no} cannot be undone: " + "; ".join(str(b) for b in blockers))
        self.logged_no = logged_no
        self.blockers = list(blockers)


class LoggedSegmentStateError(DomainError):
    """A logged segment is not in the state the action needs. problem: not_canceled (only canceled ones can be
    deleted)."""

    def __init__(self, logged_no: str, problem: str) -> None:
        super().__init__(f"logged segment {logged_no}: {problem}")
        self.logged_no = logged_no
        self.problem = problem
