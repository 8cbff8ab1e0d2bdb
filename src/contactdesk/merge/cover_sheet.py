"""Cover sheets for a segment (issue 12 §4): one page per contact with the sender, the recipient's address
block, the date and a text the user typed, in one Word document.

Built in one pass with python-docx rather than by combining one document per contact: design.md §10
measured docxcompose at 9 s for 200 letters, without page breaks and with the first footer on every
page. python-docx writes every value as text (escaped), so "Smit & Zn <b>" prints as it is named.
The document is written, and the entries (when asked) logged, in one transaction: a failure leaves
neither a half-written file nor half the entries.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from contactdesk.crm import cover_sheets
from contactdesk.crm.errors import NothingMatchedError
from contactdesk.merge.context import ContextBuilder, LetterRequest
from contactdesk.merge.render import write_atomically
from contactdesk.store.db import write_transaction

Report = Callable[[int], None]
_CHUNK = 500
# Characters XML 1.0 cannot hold (a pasted form feed, say): python-docx would refuse the whole document.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class CoverSheetResult:
    """The document written, how many pages it has, and the entries logged (if any)."""

    path: Path
    pages: int
    entries: list[int] = field(default_factory=list)


def _clean(text: object) -> str:
    return _NOT_XML.sub(" ", str(text or ""))


def _lines(paragraph: Any, lines: list[str], bold_first: bool = False) -> None:
    for number, text in enumerate(lines):
        run = paragraph.add_run(_clean(text))
        run.bold = bold_first and number == 0
        if number < len(lines) - 1:
            run.add_break()


def _page(document: Any, context: dict[str, Any], text: str, first: bool) -> None:
    sender = context["sender"]
    head = document.add_paragraph()
    if not first:
        # The break opens the new page, so the last page has no empty page after it.
        head.paragraph_format.page_break_before = True
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    contact_lines = [line for line in (sender["phone"], sender["email"], sender["home_page"]) if line]
    _lines(head, [sender["name"], *sender["address_block"].splitlines(), *contact_lines], bold_first=True)
    document.add_paragraph()
    recipient = document.add_paragraph()
    recipient.paragraph_format.space_before = Pt(24)
    _lines(recipient, context["contact"]["address_block"].splitlines())
    dated = document.add_paragraph(_clean(", ".join(part for part in (sender["city"], context["today"]) if part)))
    dated.paragraph_format.space_before = Pt(36)
    body = document.add_paragraph()
    body.paragraph_format.space_before = Pt(24)
    _lines(body, text.splitlines() or [""])


def build_document(contact_ids: list[int], text: str, today: date | None = None, report: Report | None = None) -> bytes:
    """The cover sheets of these contacts as .docx bytes, one page each, in the order given."""
    document = docx.Document()
    section = document.sections[0]
    # A4 (python-docx starts from US Letter): the offices this is for print on A4.
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    builder = ContextBuilder(today)
    done = 0
    for start in range(0, len(contact_ids), _CHUNK):
        chunk = contact_ids[start : start + _CHUNK]
        for context in builder.build_many([LetterRequest(contact_id) for contact_id in chunk]):
            _page(document, context, text, first=done == 0)
            done += 1
            if report is not None:
                report(done)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def steps(no: str, log: bool) -> int:
    """How many progress steps write_cover_sheets reports (for the progress bar's maximum)."""
    count = len(cover_sheets.recipients(no))
    return count * 2 if log else count


def write_cover_sheets(
    no: str,
    text: str,
    target: Path,
    *,
    log: bool = False,
    today: date | None = None,
    report: Report | None = None,
    now: datetime | None = None,
) -> CoverSheetResult:
    """Write the segment's cover sheets to `target`; with log, one entry per contact (Marketing Setup's template).

    `report(step)` may raise to cancel: then nothing is logged and no file is written.
    """
    if log:
        cover_sheets.cover_sheet_template()  # refused before any work when Marketing Setup names none
    contacts = cover_sheets.recipients(no)
    if not contacts:
        raise NothingMatchedError("cover_sheet", "no_recipients")
    data = build_document(contacts, text, today, report)
    entries: list[int] = []
    with write_transaction():
        if log:
            offset = len(contacts)
            entries = cover_sheets.log_cover_sheets(
                no, contacts, (lambda step: report(offset + step)) if report else None, now
            )
        write_atomically(Path(target), data, "cover")
    return CoverSheetResult(Path(target), len(contacts), entries)
