"""Typed errors of resolving a field laptop's conflicts; the UI says each in one sentence."""

from __future__ import annotations

from contactdesk.crm.errors import DomainError


class ConflictResolveError(DomainError):
    """A conflict cannot be resolved this way.

    reason: "gone" (the conflict or its row no longer exists on this laptop), "resolved" (someone resolved it
    already), "choice" (that choice does not fit this kind of conflict), "in_use" (the row cannot be deleted
    again: other records still refer to it).
    """

    def __init__(self, reason: str, conflict_id: int, record: str = "") -> None:
        super().__init__(f"conflict {conflict_id} cannot be resolved: {reason}" + (f" ({record})" if record else ""))
        self.reason = reason
        self.conflict_id = conflict_id
        self.record = record


class ConflictValueError(DomainError):
    """A value (kept from the laptop or typed in) does not fit the column it is meant for.

    problem: "required" (the column needs a value), "too_long" (more than `limit` characters), "unknown" (no
    record with that key to refer to), "invalid" (not a number, date, yes/no… as the column needs).
    """

    def __init__(self, column: str, problem: str, value: object = None, limit: int | None = None) -> None:
        super().__init__(f"{column}: {problem}" + (f" ({value!r})" if value not in (None, "") else ""))
        self.column = column
        self.problem = problem
        self.value = value
        self.limit = limit
