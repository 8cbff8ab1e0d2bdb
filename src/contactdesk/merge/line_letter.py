"""The letter of one segment line, to personalise in Word (issue 12 §4).

The same document choice (merge/letter_plan.py), context and template check as merging the whole
segment, so the letter the user starts editing is exactly the one the merge would have written. A line
that already has its own letter gets a copy of that letter, to edit further.
"""

from __future__ import annotations

from pathlib import Path

from contactdesk.crm import attachments, segments
from contactdesk.crm.errors import InteractionDocumentError, NotFoundError
from contactdesk.crm.interaction_documents import safe_file_name
from contactdesk.crm.lookups import stored
from contactdesk.merge.context import ContextBuilder
from contactdesk.merge.errors import TemplateCheckError
from contactdesk.merge.letter_plan import DocumentChooser
from contactdesk.merge.line_request import line_request
from contactdesk.merge.render import PreparedTemplate, write_atomically
from contactdesk.merge.template_check import TemplateCheck
from contactdesk.store.models import Contact, InteractionTemplateLanguage, Segment, SegmentLine


def merge_line_letter(no: str, line_no: int, folder: Path) -> Path:
    """Write the line's letter into `folder` and return its path.

    InteractionDocumentError when the line's template has no Word document; TemplateCheckError (nothing
    written) when the check finds a problem that would stop the segment's merge.
    """
    header = segments.get_segment(no)
    line = (
        SegmentLine.select(SegmentLine, Contact)
        .join(Contact, on=(SegmentLine.contact == Contact.id))
        .join_from(SegmentLine, Segment)
        .where((Segment.no == header.no) & (SegmentLine.line_no == line_no))
        .first()
    )
    if line is None:
        raise NotFoundError("segment_line", f"{header.no}/{line_no}")
    contact = line.contact
    template = str(stored(line, "interaction_template") or header.template_code)
    language = str(line.language_code or contact.language_code)
    document, personal = DocumentChooser().choose(stored(line, "attachment"), bool(line.merged), template, language)
    if document is None:
        raise InteractionDocumentError(template, language, "no_document")
    target = Path(folder) / f"{safe_file_name(f'{contact.no} {contact.name}')}.docx"
    data = attachments.attachment_bytes(document)
    if personal:
        return write_atomically(target, data, "personal")
    label = attachments.attachment_file_name(document)
    versions = InteractionTemplateLanguage.select().where(InteractionTemplateLanguage.attachment == document)
    languages = {str(row.language_code) for row in versions}
    letter_language = next(iter(languages)) if len(languages) == 1 else ""
    request = line_request(int(contact.id), letter_language, line, header)
    context = ContextBuilder().build_many([request])[0]
    report = TemplateCheck(data, label).run([context])
    if not report.ok:
        raise TemplateCheckError([problem.as_dict() for problem in report.problems])
    return PreparedTemplate(data, label).write(context, target)
