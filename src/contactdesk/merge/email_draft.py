"""E-mail correspondence offline: an .eml draft per contact, the letter attached, for any mail client.

`X-Unsent: 1` makes Outlook (and Thunderbird, Apple Mail) open the file as a draft ready to send
rather than as a received message. Written with the standard library's email package.

A header may not hold a line break (the email package refuses one, and a mail client would read the
rest as further headers), so names and subjects are put on one line here; a draft whose recipient
address itself holds one is not written. Each bad value costs its own draft only (write_drafts).
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path

from lxml import etree

from contactdesk.merge.errors import EmailDraftError, MergeError
from contactdesk.merge.render import write_atomically
from contactdesk.merge.template_check import Problem

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_PIECES = {_W + "t": None, _W + "br": "\n", _W + "cr": "\n", _W + "tab": "\t"}
_CONTROL = re.compile(r"\s*[\x00-\x1f\x7f-\x9f\u2028\u2029]+\s*")
_NAMES_SHOWN = 10
# The kinds of Problem write_drafts() reports (found while writing, not by the check before).
DRAFT_PROBLEMS = ("draft_line_break", "draft_refused")
_log = logging.getLogger(__name__)


def letter_text(docx: Path) -> str:
    """The plain text of a letter's body, one line per paragraph (for the body of its e-mail).

    Read with an XML parser, so every character reference (&#39; &#34; &amp; …) becomes its character.
    """
    with zipfile.ZipFile(docx) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    lines = []
    for paragraph in root.iter(_W + "p"):
        if any(ancestor.tag == _FALLBACK for ancestor in paragraph.iterancestors()):
            continue  # a text box's copy for old Word versions: its text is in the modern version already
        pieces = []
        for element in paragraph.iter(*_PIECES):
            owner = next(element.iterancestors(_W + "p"), None)
            # Text of a paragraph nested in this one (a text box) belongs to that paragraph's line;
            # a w:tab outside a run is a tab stop definition, not a tab.
            if owner is not paragraph or (element.tag == _W + "tab" and element.getparent().tag != _W + "r"):
                continue
            pieces.append((element.text or "") if element.tag == _W + "t" else str(_PIECES[element.tag]))
        lines.append("".join(pieces))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def one_line(text: str) -> str:
    """A header value on one line: each run of line breaks or other control characters becomes one space."""
    return _CONTROL.sub(" ", text).strip()


def usable_address(address: str) -> bool:
    """Whether a draft can be written to this address: not blank and on one line (what EmailDraft accepts)."""
    address = address.strip()
    return bool(address) and not _CONTROL.search(address)


@dataclass(frozen=True)
class EmailDraft:
    """One draft: recipient, subject, plain-text body and the letter to attach."""

    to_address: str
    subject: str
    body: str
    attachment: Path
    to_name: str = ""
    from_address: str = ""
    from_name: str = ""
    attachment_name: str = ""

    @property
    def flattened(self) -> list[str]:
        """The header values that held a line break and are put on one line in the draft."""
        values = {"to_name": self.to_name, "subject": self.subject, "from_name": self.from_name}
        return [name for name, value in values.items() if value != one_line(value)]

    def message(self) -> EmailMessage:
        """The draft as a MIME message; EmailDraftError when an address cannot be a header."""
        to_address, from_address = self.to_address.strip(), self.from_address.strip()
        for address in (to_address, from_address):
            if address and not usable_address(address):
                raise EmailDraftError(address, "line_break")
        to_name, from_name = one_line(self.to_name), one_line(self.from_name)
        message = EmailMessage()
        message["To"] = formataddr((to_name, to_address)) if to_name else to_address
        if from_address:
            message["From"] = formataddr((from_name, from_address)) if from_name else from_address
        message["Subject"] = one_line(self.subject)
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain=from_address.rpartition("@")[2] or None)
        message["X-Unsent"] = "1"
        message.set_content(self.body)
        message.add_attachment(
            Path(self.attachment).read_bytes(),
            maintype=DOCX_TYPE[0],
            subtype=DOCX_TYPE[1],
            filename=one_line(self.attachment_name or Path(self.attachment).name),
        )
        return message

    def write(self, target: Path) -> Path:
        """Write the draft as an .eml file (temporary name, then rename)."""
        return write_atomically(Path(target), self.message().as_bytes(), "email")


@dataclass(frozen=True)
class DraftJob:
    """The draft one letter gets: who it is for ("CT000001 - Name", for the problem list) and where it goes."""

    who: str
    to_address: str
    to_name: str
    subject: str
    letter: Path
    target: Path


@dataclass
class DraftOutcome:
    """The drafts written, and warnings naming the contacts whose draft was changed or not written."""

    written: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def write_drafts(jobs: Sequence[DraftJob]) -> DraftOutcome:
    """Write every draft; a value that cannot go into a draft costs that draft only, never the others.

    OSError (folder not writable, disk full) still stops them all: it is not about one contact.
    """
    outcome = DraftOutcome()
    flattened: list[str] = []
    refused: list[str] = []
    for job in jobs:
        draft = EmailDraft(job.to_address, job.subject, letter_text(job.letter), job.letter, job.to_name)
        try:
            outcome.written.append(draft.write(job.target))
        except (MergeError, ValueError) as exc:
            _log.warning("no e-mail draft for %s: %s", one_line(job.who), exc)
            refused.append(one_line(job.who))
            continue
        if draft.flattened:
            flattened.append(one_line(job.who))
    if flattened:
        outcome.problems.append(
            Problem(
                "draft_line_break",
                "warning",
                f"{len(flattened)} e-mail draft(s) had a line break in the name or "
                f"subject, which was put on one line: {', '.join(flattened[:_NAMES_SHOWN])}",
                count=len(flattened),
                contacts=tuple(flattened[:_NAMES_SHOWN]),
            )
        )
    if refused:
        outcome.problems.append(
            Problem(
                "draft_refused",
                "warning",
                f"{len(refused)} e-mail draft(s) were not written because the e-mail "
                f"address cannot be used (it holds a line break); their letter is written: "
                f"{', '.join(refused[:_NAMES_SHOWN])}",
                count=len(refused),
                contacts=tuple(refused[:_NAMES_SHOWN]),
            )
        )
    return outcome
