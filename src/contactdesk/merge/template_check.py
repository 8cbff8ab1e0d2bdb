"""Check a template before any letter is written, and report every problem at once.

Errors stop a merge: not a Word file, broken placeholder syntax (with the paragraph it is in), unknown
fields, unsafe expressions, a template that fails or is refused when rendered for a sample contact.
Warnings do not: fields that are empty for some recipients (with how many and who), placeholders
Word split across formatting runs (docxtpl repairs them, but the first run's formatting wins).
A field tested in `{% if %}`, given a fallback (`a or b`, `|default`) is not reported as empty.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, nodes

from contactdesk.crm.docx_limits import MAX_FILE_BYTES
from contactdesk.crm.errors import AttachmentError
from contactdesk.merge.docx_source import SourcePart, TemplateSource, paragraph_text
from contactdesk.merge.errors import MergeError, TemplateRefusedError, TemplateSyntaxProblem
from contactdesk.merge.fields import GROUPS, TOP_LEVEL, example_context
from contactdesk.merge.render import PreparedTemplate, check_tag_count, too_complex_detail
from contactdesk.merge.sandbox import LetterSandbox
from contactdesk.merge.template_fields import FieldUse, field_uses

_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
# Bounded, so a paragraph full of unclosed "{{" is not searched to its end from each of them.
_TAG = re.compile(r"\{[{%#].{0,2000}?[}%#]\}")
NAMES_SHOWN = 10


@dataclass(frozen=True)
class Problem:
    """One finding. kind: not_docx, too_large, syntax, too_complex, unknown_field, unsafe, render_failed,
    empty_field, split_placeholder."""

    kind: str
    severity: str  # "error" stops the merge, "warning" does not
    message: str
    part: str = ""
    place: str = ""
    field: str = ""
    count: int = 0
    contacts: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON."""
        values = asdict(self)
        values["contacts"] = list(self.contacts)
        return values


@dataclass(frozen=True)
class Recipient:
    """A contact worth previewing, and why."""

    index: int
    contact_no: str
    name: str
    reasons: tuple[str, ...]


