"""What the check learned about every row, in 9 bytes a row: flags, and what a duplicate row matches.

An 800,000-row file costs ~7 MB here; the rows themselves are in the check's spool on disk.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator

BAD = 1  # has a problem: never written
COMPANY = 2  # a company row
HAS_UID = 4  # the file gave the row a UID
KEEPS_UID = 8  # the first row with its UID, which no contact has yet: an insert keeps it
KEEPS_NO = 16  # the first row with its No., which no contact has yet: an insert keeps it


class RowFacts:
    """Flags per row and, for a duplicate, what it matches: an existing contact or an earlier row."""

    def __init__(self) -> None:
        self.flags = bytearray()
        # 0: not a duplicate; > 0: the id of the contact it matches; < 0: -(index + 1) of the earlier row.
        self.targets = array("q")
        self.bad_count = 0
        self.company_count = 0  # company rows without problems
        self.duplicate_count = 0

    def add(self, flags: int) -> None:
        """The next row's flags."""
        self.flags.append(flags)
        self.targets.append(0)
        if flags & BAD:
            self.bad_count += 1
        elif flags & COMPANY:
            self.company_count += 1

    def set_target(self, index: int, contact_id: int | None, other_index: int | None) -> None:
        """Row `index` is a duplicate of a contact or of an earlier row."""
        self.targets[index] = contact_id if contact_id is not None else -(int(other_index or 0) + 1)
        self.duplicate_count += 1

    def has(self, index: int, flag: int) -> bool:
        """Whether row `index` has the flag."""
        return bool(self.flags[index] & flag)

    def target(self, index: int) -> tuple[str, int] | None:
        """What a duplicate finally points at: ("existing", contact id), or ("row", index) of the first row
        of a chain of duplicates within the file; None for a row that is no duplicate."""
        value = self.targets[index]
        if not value:
            return None
        seen = {index}
        while value < 0:
            earlier = -value - 1
            following = self.targets[earlier]
            if not following or earlier in seen:
                return "row", earlier
            seen.add(earlier)
            value = following
        return "existing", value

    def __len__(self) -> int:
        return len(self.flags)


class BadRows:
    """The rows with problems, as a read-only set of row indices."""

    def __init__(self, facts: RowFacts) -> None:
        self.facts = facts

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and 0 <= index < len(self.facts) and self.facts.has(index, BAD)

    def __iter__(self) -> Iterator[int]:
        flags = self.facts.flags
        return (index for index in range(len(flags)) if flags[index] & BAD)

    def __len__(self) -> int:
        return self.facts.bad_count

    def __bool__(self) -> bool:
        return self.facts.bad_count > 0
