"""Merge a whole segment: the thin layer over the engine that the GUI and the command line call.

Per line: the document the segment gave it (its language version, chosen by the segment rules of
spec §2.10; else the template's version for the contact's language, else the default), or its own
personalised document, copied as is. Every template is checked against its recipients first; any
error stops the merge before a file is written. Hard-copy (and blank) lines go to the combined print
document in post-code order, e-mail lines get an .eml draft with their letter in the outbox.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from contactdesk.crm import attachments, segments
from contactdesk.crm.letter_texts import in_letter_language
from contactdesk.crm.lookups import stored
from contactdesk.crm.segment_data import SegmentHeader
from contactdesk.merge import alt_address
from contactdesk.merge.combine import CombineItem, combine_letters
from contactdesk.merge.context import ContextBuilder, LetterRequest
from contactdesk.merge.email_draft import DraftJob, write_drafts
from contactdesk.merge.errors import IncompatibleLettersError, MergeError
from contactdesk.merge.formatting import pick_language
from contactdesk.merge.line_request import line_request
from contactdesk.merge.names import LetterNames
from contactdesk.merge.parallel import LetterJob, LetterRun, Progress
from contactdesk.merge.pdf import convert_to_pdf
from contactdesk.merge.render import PreparedTemplate
from contactdesk.merge.template_check import Problem, TemplateCheck
from contactdesk.merge.temporaries import remove_stale
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Contact, InteractionTemplate, InteractionTemplateLanguage, Segment, SegmentLine

log = logging.getLogger("contactdesk.merge")


@dataclass
class SegmentMergeResult:
    """What a segment merge produced (paths) or why it stopped (problems)."""

    letters: list[Path] = field(default_factory=list)
    emails: list[Path] = field(default_factory=list)
    combined: Path | None = None
    pdf: Path | None = None
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False
    extra_combined: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No problem stopped the merge."""
        return not any(problem.severity == "error" for problem in self.problems)

    def as_dict(self) -> dict[str, Any]:
        """The command line's JSON."""
        return {
            "letters": [str(p) for p in self.letters],
            "emails": [str(p) for p in self.emails],
            "combined": str(self.combined) if self.combined else None,
            "pdf": str(self.pdf) if self.pdf else None,
            "problems": [problem.as_dict() for problem in self.problems],
            "cancelled": self.cancelled,
        }


@dataclass
class _Line:
    line: SegmentLine
    contact: Contact
    document: int | None  # attachment id of the template version, or of the personalised letter
    personal: bool


def _template_versions(code: str) -> tuple[dict[str, int], str]:
    rows = InteractionTemplateLanguage.select().where(InteractionTemplateLanguage.template == code)
    versions = {str(row.language_code): int(stored(row, "attachment")) for row in rows if stored(row, "attachment")}
    template = InteractionTemplate.get_or_none(InteractionTemplate.code == code)
    return versions, str(template.language_code_default) if template is not None else ""


def _lines(segment: Segment, header_template: str) -> list[_Line]:
    query = (
        SegmentLine.select(SegmentLine, Contact)
        .join(Contact, on=(SegmentLine.contact == Contact.id))
        .where(SegmentLine.segment == segment.id)
        .order_by(SegmentLine.line_no)
    )
    versions: dict[str, tuple[dict[str, int], str]] = {}
    planned = []
    for line in query:
        own = stored(line, "attachment")
        if own and line.merged:
            planned.append(_Line(line, line.contact, int(own), True))
            continue
        code = str(stored(line, "interaction_template") or header_template)
        if own is None and code:
            if code not in versions:
                versions[code] = _template_versions(code)
            available, default = versions[code]
            language = pick_language(str(line.language_code or line.contact.language_code), available, default)
            own = available.get(language) if language else None
        planned.append(_Line(line, line.contact, int(own) if own else None, False))
    return planned


def _language_of(item: _Line, contexts: dict[int, dict[str, Any]]) -> str:
    """The letter's language: its context's; a personal letter (no context) has its line's."""
    context = contexts.get(int(item.line.id))
    return str(context["line"]["language"] if context else item.line.language_code or item.contact.language_code)


def _request(item: _Line, header: SegmentHeader, language: str) -> LetterRequest:
    return line_request(int(item.contact.id), language, item.line, header)


