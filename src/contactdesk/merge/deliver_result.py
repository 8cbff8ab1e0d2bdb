"""What logging and delivering did, and the progress guard that keeps Cancel from undoing a logging."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contactdesk.crm.log_data import LogResult
from contactdesk.merge.template_check import Problem

Report = Callable[[int], None]


@dataclass
class DeliverResult:
    """What logging and delivering did; `failed` says why letters are missing although the entries are logged.

    `failed` is English (the command line and logs); `error` is the exception itself, for the GUI to word.
    """

    logged: LogResult | None = None
    letters: list[Path] = field(default_factory=list)
    emails: list[Path] = field(default_factory=list)
    combined: Path | None = None
    pdf: Path | None = None
    problems: list[Problem] = field(default_factory=list)
    kept: int = 0
    failed: str = ""
    cancelled: bool = False
    error: Exception | None = None

    @property
    def stopped_before_logging(self) -> bool:
        """The template check refused, so nothing was logged or written."""
        return self.logged is None and any(problem.severity == "error" for problem in self.problems)

    def as_dict(self) -> dict[str, Any]:
        """The command line's JSON."""
        values: dict[str, Any] = (
            self.logged.as_dict() if self.logged else {"logged_segment": None, "entries": 0, "follow_up": None}
        )
        values.update(
            letters=[str(p) for p in self.letters],
            emails=[str(p) for p in self.emails],
            combined=str(self.combined) if self.combined else None,
            pdf=str(self.pdf) if self.pdf else None,
            kept=self.kept,
            failed=self.failed or None,
            problems=[p.as_dict() for p in self.problems],
        )
        return values


class ProgressGuard:
    """After logging, Cancel must not undo the logging: a progress report that raises becomes a stop request."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.stopped = False

    def __call__(self, value: int) -> None:
        if not self.stopped:
            try:
                self.report(value)
            except Exception:  # noqa: BLE001 - the face's Cancel, whatever it raises
                self.stopped = True