@dataclass
class CheckReport:
    """Everything the check found; ok when there is no error."""

    problems: list[Problem] = field(default_factory=list)
    fields: set[str] = field(default_factory=set)
    worst: list[Recipient] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No problem stops the merge."""
        return not any(problem.severity == "error" for problem in self.problems)


def _who(context: dict[str, Any]) -> str:
    contact = context.get("contact") or {}
    return " - ".join(part for part in (str(contact.get("no", "")), str(contact.get("name", ""))) if part)


def _value(context: dict[str, Any], key: str) -> str:
    group, _, name = key.partition(".")
    if not name:
        return str(context.get(group, "") or "")
    return str((context.get(group) or {}).get(name, "") or "")


class TemplateCheck:
    """Finds every problem of one template, optionally against the contexts it will be merged with."""

    def __init__(self, data: bytes, label: str = "template.docx") -> None:
        self.data = data
        self.label = label

    @classmethod
    def from_file(cls, path: Path) -> TemplateCheck:
        """Check the file at `path`."""
        path = Path(path)
        if not path.is_file():
            return cls(b"", path.name)
        with path.open("rb") as stream:
            # One byte over the limit is enough for the check to refuse a file too large to read whole.
            return cls(stream.read(MAX_FILE_BYTES + 1), path.name)

    def run(self, contexts: Sequence[dict[str, Any]] = ()) -> CheckReport:
        """Check the template, then its fields against `contexts` (one per recipient)."""
        report = CheckReport()
        try:
            source = TemplateSource(self.data, self.label)
        except AttachmentError as exc:
            message = (
                str(exc)
                if exc.problem == "too_large"
                else f"{self.label} is not a Word (.docx) document ({exc.problem})"
            )
            report.problems.append(Problem("too_large" if exc.problem == "too_large" else "not_docx", "error", message))
            return report
        except TemplateSyntaxProblem as exc:
            report.problems.append(Problem("syntax", "error", f"{exc.message} near “{exc.place}”", exc.part, exc.place))
            return report
        try:
            check_tag_count(source, self.label)
        except TemplateRefusedError as exc:
            report.problems.append(Problem("too_complex", "error", str(exc)))
            return report
        uses: list[FieldUse] = []
        environment = LetterSandbox()
        trees: dict[str, nodes.Template] = {}
        for part in source.templated:
            report.problems += self._split_placeholders(part.name, part.raw)
            try:
                tree = self._parse(environment, part, report)
                uses += field_uses(tree, part, environment) if tree is not None else []
            except (RecursionError, MemoryError):
                detail = too_complex_detail(part)
                report.problems.append(Problem("too_complex", "error", f"{self.label}: {detail}", part.name))
                continue
            if tree is not None:
                trees[part.name] = tree
        report.fields = {use.field for use in uses if "." in use.field or use.field in TOP_LEVEL}
        report.problems += self._unknown(uses)
        if report.ok:
            report.worst = self._worst(contexts, report.fields)
            # The trial compiles what was parsed above: a large template is read and parsed once.
            report.problems += self._trial(contexts, report.worst, source, environment, trees)
        report.problems += self._empty(uses, contexts)
        return report

    # -- static analysis -----------------------------------------------------------------------------------
    def _parse(self, environment: LetterSandbox, part: SourcePart, report: CheckReport) -> nodes.Template | None:
        """The part's tree; after a syntax error (reported) one without its broken paragraphs, or None."""
        try:
            return environment.parse(part.source)
        except TemplateSyntaxError as exc:
            place = part.place(exc.lineno)
            report.problems.append(Problem("syntax", "error", f"{exc.message} near “{place}”", part.name, place))
            return self._without_broken_lines(environment, part.source, exc.lineno)

    @staticmethod
    def _without_broken_lines(environment: LetterSandbox, source: str, lineno: int | None) -> nodes.Template | None:
        """The part parsed with its broken paragraphs left out, so one typo does not hide the other problems.

        Only the first syntax error is reported: the ones met while leaving paragraphs out may be echoes
        of it (an `{% endif %}` whose `{% if %}` was left out)."""
        lines = source.split("\n")
        for _attempt in range(5):
            if not lineno or lineno > len(lines):
                return None
            lines[lineno - 1] = ""
            try:
                return environment.parse("\n".join(lines))
            except TemplateSyntaxError as exc:
                lineno = exc.lineno
        return None

    def _unknown(self, uses: list[FieldUse]) -> list[Problem]:
        problems: dict[str, Problem] = {}
        for use in uses:
            if use.field.startswith("!"):
                problems.setdefault(
                    use.field,
                    Problem(
                        "unsafe",
                        "error",
                        f"“{use.field[1:]}” reaches into Python internals; letters may not do that",
                        use.part,
                        use.place,
                        use.field[1:],
                    ),
                )
                continue
            group, _, name = use.field.partition(".")
            if name and group in GROUPS and name in GROUPS[group]:
                continue
            if not name and use.field in TOP_LEVEL:
                continue
            if not name and use.field in GROUPS:
                message = (
                    f"“{use.field}” is a group of fields; write one of them, such as {use.field}."
                    f"{sorted(GROUPS[use.field])[0]}"
                )
            elif group in GROUPS:
                message = f"unknown field “{use.field}”: {group} has no field “{name}”"
            else:
                message = f"unknown field “{use.field}”"
            problems.setdefault(use.field, Problem("unknown_field", "error", message, use.part, use.place, use.field))
        return list(problems.values())

    def _split_placeholders(self, part: str, raw: str) -> list[Problem]:
        problems = []
        for paragraph in _PARAGRAPH.findall(raw):
            texts = _TEXT.findall(paragraph)
            if len(texts) < 2:
                continue
            ends, total = [], 0
            for text in texts:
                total += len(text)
                ends.append(total)
            joined = "".join(texts)
            inner = ends[:-1]
            for match in _TAG.finditer(joined):
                # The first run end after the tag's start: inside the tag means Word split it.
                after = bisect.bisect_right(inner, match.start())
                if after < len(inner) and inner[after] < match.end():
                    problems.append(
                        Problem(
                            "split_placeholder",
                            "warning",
                            f"Word split “{match.group(0)}” across formatting runs; "
                            "retype it in one go so it keeps one formatting",
                            part,
                            paragraph_text(paragraph)[:160],
                        )
                    )
        return problems

    # -- against the recipients ----------------------------------------------------------------------------
    def _empty(self, uses: list[FieldUse], contexts: Sequence[dict[str, Any]]) -> list[Problem]:
        unguarded = sorted(
            {
                use.field
                for use in uses
                if not use.guarded and not use.field.startswith("!") and ("." in use.field or use.field in TOP_LEVEL)
            }
        )
        problems = []
        for key in unguarded:
            group, _, name = key.partition(".")
            if name and name not in GROUPS.get(group, ()):
                continue
            empty = [context for context in contexts if not _value(context, key).strip()]
            if empty:
                names = tuple(_who(context) for context in empty[:NAMES_SHOWN])
                more = f" and {len(empty) - NAMES_SHOWN} more" if len(empty) > NAMES_SHOWN else ""
                problems.append(
                    Problem(
                        "empty_field",
                        "warning",
                        f"“{key}” is empty for {len(empty)} of {len(contexts)} recipients: {', '.join(names)}{more}",
                        field=key,
                        count=len(empty),
                        contacts=names,
                    )
                )
        return problems

    def _worst(self, contexts: Sequence[dict[str, Any]], used: set[str]) -> list[Recipient]:
        if not contexts:
            return []
        keys = sorted(used) or ["contact.name"]

        def values(context: dict[str, Any]) -> str:
            return "\n".join(_value(context, key) for key in keys)

        picks: dict[int, list[str]] = {}

        def pick(reason: str, score: Any) -> None:
            scores = [score(context) for context in contexts]
            best = max(range(len(contexts)), key=lambda index: scores[index])
            if scores[best]:
                picks.setdefault(best, []).append(reason)

        pick("longest name", lambda c: len(_value(c, "contact.name")))
        pick("longest address", lambda c: len(_value(c, "contact.address_block")))
        pick("most missing fields", lambda c: sum(1 for key in keys if not _value(c, key).strip()))
        pick("non-ASCII text", lambda c: sum(1 for char in values(c) if ord(char) > 127))
        pick("“&” in a value", lambda c: values(c).count("&"))
        pick("“<” in a value", lambda c: values(c).count("<"))
        return [
            Recipient(
                index,
                str((contexts[index].get("contact") or {}).get("no", "")),
                str((contexts[index].get("contact") or {}).get("name", "")),
                tuple(reasons),
            )
            for index, reasons in sorted(picks.items())
        ]

    def _trial(
        self,
        contexts: Sequence[dict[str, Any]],
        worst: list[Recipient],
        source: TemplateSource,
        environment: LetterSandbox,
        trees: dict[str, nodes.Template],
    ) -> list[Problem]:
        """Render for the example contact and the worst recipients: refusals and failures show up now."""
        try:
            prepared = PreparedTemplate(self.data, self.label, parsed=(source, environment, trees))
        except TemplateSyntaxProblem as exc:
            return [Problem("syntax", "error", exc.message, exc.part, exc.place)]
        except TemplateRefusedError as exc:
            return [Problem(exc.reason, "error", str(exc))]
        samples = [example_context()] + [contexts[recipient.index] for recipient in worst]
        for sample in samples:
            try:
                prepared.render_parts(sample)
            except MergeError as exc:
                kind = "unsafe" if getattr(exc, "reason", "") == "unsafe" else "render_failed"
                return [Problem(kind, "error", str(exc))]
        return []
