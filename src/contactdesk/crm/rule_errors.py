"""Typed errors of the template and segment-header rules of issue 12 (kept out of the long errors.py)."""

from __future__ import annotations

from contactdesk.crm.errors import DomainError


class TemplateActionError(DomainError):
    """A template's wizard action does not fit the document of its default language (spec E20, issue 12 §3.7).

    problem: merge_needs_document (Merge, but the default language has no Word document), import_has_document
    (Import, while the default language has a Word document to merge). changed: "action" when the wizard action
    or default language was being changed, "document" when a document was being added or removed.
    """

    _TEXTS = {
        "merge_needs_document": "wizard action Merge needs a Word document in the template's default language",
        "import_has_document": "wizard action Import cannot be used while the default language has a Word document",
    }

    def __init__(self, template_code: str, problem: str, changed: str = "action") -> None:
        super().__init__(f"template {template_code}: {self._TEXTS.get(problem, problem)}")
        self.template_code = template_code
        self.problem = problem
        self.changed = changed


class InheritedDocumentsError(DomainError):
    """A header template change answered No while lines still use the header's documents (spec §2.2 rule 4, E13)."""

    def __init__(self, segment_no: str, lines: int) -> None:
        super().__init__(
            f"segment {segment_no}: the template cannot change without updating the lines, "
            f"because {lines} line(s) use the segment's document"
        )
        self.segment_no = segment_no
        self.lines = lines


class OwnLetterError(DomainError):
    """A change would discard letters the user edited for single lines, and the caller did not say it may.

    action: "template" or "language" (one line's), "header_template" or "header_language" (the header's,
    carried to the lines). Nothing is changed; repeat with discard_own_letter(s)=True after asking the user.
    """

    def __init__(self, segment_no: str, line_nos: tuple[int, ...], action: str) -> None:
        super().__init__(
            f"segment {segment_no}: {len(line_nos)} line(s) have their own letter, which this change "
            f"({action}) would discard; lines {', '.join(str(n) for n in line_nos[:10])}"
        )
        self.segment_no = segment_no
        self.line_nos = line_nos
        self.action = action
