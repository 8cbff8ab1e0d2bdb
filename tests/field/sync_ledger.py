"""A ledger of every change the multi-party sync test makes, and the count of what became of each.

Each change is one Edit. An office edit reaches the office at once; a laptop's edits reach it when that
laptop syncs (`pushed`). `account` then sorts every edit that has reached the office into what became of
it, read from the office's data and the laptops' open conflicts:

- visible: the office holds the edit's value (a new contact, a logged entry: it is there);
- conflict: the edit's own laptop lists it as a same-field conflict (the office value stood);
- superseded: a later edit of the same field reached the office and was applied (it is visible or was
  itself superseded), or its own party wrote over it (or deleted the contact) before sending it;
- deleted: the contact is gone from the office and the ledger deleted it;
- restored: a deleted contact is there again, and a laptop lists a "restored" conflict for it;
- lost: none of these. The test fails on any.

Conflicts no edit explains (e.g. on a column nobody edited) are listed too: the test fails on those as well.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

OFFICE = "office"
FIELD, DELETE, NEW, ENTRY = "field", "delete", "new", "entry"


@dataclass
class Edit:
    """One change made by one party: a field's value, a delete, a new contact or a logged entry."""

    index: int
    party: str
    kind: str
    no: str  # the contact's number (for an entry: the contact it was logged for)
    column: str = ""
    value: Any = None  # field: the value written; new: the contact's name; entry: the entry number
    arrival: tuple[int, int] | None = None  # when it reached the office: (sync clock, index)


@dataclass(frozen=True)
class Conflict:
    """An open conflict on a laptop, as the ledger needs it."""

    party: str
    kind: str
    table: str
    row_key: str
    column: str
    laptop_value: Any


@dataclass
class Office:
    """What the office holds at one moment: contacts by number (with their id) and entries by number."""

    contacts: dict[str, dict[str, Any]]
    entries: dict[int, str]  # entry number -> the contact number it names (or '' when its contact is gone)


@dataclass
class Ledger:
    """Every edit in the order made, and the clock syncs are ordered by."""

    edits: list[Edit] = field(default_factory=list)
    clock: int = 0
    numbers: dict[str, str] = field(default_factory=dict)  # office id -> contact number, of every contact seen

    def no_of(self, row_key: str) -> str | None:
        """The number of the contact whose office id is `row_key` (also when it is deleted since)."""
        return self.numbers.get(row_key)

    def seen(self, office: Office) -> None:
        """Remember the office's contacts' ids (a conflict may name one deleted later)."""
        self.numbers.update({str(values["id"]): no for no, values in office.contacts.items()})

    def made(self, party: str, kind: str, no: str, column: str = "", value: Any = None) -> Edit:
        """Note an edit just committed by `party` (the office's reach the office at once)."""
        edit = Edit(len(self.edits), party, kind, no, column, value)
        if party == OFFICE:
            self.clock += 1
            edit.arrival = (self.clock, edit.index)
        self.edits.append(edit)
        return edit

    def pushed(self, party: str) -> list[Edit]:
        """`party` synced: its edits not sent yet reached the office now, in the order made."""
        self.clock += 1
        sent = [e for e in self.edits if e.party == party and e.arrival is None]
        for edit in sent:
            edit.arrival = (self.clock, edit.index)
        return sent

    def arrived(self) -> list[Edit]:
        """The edits that reached the office so far."""
        return [e for e in self.edits if e.arrival is not None]

    def account(self, office: Office, conflicts: Iterable[Conflict]) -> tuple[dict[str, list[Edit]], list[Conflict]]:
        """What became of every edit that reached the office, and the conflicts no edit explains."""
        conflicts = list(conflicts)
        self.seen(office)
        field_conflicts = {
            (c.party, self.no_of(c.row_key), c.column, _text(c.laptop_value))
            for c in conflicts
            if c.kind == "field" and c.table == "contact"
        }
        restored = {self.no_of(c.row_key) for c in conflicts if c.kind == "restored" and c.table == "contact"}
        deleted = {e.no for e in self.edits if e.kind == DELETE}
        # A contact may be gone only when a delete was the last thing to reach the office for it: a change
        # after a delete brings it back (restored).
        last: dict[str, Edit] = {}
        for edit in sorted(self.arrived(), key=lambda e: e.arrival or (0, 0)):
            last[edit.no] = edit
        gone = {no for no, edit in last.items() if edit.kind == DELETE}
        outcome: dict[int, str] = {}
        sorted_edits = sorted(self.arrived(), key=lambda e: e.arrival or (0, 0), reverse=True)
        for edit in sorted_edits:  # latest first: whether a later edit was applied is known already
            outcome[edit.index] = self._outcome(edit, office, field_conflicts, restored, gone, outcome)
        found: dict[str, list[Edit]] = {}
        for edit in self.arrived():
            found.setdefault(outcome[edit.index], []).append(edit)
        unexplained = [c for c in conflicts if not self._explains(c, deleted)]
        return found, unexplained

    def _outcome(
        self,
        edit: Edit,
        office: Office,
        field_conflicts: set[tuple[str, str | None, str, str]],
        restored: set[str | None],
        gone: set[str],
        outcome: dict[int, str],
    ) -> str:
        row = office.contacts.get(edit.no)
        if edit.kind == ENTRY:
            return "visible" if office.entries.get(int(edit.value)) == edit.no else "lost"
        if edit.kind == DELETE:
            if row is None:
                return "deleted" if edit.no in gone else "lost"
            return "restored" if edit.no in restored else "lost"
        if row is None:
            return "deleted" if edit.no in gone else "lost"
        if edit.kind == NEW:
            return "visible" if row.get("name") == edit.value else "lost"
        if row.get(edit.column) == edit.value:
            return "visible"
        if (edit.party, edit.no, edit.column, _text(edit.value)) in field_conflicts:
            return "conflict"
        later = [
            e
            for e in self.arrived()
            if e.kind == FIELD and e.no == edit.no and e.column == edit.column and (e.arrival or (0, 0)) > edit.arrival
        ]
        if any(outcome.get(e.index) in ("visible", "superseded") for e in later):
            return "superseded"
        # Written over, or the contact deleted, by its own party before it was sent: only the last value (or
        # the delete) was ever meant to go. A contact restored later comes back as the office last had it.
        own = [
            e
            for e in self.arrived()
            if e.party == edit.party
            and e.no == edit.no
            and e.index > edit.index
            and (e.kind == DELETE or (e.kind == FIELD and e.column == edit.column))
        ]
        if any((e.arrival or (0, 0))[0] == (edit.arrival or (0, 0))[0] for e in own):
            return "superseded"
        return "lost"

    def _explains(self, conflict: Conflict, deleted: set[str]) -> bool:
        no = self.no_of(conflict.row_key)
        if conflict.table != "contact" or no is None:
            return False
        mine = [e for e in self.arrived() if e.party == conflict.party and e.no == no]
        if conflict.kind == "restored":
            return no in deleted and any(e.kind in (FIELD, ENTRY) for e in mine)
        return any(
            e.kind == FIELD and e.column == conflict.column and _text(e.value) == _text(conflict.laptop_value)
            for e in mine
        )


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def summary(found: dict[str, list[Edit]]) -> str:
    """One line: how many edits of each kind ended how."""
    counts = Counter((outcome, e.kind) for outcome, edits in found.items() for e in edits)
    return ", ".join(f"{outcome}/{kind}: {n}" for (outcome, kind), n in sorted(counts.items()))