def merge_segment(
    no: str,
    out_dir: Path,
    *,
    combined: Path | None = None,
    pdf: bool = False,
    check_only: bool = False,
    outbox: Path | None = None,
    order: str = "post_code",
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> SegmentMergeResult:
    """Check, then write one letter per line into out_dir (and drafts, combined document, PDF)."""
    header = segments.get_segment(no)
    segment = Segment.get(Segment.no == header.no)
    planned = _lines(segment, header.template_code)
    result = SegmentMergeResult()
    missing = [item for item in planned if item.document is None]
    if missing:
        names = tuple(f"{item.contact.no} - {item.contact.name}" for item in missing[:10])
        result.problems.append(
            Problem(
                "no_document",
                "error",
                f"{len(missing)} line(s) have no Word document in their language: {', '.join(names)}",
                count=len(missing),
                contacts=names,
            )
        )
    builder = ContextBuilder(today)
    prepared: dict[int, PreparedTemplate] = {}
    contexts: dict[int, dict[str, Any]] = {}
    by_document: dict[int, list[_Line]] = {}
    for item in planned:
        if item.document is not None and not item.personal:
            by_document.setdefault(item.document, []).append(item)
    for document, items in by_document.items():
        data = attachments.attachment_bytes(document)
        label = attachments.attachment_file_name(document)
        languages = {
            str(lang.language_code)
            for lang in InteractionTemplateLanguage.select().where(InteractionTemplateLanguage.attachment == document)
        }
        language = next(iter(languages)) if len(languages) == 1 else ""
        built = builder.build_many([_request(item, header, language) for item in items])
        for item, context in zip(items, built, strict=True):
            contexts[int(item.line.id)] = context
        report = TemplateCheck(data, label).run(built)
        result.problems += report.problems
        if report.ok:
            prepared[document] = PreparedTemplate(data, label)
    emails = [item for item in planned if int(item.line.correspondence_type) == CorrespondenceType.EMAIL]
    found = alt_address.recipients([(item.contact, str(item.line.alt_address_code or "")) for item in emails])
    no_address = [item for item, address in zip(emails, found, strict=True) if not address]
    if no_address:
        names = tuple(f"{item.contact.no} - {item.contact.name}" for item in no_address[:10])
        result.problems.append(
            Problem(
                "no_email",
                "warning",
                f"{len(no_address)} e-mail line(s) have no e-mail "
                f"address; their letter is written but no draft: {', '.join(names)}",
                count=len(no_address),
                contacts=names,
            )
        )
    if check_only or not result.ok:
        log.info("segment merge %s: checked, %d problem(s)", header.no, len(result.problems))
        return result
    result = _write(
        header, planned, prepared, contexts, result, out_dir, combined, pdf, outbox, order, progress, cancelled, workers
    )
    log.info("segment merge %s: %d letters, %d e-mail drafts", header.no, len(result.letters), len(result.emails))
    return result


def _write(
    header: SegmentHeader,
    planned: list[_Line],
    prepared: dict[int, PreparedTemplate],
    contexts: dict[int, dict[str, Any]],
    result: SegmentMergeResult,
    out_dir: Path,
    combined: Path | None,
    pdf: bool,
    outbox: Path | None,
    order: str,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    workers: int | None,
) -> SegmentMergeResult:
    names = LetterNames(Path(out_dir))
    jobs = []
    for item in planned:
        target = names.path_for(str(item.contact.no), str(item.contact.name))
        if item.personal:
            jobs.append(LetterJob(target, copy_from=partial(attachments.attachment_bytes, int(item.document or 0))))
        else:
            jobs.append(LetterJob(target, prepared[int(item.document or 0)].key, contexts[int(item.line.id)]))
    outbox = Path(outbox) if outbox else Path(out_dir) / "outbox"
    # What a killed merge left in the other folders this one writes to (the run cleans the letters' folder).
    remove_stale(outbox, Path(combined).parent if combined else None)
    run = LetterRun({template.key: template for template in prepared.values()}, workers=workers)
    outcome = run.run(jobs, progress, cancelled)
    result.letters = outcome.written
    result.cancelled = outcome.cancelled
    if outcome.cancelled:
        return result
    print_items = []
    drafts = []
    addresses = alt_address.recipients([(item.contact, str(item.line.alt_address_code or "")) for item in planned])
    for item, path, address in zip(planned, outcome.paths, addresses, strict=True):
        assert path is not None
        if int(item.line.correspondence_type) == CorrespondenceType.EMAIL:
            if address:
                line = item.line
                drafts.append(
                    DraftJob(
                        f"{item.contact.no} - {item.contact.name}",
                        address,
                        str(item.contact.name),
                        str(
                            line.subject
                            or header.subject
                            or in_letter_language(str(line.description), _language_of(item, contexts))
                        ),
                        path,
                        outbox / (path.stem + ".eml"),
                    )
                )
        else:
            print_items.append(
                (
                    int(item.document or 0),
                    CombineItem(
                        path, str(item.contact.post_code), str(item.contact.country_code), str(item.contact.name)
                    ),
                )
            )
    written = write_drafts(drafts)
    result.emails, result.problems = written.written, result.problems + written.problems
    if (combined or pdf) and print_items:
        target = Path(combined) if combined else Path(out_dir) / f"{header.no} - print.docx"
        result.combined, result.extra_combined = _combine(print_items, target, order)
        if pdf:
            result.pdf = convert_to_pdf([result.combined])[0]
    return result


def _combine(items: list[tuple[int, CombineItem]], target: Path, order: str) -> tuple[Path, list[Path]]:
    """One document; when templates differ in styles, one document per template (target, target (2), …)."""
    try:
        return combine_letters([item for _, item in items], target, order), []
    except IncompatibleLettersError:
        pass
    groups: dict[int, list[CombineItem]] = {}
    for document, item in items:
        groups.setdefault(document, []).append(item)
    paths = [
        combine_letters(
            group, target if index == 0 else target.with_name(f"{target.stem} ({index + 1}){target.suffix}"), order
        )
        for index, group in enumerate(groups.values())
    ]
    return paths[0], paths[1:]


__all__ = ["MergeError", "SegmentMergeResult", "merge_segment"]
