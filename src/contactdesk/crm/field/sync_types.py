"""What the parts of a field sync hand each other and report (push, pull, the sync as a whole)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# progress(step, done, total) -> keep going? step is "push" or "pull"; returning False cancels the sync
# (what was committed stays committed: push and pull are each one transaction on each side).
Progress = Callable[[str, int, int], bool]

# A row as the sync names it: (table name, primary key value as text).
RowKey = tuple[str, str]


@dataclass(frozen=True)
class PushOutcome:
    """What a push did: operations sent, conflicts it found, rows the pull must fetch again whatever its cursor."""

    pushed: int
    conflicts: int
    refresh: frozenset[RowKey] = field(default_factory=frozenset)


@dataclass(frozen=True)
class SyncResult:
    """What `field sync --json` prints: {"pushed": N, "pulled": M, "conflicts": K}."""

    pushed: int
    pulled: int
    conflicts: int

    def as_json(self) -> dict[str, int]:
        """The CLI's JSON object, keys exactly as the issue names them."""
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts}
