"""The XML parts of a Word template that hold placeholders, read and preprocessed once.

docxtpl's own preprocessing (`DocxTemplate.patch_xml`) is reused as is, so templates behave exactly
as docxtpl documents them: `{%p %}`, `{%tr %}`, `{%r %}`, placeholders that Word split across runs.
What we avoid is docxtpl's per-letter cost: re-reading the package and re-patching the XML.
"""

from __future__ import annotations

import bisect
import posixpath
import re
from dataclasses import dataclass, field

from docxtpl import DocxTemplate
from lxml import etree

from contactdesk.crm.docx_limits import DocxPackage
from contactdesk.crm.errors import AttachmentError
from contactdesk.merge.errors import TemplateSyntaxProblem

TAG_MARKERS = ("{{", "{%", "{#")
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
# Parts related to the main document that may carry placeholders.
_TEMPLATED_RELS = {_DOC_REL + kind for kind in ("header", "footer", "footnotes", "endnotes")}
_OPENER = re.compile(r"\{[{%]")
_CLOSER = re.compile(r"[}%]\}|\n")
_NESTING_TOKEN = re.compile(r"\{\{|\{%[-+]?\s*(\w*)|\}\}|%\}|[()\[\]{}]|\n")
_BLOCK_OPENERS = {"if", "for", "macro", "call", "filter", "with", "block", "autoescape"}
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
# docxtpl's methods used here keep no state on the object, so one bare instance serves every call.
DOCXTPL = DocxTemplate.__new__(DocxTemplate)


@dataclass(frozen=True)
class SourcePart:
    """One XML part: as Word wrote it (normalised) and as Jinja will read it."""

    name: str
    raw: str
    source: str  # after docxtpl's preprocessing; one paragraph per line
    has_tags: bool
    tags: int = 0  # how many {{ }} and {% %} (Jinja's time and memory grow with it)
    _places: dict[int, str] = field(default_factory=dict, compare=False, repr=False)
    _lines: list[str] = field(default_factory=list, compare=False, repr=False)

    def place(self, lineno: int | None) -> str:
        """The paragraph text at a Jinja line number, for messages; each line is split and cleaned once.

        A template check asks this for every placeholder: splitting the part per question made
        50,000 placeholders in one paragraph take minutes.
        """
        if not lineno:
            return ""
        if lineno not in self._places:
            if not self._lines:
                self._lines.extend(self.source.split("\n"))
            self._places[lineno] = paragraph_text(self._lines[lineno - 1])[:160] if lineno <= len(self._lines) else ""
        return self._places[lineno]


def paragraph_text(xml: str) -> str:
    """The visible text of some WordprocessingML (tags removed)."""
    return re.sub(r"<[^>]+>", "", xml).strip()


def place_of(source: str, lineno: int | None) -> str:
    """The paragraph text at a Jinja line number (each paragraph starts a line), for one error message."""
    lines = source.split("\n")
    if not lineno or lineno > len(lines):
        return ""
    return paragraph_text(lines[lineno - 1])[:160]


def deepest_line(source: str) -> int:
    """The line (paragraph) where placeholders nest deepest: blocks inside blocks, brackets inside brackets.

    Only asked after a template proved too deeply nested to compile, to point at the paragraph concerned;
    one pass over the source, whatever it holds (tags left open included).
    """
    blocks = brackets = 0
    inside = False
    line, deepest, found = 1, -1, 1
    for match in _NESTING_TOKEN.finditer(source):
        token = match.group(0)
        if token == "\n":
            line += 1
            continue
        if token.startswith("{%"):
            inside, brackets = True, 0
            word = match.group(1)
            blocks += 1 if word in _BLOCK_OPENERS else -1 if word.startswith("end") else 0
        elif token == "{{":
            inside, brackets = True, 0
        elif token in ("}}", "%}"):
            inside = False
        elif inside:
            brackets += 1 if token in "([{" else -1
        if blocks + brackets > deepest:
            deepest, found = blocks + brackets, line
    return found


