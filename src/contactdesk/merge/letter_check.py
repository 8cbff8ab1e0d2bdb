"""Before a letter is written: every template checked against the contacts that get it (used by deliver)."""

from __future__ import annotations

from typing import Any

from contactdesk.crm import attachments
from contactdesk.merge.context import ContextBuilder
from contactdesk.merge.letter_plan import PlannedLetter, document_language
from contactdesk.merge.render import PreparedTemplate
from contactdesk.merge.template_check import Problem, TemplateCheck


def check_letters(
    planned: list[PlannedLetter],
    segment: dict[str, Any],
    builder: ContextBuilder,
    checked: dict[int, PreparedTemplate] | None = None,
) -> tuple[list[Problem], dict[int, PreparedTemplate], list[dict[str, Any] | None]]:
    """Every template against its recipients: (problems, prepared templates, one context per letter).

    Templates in `checked` were checked before (against the same recipients) and are used as they are.
    """
    problems: list[Problem] = []
    missing = [item for item in planned if item.document is None]
    if missing:
        names = tuple(f"{item.contact.no} - {item.contact.name}" for item in missing[:10])
        problems.append(
            Problem(
                "no_document",
                "error",
                f"{len(missing)} letter(s) have no Word document in their language: {', '.join(names)}",
                count=len(missing),
                contacts=names,
            )
        )
    contexts: list[dict[str, Any] | None] = [None] * len(planned)
    prepared: dict[int, PreparedTemplate] = dict(checked or {})
    groups: dict[int, list[int]] = {}
    for index, item in enumerate(planned):
        if item.document is not None and not item.personal:
            groups.setdefault(item.document, []).append(index)
    for document, indexes in groups.items():
        data = attachments.attachment_bytes(document)
        label = attachments.attachment_file_name(document)
        language = document_language(document)
        built = builder.build_many([planned[index].request(segment, language) for index in indexes])
        for index, context in zip(indexes, built, strict=True):
            contexts[index] = context
        if document in prepared:
            continue
        report = TemplateCheck(data, label).run(built)
        problems += report.problems
        if report.ok:
            prepared[document] = PreparedTemplate(data, label)
    return problems, prepared, contexts
