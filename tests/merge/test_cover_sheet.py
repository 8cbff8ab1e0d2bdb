"""Cover sheets (issue 12 §4): one page per contact of a segment in one real .docx, read back; entries optional."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import docx
import pytest

from contactdesk.crm import segment_lines, segments
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.errors import MissingSetupError, NothingMatchedError
from contactdesk.crm.marketing_setup import get_marketing_setup, save_marketing_setup
from contactdesk.crm.templates import TemplateData, save_template
from contactdesk.merge import pdf
from contactdesk.merge.cover_sheet import write_cover_sheets
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Contact, InteractionLogEntry

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 10, 41)
TEXT = "Enclosed: our new catalogue & price list <2027>.\nCall us with any question."


def _pages(path: Path) -> list[str]:
    """The text of each page: a paragraph with 'page break before' starts a new one."""
    pages: list[list[str]] = []
    for paragraph in docx.Document(str(path)).paragraphs:
        if not pages or paragraph.paragraph_format.page_break_before:
            pages.append([])
        pages[-1].append(paragraph.text)
    return ["\n".join(page) for page in pages]


@pytest.fixture(autouse=True)
def letter_group(merge_data: dict[str, Contact]) -> None:
    save_code("interaction_group", CodeData("LETTER", "Letters"))


def _segment(*contacts: Contact) -> str:
    no = segments.create_segment("Catalogue", salesperson_code="JV")
    segment_lines.add_contacts_by_hand(no, [str(c.no) for c in contacts])
    return no


def test_one_page_per_contact_with_sender_address_and_text(merge_data: dict[str, Contact], tmp_path: Path) -> None:
    no = _segment(merge_data["smit"], merge_data["oyvind"], merge_data["emma"])
    result = write_cover_sheets(no, TEXT, tmp_path / "sheets.docx", today=TODAY)
    assert (result.pages, result.entries) == (3, [])
    pages = _pages(result.path)
    assert len(pages) == 3
    # Post-code order (the order a print run goes to the post): Oslo 0150, Amsterdam 1012 LG, London SW1A.
    firsts = ["Øyvind Ødegård" in pages[0], "Smit & Zn <b> B.V." in pages[1], "Emma 😀 Brown" in pages[2]]
    assert firsts == [True, True, True], pages
    for page in pages:
        assert page.startswith("Van Dijk Kantoorinrichting B.V.\nKeizersgracht 123\n1015 CJ")
        assert "+31 20 555 0100" in page
        assert "Enclosed: our new catalogue & price list <2027>.\nCall us with any question." in page
    # The date is written in the contact's language.
    assert "22. november 2026" in pages[0] and "22 november 2026" in pages[1] and "22 November 2026" in pages[2]
    assert "Damrak 1\n1012 LG  Amsterdam" in pages[1] or "Damrak 1\n1012 LG Amsterdam" in pages[1]
    # Each page starts with 'page break before': no break after the last page, so no empty page at the end.
    paragraphs = docx.Document(str(result.path)).paragraphs
    assert sum(bool(p.paragraph_format.page_break_before) for p in paragraphs) == 2


def test_entries_are_logged_with_marketing_setups_template(merge_data: dict[str, Contact], tmp_path: Path) -> None:
    save_template(TemplateData("COVER", "LETTER", "Cover sheet", correspondence_type_default=CorrespondenceType.EMAIL))
    no = _segment(merge_data["smit"], merge_data["emma"])
    with pytest.raises(MissingSetupError):
        write_cover_sheets(no, TEXT, tmp_path / "refused.docx", log=True, today=TODAY, now=NOW)
    assert not (tmp_path / "refused.docx").exists() and InteractionLogEntry.select().count() == 0
    save_marketing_setup(replace(get_marketing_setup(), cover_sheet_template_code="cover"))
    assert get_marketing_setup().cover_sheet_template_code == "COVER"
    result = write_cover_sheets(no, TEXT, tmp_path / "sheets.docx", log=True, today=TODAY, now=NOW)
    rows = list(InteractionLogEntry.select().order_by(InteractionLogEntry.entry_no))
    assert [row.entry_no for row in rows] == result.entries and len(rows) == 2
    assert {row.contact_no for row in rows} == {"CT000001", "CT000004"}
    assert {(row.interaction_template_id, row.description, row.correspondence_type) for row in rows} == {
        ("COVER", "Cover sheet", int(CorrespondenceType.HARD_COPY))
    }


def test_cancel_while_logging_leaves_no_file_and_no_entries(merge_data: dict[str, Contact], tmp_path: Path) -> None:
    save_template(TemplateData("COVER", "LETTER", "Cover sheet"))
    save_marketing_setup(replace(get_marketing_setup(), cover_sheet_template_code="COVER"))
    no = _segment(merge_data["smit"], merge_data["oyvind"], merge_data["emma"])

    class Stop(Exception):
        pass

    def report(step: int) -> None:
        if step == 5:  # the second entry of three
            raise Stop

    out = tmp_path / "out"
    with pytest.raises(Stop):
        write_cover_sheets(no, TEXT, out / "sheets.docx", log=True, today=TODAY, report=report, now=NOW)
    assert InteractionLogEntry.select().count() == 0
    assert not out.exists() or list(out.iterdir()) == []


def test_privacy_blocked_contacts_get_no_sheet_and_an_empty_segment_is_refused(
    merge_data: dict[str, Contact], tmp_path: Path
) -> None:
    no = _segment(merge_data["smit"], merge_data["emma"])
    Contact.update(privacy_blocked=True).where(Contact.no == "CT000004").execute()
    assert write_cover_sheets(no, "x", tmp_path / "one.docx").pages == 1
    Contact.update(privacy_blocked=True).execute()
    with pytest.raises(NothingMatchedError):
        write_cover_sheets(no, "x", tmp_path / "none.docx")
    assert not (tmp_path / "none.docx").exists()


@pytest.mark.slow
@pytest.mark.skipif(pdf.find_soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_one_a4_page_per_contact(merge_data: dict[str, Contact], tmp_path: Path) -> None:
    no = _segment(merge_data["smit"], merge_data["oyvind"], merge_data["emma"])
    result = write_cover_sheets(no, TEXT, tmp_path / "sheets.docx", today=TODAY)
    (printed,) = pdf.convert_to_pdf([result.path])
    data = printed.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 3
    assert b"595" in data and b"842" in data, "A4 pages (595 x 842 points)"
