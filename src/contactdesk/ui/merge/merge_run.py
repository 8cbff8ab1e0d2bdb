"""The work the merge dialog hands to a worker thread: the check, and the merge itself.

Plain functions of a `report` callback (ui/worker.py): they never touch a widget. Cancel is turned into
the engine's own `cancelled` flag rather than an exception, so a cancelled merge still returns what it
finished (letters already renamed into place are complete; nothing half-written has a final name).
PDF is made here after the merge, not by merge_segment, so a missing or failing LibreOffice costs the
PDF only and never the letters and combined document that are already written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from contactdesk.merge import pdf
from contactdesk.merge.email_draft import DRAFT_PROBLEMS
from contactdesk.merge.errors import LibreOfficeMissingError, PdfConversionError
from contactdesk.merge.segment_check import SegmentCheck, check_segment
from contactdesk.merge.segment_merge import SegmentMergeResult, merge_segment
from contactdesk.merge.template_check import Problem
from contactdesk.ui.letter_folders import outbox_of
from contactdesk.ui.worker import Cancelled

Report = Callable[[int], None]


@dataclass(frozen=True)
class MergeRequest:
    """What the user chose on the options step."""

    segment_no: str
    folder: Path
    combined: bool = True
    post_code_order: bool = True
    pdf: bool = False

    @property
    def combined_path(self) -> Path:
        """Where the combined print document goes (the name the command line uses too)."""
        return self.folder / f"{self.segment_no} - print.docx"

    @property
    def outbox(self) -> Path:
        """Where the e-mail drafts go."""
        return outbox_of(self.folder)


@dataclass(frozen=True)
class MergeOutcome:
    """What a merge from the dialog produced.

    letters_by_line maps each segment line number to its letter (only for a merge that was not
    cancelled: the log dialog keeps that exact letter with the line's interaction entry).
    pdf_problem holds the PDF error when the letters were made but the PDF was not; problems holds the
    warnings of writing them (e-mail drafts changed or not written because of a contact's value).
    """

    segment_no: str
    folder: Path
    letters: tuple[Path, ...] = ()
    letters_by_line: dict[int, Path] = field(default_factory=dict)
    emails: tuple[Path, ...] = ()
    combined: Path | None = None
    extra_combined: tuple[Path, ...] = ()
    pdf: Path | None = None
    cancelled: bool = False
    pdf_problem: Exception | None = None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class MergeFailure:
    """The merge could not write (folder not writable, disk full): what the dialog tells the user."""

    folder: Path
    error: OSError


def check(segment_no: str, report: Report) -> SegmentCheck:
    """The check step; a Cancel pressed meanwhile is honoured when it is done."""
    result = check_segment(segment_no)
    report(1)
    return result


def merge(
    request: MergeRequest, checked: SegmentCheck | None, report: Report
) -> MergeOutcome | MergeFailure | SegmentMergeResult:
    """Write the letters; returns the engine's result unchanged when its own check refused to start."""
    stop = threading.Event()

    def progress(done: int, _total: int) -> None:
        if stop.is_set():
            return
        try:
            report(done)
        except Cancelled:
            stop.set()

    try:
        result = merge_segment(
            request.segment_no,
            request.folder,
            combined=request.combined_path if request.combined or request.pdf else None,
            outbox=request.outbox,
            order="post_code" if request.post_code_order else "as_given",
            progress=progress,
            cancelled=stop.is_set,
        )
    except OSError as exc:
        return MergeFailure(request.folder, exc)
    if not result.ok:
        return result
    pdf_path, pdf_problem = None, None
    if request.pdf and result.combined is not None and not result.cancelled:
        try:
            pdf_path = pdf.convert_to_pdf([result.combined, *result.extra_combined])[0]
        except (LibreOfficeMissingError, PdfConversionError) as exc:
            pdf_problem = exc
    by_line: dict[int, Path] = {}
    if checked is not None and not result.cancelled and len(result.letters) == len(checked.recipients):
        by_line = {recipient.line_no: path for recipient, path in zip(checked.recipients, result.letters, strict=True)}
    return MergeOutcome(
        request.segment_no,
        request.folder,
        tuple(result.letters),
        by_line,
        tuple(result.emails),
        result.combined,
        tuple(result.extra_combined),
        pdf_path,
        result.cancelled,
        pdf_problem,
        tuple(problem for problem in result.problems if problem.kind in DRAFT_PROBLEMS),
    )
