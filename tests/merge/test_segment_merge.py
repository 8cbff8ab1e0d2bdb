"""Merging a whole segment of the demo data, through the service and the command line."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

import docx
import pytest
from tests import engines
from tests.merge.conftest import TODAY, make_template

from contactdesk.cli import main
from contactdesk.crm import attachments
from contactdesk.merge import pdf
from contactdesk.merge.segment_merge import merge_segment
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Segment, SegmentLine


def lines_of(no: str) -> list[SegmentLine]:
    segment = Segment.get(Segment.no == no)
    return list(SegmentLine.select().where(SegmentLine.segment == segment.id).order_by(SegmentLine.line_no))


def demo_segment() -> str:
    return str(Segment.select().order_by(Segment.no).first().no)


def test_every_line_gets_its_letter_draft_or_page(demo_database: object, tmp_path: Path) -> None:
    no = demo_segment()
    lines = lines_of(no)
    result = merge_segment(no, tmp_path / "out", combined=tmp_path / "out" / "print.docx", today=TODAY)
    assert result.ok and not result.cancelled
    assert len(result.letters) == len(lines)
    emails = [line for line in lines if line.correspondence_type == CorrespondenceType.EMAIL and line.contact.email]
    assert len(result.emails) == len(emails)
    for path in result.emails:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message["X-Unsent"] == "1" and [a.get_filename() for a in message.iter_attachments()]
    printed = [line for line in lines if line.correspondence_type != CorrespondenceType.EMAIL]
    if printed:
        assert result.combined is not None
        assert len(docx.Document(str(result.combined)).sections) == len(printed)
    for path in result.letters:
        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        assert "{{" not in text and "22" in text


def test_a_template_problem_stops_everything(demo_database: object, tmp_path: Path) -> None:
    no = demo_segment()
    broken = attachments.store_file(make_template(tmp_path / "broken.docx", "Dear {{ contact.nmae }}"))
    SegmentLine.update(attachment=broken).where(SegmentLine.segment == Segment.get(Segment.no == no).id).execute()
    result = merge_segment(no, tmp_path / "out", combined=tmp_path / "out" / "print.docx")
    assert not result.ok
    assert [problem.kind for problem in result.problems if problem.severity == "error"] == ["unknown_field"]
    assert not (tmp_path / "out").exists()


def test_a_personalised_line_is_copied_as_is(demo_database: object, tmp_path: Path) -> None:
    no = demo_segment()
    first = lines_of(no)[0]
    own = attachments.store_file(make_template(tmp_path / "own.docx", "Edited by hand {{ not a field }}"))
    SegmentLine.update(attachment=own, merged=True).where(SegmentLine.id == first.id).execute()
    result = merge_segment(no, tmp_path / "out")
    assert result.ok
    copied = next(path for path in result.letters if path.name.startswith(str(first.contact.no)))
    assert [p.text for p in docx.Document(str(copied)).paragraphs] == ["Edited by hand {{ not a field }}"]


def test_command_line_json_and_check_only(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no = demo_segment()
    database = engines.current
    status = main(["segment", "merge", no, "--db", database, "--out", str(tmp_path / "out"), "--check-only", "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert status == 0 and payload["letters"] == [] and payload["combined"] is None
    assert not (tmp_path / "out").exists()
    status = main(["segment", "merge", no, "--db", database, "--out", str(tmp_path / "out"), "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert status == 0 and len(payload["letters"]) == len(lines_of(no))
    assert set(payload) == {"letters", "emails", "combined", "pdf", "problems", "cancelled"}


@pytest.mark.slow
@pytest.mark.skipif(pdf.find_soffice() is None, reason="LibreOffice is not installed")
def test_pdf_of_the_print_document(demo_database: object, tmp_path: Path) -> None:
    no = demo_segment()
    SegmentLine.update(correspondence_type=CorrespondenceType.HARD_COPY).where(
        SegmentLine.segment == Segment.get(Segment.no == no).id
    ).execute()
    result = merge_segment(no, tmp_path / "out", pdf=True)
    assert result.pdf is not None and result.pdf.read_bytes().startswith(b"%PDF")
    assert result.combined is not None and result.combined.name == f"{no} - print.docx"


def test_line_overrides_comment_language_and_subject(demo_database: object, tmp_path: Path) -> None:
    no = demo_segment()
    first, second = lines_of(no)[:2]
    SegmentLine.update(
        comment="Only for you ø & <ĳ>", subject="A subject of its own", attachment=None, language_code="nb"
    ).where(SegmentLine.id == first.id).execute()
    SegmentLine.update(attachment=None, language_code="nl").where(SegmentLine.id == second.id).execute()
    result = merge_segment(no, tmp_path / "out", today=TODAY)
    assert result.ok
    texts = {
        path.name.split(" - ")[0]: [p.text for p in docx.Document(str(path)).paragraphs] for path in result.letters
    }
    mine, other = texts[str(first.contact.no)], texts[str(second.contact.no)]
    assert "Only for you ø & <ĳ>" in mine and "A subject of its own" in mine
    assert any(line.startswith("Med vennlig hilsen") for line in mine)  # the nb version, by the line's language
    assert any(line.startswith("Met vriendelijke groet") for line in other)
    assert "Only for you ø & <ĳ>" not in other