def unclosed_tag(xml: str) -> int | None:
    """Where a `{{` or `{%` opens that is not closed before the next one opens; None when all close in time.

    docxtpl's cleaning looks for each tag's end with `.*?`: a part full of tags left open makes it search
    to the end of the part from every one of them, for minutes. Jinja would refuse the part anyway.
    """
    closers = [match.start() for match in _CLOSER.finditer(xml)]
    scanned, index = 0, 0
    worst, where = 0, None
    for match in _OPENER.finditer(xml):
        index = bisect.bisect_left(closers, match.end(), index)
        reach = (closers[index] if index < len(closers) else len(xml)) - match.end()
        scanned += reach
        if reach > worst:
            worst, where = reach, match.start()
    # Closed tags are scanned once each, so a real template stays within the length of its XML.
    return where if scanned > 2 * len(xml) + 100_000 else None


def _relationships(package: DocxPackage, part: str, label: str) -> list[tuple[str, str]]:
    """(type, target part name) of a part's relationships."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    if rels_name not in package.names():
        return []
    try:
        root = etree.fromstring(package.read(rels_name))
    except etree.XMLSyntaxError:
        raise AttachmentError(f"{label}:{rels_name}", "corrupt") from None
    found = []
    for rel in root.iter(_REL_NS + "Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found.append((rel.get("Type", ""), resolved))
    return found


def _normalise(xml: bytes, name: str, label: str) -> str:
    """The part re-serialised by lxml without pretty printing, as docxtpl's patching expects."""
    try:
        root = etree.fromstring(xml)
    except etree.XMLSyntaxError:
        raise AttachmentError(f"{label}:{name}", "corrupt") from None
    return str(etree.tostring(root, encoding="unicode"))


class TemplateSource:
    """Opens a .docx once and finds the parts that hold placeholders."""

    def __init__(self, data: bytes, label: str = "template.docx") -> None:
        self.data = data
        self.label = label
        if not label.lower().endswith(".docx") and not label.startswith("<"):
            raise AttachmentError(label, "not_docx")
        # The limits are checked before anything is unpacked, and every part is unpacked once in
        # bounded pieces: a part copied unchanged into every letter must be as harmless as one we read.
        with DocxPackage(data, label) as package:
            package.verify()
            names = package.names()
            if "[Content_Types].xml" not in names:
                raise AttachmentError(label, "not_docx")
            main = next(
                (
                    target
                    for kind, target in _relationships(package, "_rels/.rels", label)
                    if kind.endswith("/officeDocument")
                ),
                "word/document.xml",
            )
            if main not in names:
                raise AttachmentError(label, "not_docx")
            self.main = main
            wanted = [main] + [
                target
                for kind, target in _relationships(package, main, label)
                if kind in _TEMPLATED_RELS and target in names
            ]
            if "docProps/core.xml" in names:
                wanted.append("docProps/core.xml")
            self.parts = [self._part(package, name) for name in dict.fromkeys(wanted)]

    def _part(self, package: DocxPackage, name: str) -> SourcePart:
        raw = _normalise(package.read(name), name, self.label)
        has_tags = any(marker in raw for marker in TAG_MARKERS)
        if not has_tags:
            return SourcePart(name, raw, raw, False)
        unclosed = unclosed_tag(raw)
        if unclosed is not None:
            raise TemplateSyntaxProblem(
                "a {{ or {% is not closed with }} or %}",
                name,
                paragraph_text(raw[unclosed : unclosed + 400])[:60],
                self.label,
            )
        # Core properties are plain XML text, not Word runs: no run patching there.
        source = raw if name.startswith("docProps/") else str(DOCXTPL.patch_xml(raw))
        source = re.sub(r"<w:p([ >])", r"\n<w:p\1", source)
        return SourcePart(name, raw, source, True, source.count("{{") + source.count("{%"))

    @property
    def templated(self) -> list[SourcePart]:
        """The parts that hold placeholders (rendered per letter)."""
        return [part for part in self.parts if part.has_tags]

    @property
    def tags(self) -> int:
        """How many placeholders and tags all parts hold together."""
        return sum(part.tags for part in self.parts)
