"""A Word template prepared once and rendered for any number of contacts.

Per template: the package is opened, docxtpl's XML preprocessing runs, and Jinja compiles each part
that holds placeholders, once. Per letter: only those parts are rendered (a millisecond), and the
package is written with every other member's compressed bytes copied unchanged (merge/zipcopy.py).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Template, TemplateError, TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError
from lxml import etree

from contactdesk.crm.docx_limits import check_file_size
from contactdesk.crm.errors import AttachmentError
from contactdesk.merge import sandbox, temporaries
from contactdesk.merge.docx_source import DECLARATION, DOCXTPL, SourcePart, TemplateSource, deepest_line, place_of
from contactdesk.merge.errors import LetterRenderError, TemplateRefusedError, TemplateSyntaxProblem
from contactdesk.merge.zipcopy import ZipBlueprint

_CONTROL = re.compile(r"[\n\t\a\f]")
_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)
_ESCAPED_TAGS = (("{_{", "{{"), ("}_}", "}}"), ("{_%", "{%"), ("%_}", "%}"))
# Jinja parses and compiles by recursion, and Python refuses deeply indented generated code: about 70
# nested brackets, 100 nested {% if %} or 20 nested {% for %} fail there, with no line to point at.
_TOO_COMPLEX = (RecursionError, SyntaxError, MemoryError)
# Reading a template costs Jinja about 0.1-0.3 ms per placeholder or tag; a letter has tens, a long
# form a few thousand. The cap keeps a hostile template from holding a check or merge for minutes.
MAX_TAGS = 10_000


def check_tag_count(source: TemplateSource, label: str) -> None:
    """Refuse a template with more placeholders and tags than any letter needs (TemplateRefusedError)."""
    if source.tags > MAX_TAGS:
        raise TemplateRefusedError(
            "too_complex", f"it holds {source.tags} fields and tags; a letter may hold at most {MAX_TAGS}", label
        )


def too_complex_detail(part: SourcePart) -> str:
    """Why a part that cannot be compiled was refused, near the paragraph where it nests deepest."""
    place = part.place(deepest_line(part.source))
    place = place if len(place) <= 60 else place[:60] + "…"
    return (
        f"its fields near “{place}” are nested too deeply (brackets, {{% if %}} or {{% for %}} inside each "
        "other) or chain too many calculations to be read"
    )


@dataclass(frozen=True)
class _CompiledPart:
    name: str
    template: Template
    source: str
    fix_tables: bool
    fix_ids: bool


def _resolve_listing(xml: str) -> str:
    """Turn \\n, \\t, \\a, \\f in values into Word line breaks, tabs, paragraphs and page breaks.

    docxtpl runs its regular expressions over every paragraph of every letter; only paragraphs that
    hold such a character need it, so the rest are left alone.
    """
    if not _CONTROL.search(xml):
        return xml
    return _PARAGRAPH.sub(
        lambda match: DOCXTPL.resolve_listing(match.group(0)) if _CONTROL.search(match.group(0)) else match.group(0),
        xml,
    )


def write_atomically(target: Path, data: bytes, tag: str = "letter") -> Path:
    """Write to a temporary name beside the target, then rename: no half-written file under the final name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporaries.temporary_path(target.parent, tag)
    # Not tempfile.mkstemp: its files are private (0600); "x" creates the file with the permissions the
    # user's umask gives every other program's files, and never opens one that exists.
    stream = open(temporary, "xb")  # before the try: a name that already exists is not ours to remove
    try:
        with stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


