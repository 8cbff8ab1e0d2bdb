"""Log and deliver: log a segment, then merge its letters and keep each with its entry (issue 6 item 6).

Orchestrated here, above crm/ and merge/, because crm/ never imports merge/ (design.md §1).
What is atomic:
1. Before anything is written, every template is checked against the contacts that get a letter;
   a problem that stops the merge stops the logging too (nothing logged, nothing written).
2. Logging is one transaction (crm.logging_): all entries or none. Entries to deliver are marked
   "In progress".
3. The letters are then written with the merge engine (each under a temporary name, then renamed);
   hard copy goes to a combined print document, e-mail to .eml drafts in the outbox.
4. Each letter is stored inside the database (with its sha256) and linked from its entry, in
   transactions of a few hundred entries (merge/kept_letters.py): an entry either keeps its letter or still says
   "In progress"/"Error". If merging fails or is cancelled after logging, the entries stay logged and
   the result says why; deliver_logged() makes the missing letters again.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from contactdesk.crm import attachments, log_snapshot, segments
from contactdesk.crm.letter_texts import in_letter_language
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import STEPS, log_segment
from contactdesk.crm.reuse_logged import logged_row
from contactdesk.merge import alt_address
from contactdesk.merge.combine import CombineItem, combine_letters
from contactdesk.merge.context import ContextBuilder
from contactdesk.merge.deliver_result import DeliverResult, ProgressGuard, Report
from contactdesk.merge.email_draft import DraftJob, write_drafts
from contactdesk.merge.errors import IncompatibleLettersError, TemplateCheckError
from contactdesk.merge.kept_letters import keep_letters, mark_letters
from contactdesk.merge.letter_check import check_letters
from contactdesk.merge.letter_plan import PlannedLetter, plan_entries, plan_lines
from contactdesk.merge.line_request import segment_fields
from contactdesk.merge.names import LetterNames
from contactdesk.merge.parallel import LetterJob, LetterRun
from contactdesk.merge.pdf import convert_to_pdf
from contactdesk.merge.render import PreparedTemplate
from contactdesk.store.enums import CorrespondenceType, DeliveryStatus
from contactdesk.store.models import InteractionLogEntry, LoggedSegmentUndo, Segment

_log = logging.getLogger(__name__)
E = InteractionLogEntry


def _combine(items: list[tuple[int, CombineItem]], target: Path) -> Path:
    try:
        return combine_letters([item for _document, item in items], target, "post_code")
    except IncompatibleLettersError:
        # Templates with different styles cannot share one document: one print document per template.
        groups: dict[int, list[CombineItem]] = {}
        for document, item in items:
            groups.setdefault(document, []).append(item)
        paths = [
            combine_letters(
                group,
                target if index == 0 else target.with_name(f"{target.stem} ({index + 1}){target.suffix}"),
                "post_code",
            )
            for index, group in enumerate(groups.values())
        ]
        return paths[0]


def _write(
    planned: list[PlannedLetter],
    contexts: list[dict[str, Any] | None],
    prepared: dict[int, PreparedTemplate],
    result: DeliverResult,
    out_dir: Path,
    outbox: Path | None,
    combined: bool,
    pdf: bool,
    segment_no: str,
    guard: ProgressGuard,
    workers: int | None,
) -> list[Path | None]:
    names = LetterNames(Path(out_dir))
    jobs = []
    for item, context in zip(planned, contexts, strict=True):
        target = names.path_for(str(item.contact.no), str(item.contact.name))
        if item.personal:
            jobs.append(LetterJob(target, copy_from=partial(attachments.attachment_bytes, int(item.document or 0))))
        else:
            jobs.append(LetterJob(target, prepared[int(item.document or 0)].key, context or {}))
    run = LetterRun({template.key: template for template in prepared.values()}, workers=workers)
    outcome = run.run(jobs, lambda done, total: guard(10 + 80 * done // max(total, 1)), lambda: guard.stopped)
    result.letters = outcome.written
    result.cancelled = outcome.cancelled
    if outcome.cancelled:
        return outcome.paths
    drafts = Path(outbox) if outbox else Path(out_dir) / "outbox"
    printed = []
    draft_jobs = []
    # The line's alternative address's e-mail when it has one (spec 2.14), otherwise the contact's.
    addresses = alt_address.recipients([(item.contact, alt_address.code_of(item.line)) for item in planned])
    for item, path, context, address in zip(planned, outcome.paths, contexts, addresses, strict=True):
        assert path is not None
        if item.channel == CorrespondenceType.EMAIL and address:
            # A personal letter has no context: its line's language is the letter's.
            language = str((context or {}).get("line", {}).get("language") or item.line.get("language_code") or "")
            draft_jobs.append(
                DraftJob(
                    f"{item.contact.no} - {item.contact.name}",
                    address,
                    str(item.contact.name),
                    str(item.line["subject"] or in_letter_language(str(item.line["description"]), language)),
                    path,
                    drafts / (path.stem + ".eml"),
                )
            )
        elif item.channel == CorrespondenceType.HARD_COPY:
            printed.append(
                (
                    int(item.document or 0),
                    CombineItem(
                        path, str(item.contact.post_code), str(item.contact.country_code), str(item.contact.name)
                    ),
                )
            )
    # One contact's bad value costs its own draft only; the letters are written and kept either way.
    written = write_drafts(draft_jobs)
    result.emails = written.written
    result.problems += written.problems
    if combined and printed:
        result.combined = _combine(printed, Path(out_dir) / f"{segment_no} - print.docx")
        if pdf:
            result.pdf = convert_to_pdf([result.combined])[0]
    guard(95)
    return outcome.paths


def _deliver(
    result: DeliverResult,
    logged_no: str,
    subject: str,
    segment: dict[str, Any],
    out_dir: Path,
    outbox: Path | None,
    combined: bool,
    pdf: bool,
    today: date | None,
    guard: ProgressGuard,
    workers: int | None,
    prepared: dict[int, PreparedTemplate] | None = None,
) -> DeliverResult:
    """Write and keep the letters of a logged segment's entries; a failure is reported, never raised."""
    planned: list[PlannedLetter] = []
    try:
        planned = plan_entries(logged_row(logged_no), subject)
        problems, prepared, contexts = check_letters(planned, segment, ContextBuilder(today), prepared)
        if not result.problems:
            result.problems = problems
        if any(problem.severity == "error" for problem in problems):
            raise TemplateCheckError([problem.as_dict() for problem in problems])
        paths = _write(
            planned,
            contexts,
            prepared,
            result,
            out_dir,
            outbox,
            combined,
            pdf,
            str(segment.get("no", "")),
            guard,
            workers,
        )
        result.kept = keep_letters(planned, paths)
        if result.cancelled:
            result.failed = "cancelled"
    except Exception as exc:  # noqa: BLE001 - the entries are logged: report, keep them, let the user retry
        _log.exception("letters of %s could not be made", logged_no)
        result.failed = str(exc) or type(exc).__name__
        result.error = exc
        mark_letters(planned, DeliveryStatus.ERROR)
    guard(100)
    return result


