"""E-mail drafts show values as typed, and one contact's bad stored value never stops the other drafts."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

from tests.merge.conftest import LINE, SEGMENT, TODAY, make_template

from contactdesk.merge.context import ContextBuilder
from contactdesk.merge.email_draft import EmailDraft, letter_text
from contactdesk.merge.render import PreparedTemplate
from contactdesk.merge.segment_merge import merge_segment
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Contact, Segment, SegmentLine

ODD = "\"quotes\" & <angle> 'single'"


def _read(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)  # type: ignore[return-value]


def test_quotes_apostrophes_and_angles_reach_the_body_as_typed(merge_data: dict[str, Contact], tmp_path: Path) -> None:
    Contact.update(name="Mr O'Brien").where(Contact.no == "CT000003").execute()
    template = make_template(tmp_path / "t.docx", "Dear {{ contact.name }},", ["{{ line.comment }}", " – ", "end"])
    context = ContextBuilder(TODAY).build("CT000003", line={**LINE, "comment": ODD}, segment=SEGMENT)
    letter = PreparedTemplate.from_file(template).write(context, tmp_path / "letter.docx")
    draft = EmailDraft("obrien@example.com", "Hello", letter_text(letter), letter, "Mr O'Brien")
    body = _read(draft.write(tmp_path / "draft.eml")).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert body == f"Dear Mr O'Brien,\n{ODD} – end\n"


def test_a_line_break_in_stored_values_costs_no_other_draft(demo_database: object, tmp_path: Path) -> None:
    segment = max(Segment.select(), key=lambda row: row.lines.count())
    lines = list(SegmentLine.select().where(SegmentLine.segment == segment.id).order_by(SegmentLine.line_no))
    SegmentLine.update(correspondence_type=int(CorrespondenceType.EMAIL)).where(
        SegmentLine.segment == segment.id
    ).execute()
    ids = [line.contact_id for line in lines]
    for index, contact_id in enumerate(ids):
        Contact.update(email=f"c{index}@example.com").where(Contact.id == contact_id).execute()
    # Old data, written straight into the database: a name, a subject and an address with CR/LF.
    Contact.update(name="Ann\r\nBcc: evil@example.com").where(Contact.id == ids[0]).execute()
    SegmentLine.update(subject="Spring\nsale").where(SegmentLine.id == lines[1].id).execute()
    Contact.update(email="c2@example.com\r\nBcc: evil@example.com").where(Contact.id == ids[2]).execute()
    result = merge_segment(str(segment.no), tmp_path / "out", today=TODAY, workers=1)
    assert result.ok and len(result.letters) == len(lines)
    assert len(result.emails) == len(lines) - 1
    subjects = set()
    for path in result.emails:
        message = _read(path)
        assert message["Bcc"] is None
        subjects.add(str(message["Subject"]))
    assert "Spring sale" in subjects
    kinds = {problem.kind: (problem.severity, problem.count) for problem in result.problems}
    assert kinds["draft_line_break"] == ("warning", 2) and kinds["draft_refused"] == ("warning", 1)
