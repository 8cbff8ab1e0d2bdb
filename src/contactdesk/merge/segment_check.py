"""The check before a segment merge, kept for the preview: every problem, the recipients, their letters.

merge_segment() checks too, but only hands back its problems. The merge dialog also needs to know, per
template version, which recipients are worth a look (the "worst": longest name, missing fields, "&",
"<", non-ASCII …) and to render the letter of any recipient into a temporary file. Everything the
preview needs is read from the database here, so rendering a preview later touches files only.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from contactdesk.crm import attachments, segments
from contactdesk.crm.lookups import stored
from contactdesk.merge import alt_address
from contactdesk.merge.context import ContextBuilder
from contactdesk.merge.email_draft import usable_address
from contactdesk.merge.render import PreparedTemplate, write_atomically
from contactdesk.merge.segment_merge import _Line, _lines, _request
from contactdesk.merge.template_check import Problem, TemplateCheck
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import InteractionTemplateLanguage, Segment

NAMES_SHOWN = 10


@dataclass(frozen=True)
class TemplateVersion:
    """Which document a problem or a letter comes from: template code, language version, file name."""

    code: str = ""
    language: str = ""
    file_name: str = ""
    personal: bool = False


@dataclass(frozen=True)
class CheckedProblem:
    """A problem of the check and the template version it was found in (empty for segment-wide ones)."""

    problem: Problem
    template: TemplateVersion = TemplateVersion()


@dataclass(frozen=True)
class Recipient:
    """One segment line as the preview offers it; reasons say why it is among the "worst"."""

    line_no: int
    contact_no: str
    name: str
    template: TemplateVersion
    email: bool = False
    reasons: tuple[str, ...] = ()
    draft: bool = False


@dataclass
class SegmentCheck:
    """The result of check_segment(): problems, recipients (line order), and how to render a preview."""

    segment_no: str
    description: str = ""
    problems: list[CheckedProblem] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    _sources: dict[int, tuple[int, TemplateVersion]] = field(default_factory=dict, repr=False)  # attachment ids
    _contexts: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)
    _prepared: dict[int, PreparedTemplate] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        """No problem stops the merge."""
        return not self.errors

    @property
    def errors(self) -> list[CheckedProblem]:
        """The problems that stop the merge."""
        return [item for item in self.problems if item.problem.severity == "error"]

    @property
    def warnings(self) -> list[CheckedProblem]:
        """The problems that do not stop it."""
        return [item for item in self.problems if item.problem.severity != "error"]

    @property
    def worst(self) -> list[Recipient]:
        """The recipients most likely to show a problem in their letter."""
        return [recipient for recipient in self.recipients if recipient.reasons]

    @property
    def email_lines(self) -> int:
        """Lines that become an e-mail draft instead of going to the print document."""
        return sum(1 for recipient in self.recipients if recipient.email)

    @property
    def drafts(self) -> int:
        """Lines that will get an e-mail draft: e-mail lines whose address a draft can be written to."""
        return sum(1 for recipient in self.recipients if recipient.draft)

    def render_preview(self, line_no: int, target: Path) -> Path:
        """Write the letter of one line to `target` (a personalised letter is copied as it is)."""
        document, version = self._sources[line_no]
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        if version.personal:
            return write_atomically(target, attachments.attachment_bytes(document), "preview")
        if document not in self._prepared:
            self._prepared[document] = PreparedTemplate(
                attachments.attachment_bytes(document), version.file_name or "template.docx"
            )
        return self._prepared[document].write(self._contexts[line_no], target, "preview")


def letter_paragraphs(path: Path) -> list[str]:
    """The text of a letter as Word shows it, paragraph by paragraph (tables row by row), then its footer."""
    document = docx.Document(io.BytesIO(Path(path).read_bytes()))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                lines.append("\t".join(cell.text for cell in row.cells))
    footer = [paragraph.text for paragraph in document.sections[0].footer.paragraphs if paragraph.text.strip()]
    if footer:
        lines += ["", "―" * 20, *footer]
    return lines


def _who(item: _Line) -> str:
    return f"{item.contact.no} - {item.contact.name}"


def _segment_problems(planned: list[_Line]) -> list[CheckedProblem]:
    problems = []
    if not planned:
        problems.append(CheckedProblem(Problem("no_lines", "error", "the segment has no lines")))
    missing = [item for item in planned if item.document is None]
    if missing:
        names = tuple(_who(item) for item in missing[:NAMES_SHOWN])
        problems.append(
            CheckedProblem(
                Problem(
                    "no_document",
                    "error",
                    f"{len(missing)} line(s) have no Word document in their language: {', '.join(names)}",
                    count=len(missing),
                    contacts=names,
                )
            )
        )
    emails = [item for item in planned if int(item.line.correspondence_type) == CorrespondenceType.EMAIL]
    found = alt_address.recipients([(item.contact, str(item.line.alt_address_code or "")) for item in emails])
    no_address = [item for item, address in zip(emails, found, strict=True) if not address]
    if no_address:
        names = tuple(_who(item) for item in no_address[:NAMES_SHOWN])
        problems.append(
            CheckedProblem(
                Problem(
                    "no_email",
                    "warning",
                    f"{len(no_address)} e-mail line(s) have no e-mail address: {', '.join(names)}",
                    count=len(no_address),
                    contacts=names,
                )
            )
        )
    return problems


def check_segment(no: str, today: date | None = None) -> SegmentCheck:
    """Check every template version the segment's lines use, against exactly the recipients that get it."""
    header = segments.get_segment(no)
    planned = _lines(Segment.get(Segment.no == header.no), header.template_code)
    result = SegmentCheck(header.no, header.description, _segment_problems(planned))
    versions: dict[int, TemplateVersion] = {}
    reasons: dict[int, tuple[str, ...]] = {}
    builder = ContextBuilder(today)
    by_document: dict[int, list[_Line]] = {}
    for item in planned:
        if item.document is not None and not item.personal:
            by_document.setdefault(item.document, []).append(item)
        elif item.document is not None:
            version = TemplateVersion(file_name=attachments.attachment_file_name(item.document), personal=True)
            versions[int(item.line.line_no)] = version
            result._sources[int(item.line.line_no)] = (item.document, version)
    for document, items in by_document.items():
        rows = list(InteractionTemplateLanguage.select().where(InteractionTemplateLanguage.attachment == document))
        languages = sorted({str(row.language_code) for row in rows})
        language = languages[0] if len(languages) == 1 else ""
        # For the label: the template and languages of the lines that use this document (a segment keeps
        # the document it was given even after the template's own version is replaced).
        codes = sorted({str(stored(item.line, "interaction_template") or header.template_code) for item in items})
        spoken = sorted({str(item.line.language_code or item.contact.language_code) for item in items} - {""})
        version = TemplateVersion(
            ", ".join(codes), ", ".join(languages or spoken), attachments.attachment_file_name(document)
        )
        contexts = builder.build_many([_request(item, header, language) for item in items])
        report = TemplateCheck(attachments.attachment_bytes(document), version.file_name).run(contexts)
        result.problems += [CheckedProblem(problem, version) for problem in report.problems]
        for item, context in zip(items, contexts, strict=True):
            line_no = int(item.line.line_no)
            versions[line_no] = version
            result._contexts[line_no] = context
            result._sources[line_no] = (document, version)
        for worst in report.worst:
            line_no = int(items[worst.index].line.line_no)
            reasons[line_no] = reasons.get(line_no, ()) + tuple(
                reason for reason in worst.reasons if reason not in reasons.get(line_no, ())
            )
    addresses = alt_address.recipients([(item.contact, str(item.line.alt_address_code or "")) for item in planned])
    result.recipients = [
        Recipient(
            int(item.line.line_no),
            str(item.contact.no),
            str(item.contact.name),
            versions.get(int(item.line.line_no), TemplateVersion()),
            int(item.line.correspondence_type) == CorrespondenceType.EMAIL,
            reasons.get(int(item.line.line_no), ()),
            # The same test the merge's drafts pass (segment_merge writes one per usable address).
            int(item.line.correspondence_type) == CorrespondenceType.EMAIL and usable_address(address),
        )
        for item, address in zip(planned, addresses, strict=True)
    ]
    return result
