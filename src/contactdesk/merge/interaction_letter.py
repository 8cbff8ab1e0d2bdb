"""The letter of one interaction (the Create Interaction wizard and `contactdesk interaction log`).

Uses the merge engine's context, template check and sandboxed renderer, so a single letter is checked
and reads exactly like the same letter merged for a segment: a field the merge does not know stops it.
"""

from __future__ import annotations

from pathlib import Path

from contactdesk.crm import interaction_documents as documents
from contactdesk.crm.errors import InteractionDocumentError
from contactdesk.crm.interaction_request import InteractionRequest
from contactdesk.merge.context import ContextBuilder
from contactdesk.merge.errors import TemplateCheckError
from contactdesk.merge.render import PreparedTemplate
from contactdesk.merge.template_check import TemplateCheck


def merge_interaction_letter(request: InteractionRequest, folder: Path) -> Path:
    """The template's document in the request's language, checked and merged for the request's contact, in `folder`.

    TemplateCheckError (nothing written) when the check finds a problem that would stop a segment merge.
    """
    document = documents.template_document(request.template_code, request.language_code)
    if document is None:
        raise InteractionDocumentError(request.template_code, request.language_code, "no_document")
    line = {
        "description": request.description,
        "subject": request.subject,
        "comment": "\n".join(request.comments),
        "correspondence_type": int(request.correspondence_type),
        "language_code": document.language_code,
        "date": request.date,
        "cost": request.cost,
        "salesperson_code": request.salesperson_code,
    }
    context = ContextBuilder(request.date).build(
        request.contact_no,
        language=document.language_code,
        line=line,
        entry={"entry_no": request.entry_no or "", "date": request.date},
    )
    data = document.read()
    report = TemplateCheck(data, document.file_name).run([context])
    if not report.ok:
        raise TemplateCheckError([problem.as_dict() for problem in report.problems])
    stem = documents.safe_file_name(f"{request.contact_no} {request.description or request.template_code}")
    return PreparedTemplate(data, document.file_name).write(context, Path(folder) / f"{stem}.docx")