def log_and_deliver(
    no: str,
    out_dir: Path,
    options: LogOptions | None = None,
    *,
    version: int | None = None,
    progress: Report | None = None,
    today: date | None = None,
    user: str | None = None,
    combined: bool = True,
    pdf: bool = False,
    outbox: Path | None = None,
    workers: int | None = None,
) -> DeliverResult:
    """Check the letters, log the segment (delivering), then write the letters and keep each with its entry.

    progress(percent); raising from it before the logging is committed cancels everything.
    """
    report = progress or (lambda _value: None)
    options = LogOptions(
        options.follow_up if options else False,
        True,
        options.skip_flagged if options else False,
        options.follow_up_description if options else "",
    )
    header = segments.get_segment(no)
    segment = segment_fields(header)
    report(0)
    problems, prepared, _contexts = check_letters(
        plan_lines(Segment.get(Segment.no == header.no)), segment, ContextBuilder(today)
    )
    result = DeliverResult(problems=problems)
    if result.stopped_before_logging:
        return result
    report(2)
    result.logged = log_segment(header.no, options, version, lambda step: report(2 + 8 * step // STEPS), today, user)
    return _deliver(
        result,
        result.logged.logged_segment,
        header.subject,
        segment,
        out_dir,
        outbox,
        combined,
        pdf,
        today,
        ProgressGuard(report),
        workers,
        prepared,
    )


def deliver_logged(
    logged_no: str,
    out_dir: Path,
    *,
    progress: Report | None = None,
    today: date | None = None,
    combined: bool = True,
    pdf: bool = False,
    outbox: Path | None = None,
    workers: int | None = None,
) -> DeliverResult:
    """Make the letters a logged segment's entries do not have yet (after a failed or cancelled delivery)."""
    logged = logged_row(logged_no)
    record = LoggedSegmentUndo.get_or_none(LoggedSegmentUndo.logged_segment == int(logged.id))
    header = log_snapshot.header_values(log_snapshot.load(str(record.snapshot))) if record is not None else {}
    day = header.get("date")
    segment = {
        "no": str(logged.segment_no),
        "description": str(logged.description),
        "date": date.fromisoformat(day) if isinstance(day, str) else day,
        "campaign_no": header.get("campaign_id") or "",
        "salesperson_code": header.get("salesperson_id") or "",
    }
    result = DeliverResult()
    return _deliver(
        result,
        str(logged.no),
        str(header.get("subject_default") or ""),
        segment,
        out_dir,
        outbox,
        combined,
        pdf,
        today,
        ProgressGuard(progress or (lambda _value: None)),
        workers,
    )


__all__ = ["DeliverResult", "check_letters", "deliver_logged", "keep_letters", "log_and_deliver"]