class PreparedTemplate:
    """One Word template, ready to render letters; build it once and reuse it for every contact."""

    def __init__(
        self,
        data: bytes,
        label: str = "template.docx",
        *,
        parsed: tuple[TemplateSource, sandbox.LetterSandbox, Mapping[str, nodes.Template]] | None = None,
    ) -> None:
        """`parsed`: the source, environment and trees a template check already made of these bytes."""
        self.data = data
        self.label = label
        self.key = hashlib.sha256(data).hexdigest()
        self.source, self.environment, trees = parsed or (TemplateSource(data, label), sandbox.LetterSandbox(), {})
        check_tag_count(self.source, label)
        self.blueprint = ZipBlueprint(data, label)
        self.parts = [self._compile(part, trees.get(part.name)) for part in self.source.templated]

    @classmethod
    def from_file(cls, path: Path) -> PreparedTemplate:
        """Prepare the template stored at `path`."""
        path = Path(path)
        if path.suffix.lower() != ".docx":
            raise AttachmentError(str(path), "not_docx")
        check_file_size(path, str(path))
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise AttachmentError(str(path), "missing") from None
        except OSError:
            raise AttachmentError(str(path), "unreadable") from None
        return cls(data, path.name)

    def _compile(self, part: SourcePart, tree: nodes.Template | None = None) -> _CompiledPart:
        try:
            tree = self.environment.guard_loops(tree if tree is not None else self.environment.parse(part.source))
            template = self.environment.from_string(tree)
        except TemplateSyntaxError as exc:
            raise TemplateSyntaxProblem(
                exc.message or str(exc), part.name, place_of(part.source, exc.lineno), self.label
            ) from None
        except _TOO_COMPLEX:
            raise TemplateRefusedError("too_complex", too_complex_detail(part), self.label) from None
        has_loops = "{%" in part.source and re.search(r"{%-?\s*for\b", part.source) is not None
        return _CompiledPart(
            part.name,
            template,
            part.source,
            fix_tables="<w:tbl" in part.source and has_loops,
            fix_ids="docPr" in part.source and has_loops,
        )

    # -- rendering ------------------------------------------------------------------------------------------
    def render_parts(self, context: Mapping[str, Any]) -> dict[str, bytes]:
        """The rendered XML of every part with placeholders, for one contact."""
        contact = context.get("contact")
        contact_no = str(contact.get("no", "")) if isinstance(contact, Mapping) else ""
        token = sandbox.start_budget()
        try:
            return {part.name: self._render_part(part, context, contact_no) for part in self.parts}
        except TemplateRefusedError as exc:
            raise TemplateRefusedError(exc.reason, exc.detail, self.label, contact_no) from None
        except SecurityError as exc:
            raise TemplateRefusedError("unsafe", sandbox.unsafe_detail(str(exc)), self.label, contact_no) from None
        except RecursionError:
            raise TemplateRefusedError(
                "too_many_steps", "the template calls itself without end", self.label, contact_no
            ) from None
        except MemoryError:
            raise TemplateRefusedError(
                "too_large", "the letter needs too much memory", self.label, contact_no
            ) from None
        finally:
            sandbox.end_budget(token)

    def _render_part(self, part: _CompiledPart, context: Mapping[str, Any], contact_no: str) -> bytes:
        try:
            xml = part.template.render(context)
        except (TemplateRefusedError, SecurityError, RecursionError, MemoryError):
            raise
        except TemplateError as exc:
            raise LetterRenderError(contact_no, exc.message or type(exc).__name__, self.label) from None
        except Exception as exc:  # noqa: BLE001 - any other failure of template code is this letter's problem
            raise LetterRenderError(contact_no, f"{type(exc).__name__}: {exc}", self.label) from None
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        for escaped, plain in _ESCAPED_TAGS:
            xml = xml.replace(escaped, plain)
        xml = _resolve_listing(xml)
        try:
            # Parsing costs a fraction of a millisecond and catches a template whose tags cut through
            # Word's structure ({% if %} across paragraphs without {%p %}), which Word calls "corrupt".
            tree = DOCXTPL.fix_tables(xml) if part.fix_tables else etree.fromstring(xml)
        except etree.XMLSyntaxError:
            raise LetterRenderError(
                contact_no,
                f"the template gives broken Word XML in {part.name}; a tag that "
                "spans paragraphs needs the {%p %} form",
                self.label,
            ) from None
        if part.fix_ids:
            DOCXTPL.docx_ids_index = 1000
            DOCXTPL.fix_docpr_ids(tree)
        if part.fix_tables or part.fix_ids:
            xml = str(etree.tostring(tree, encoding="unicode"))
        return (DECLARATION + xml).encode("utf-8")

    def render(self, context: Mapping[str, Any]) -> bytes:
        """The whole letter as .docx bytes."""
        return self.blueprint.build(self.render_parts(context))

    def write(self, context: Mapping[str, Any], target: Path, tag: str = "letter") -> Path:
        """Render the letter into `target` (written under a temporary name, then renamed)."""
        return write_atomically(Path(target), self.render(context), tag)
