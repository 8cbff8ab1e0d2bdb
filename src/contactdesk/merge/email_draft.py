"""E-mail correspondence offline: an .eml draft per contact, the letter attached, for any mail client.

`X-Unsent: 1` makes Outlook (and Thunderbird, Apple Mail) open the file as a draft ready to send
rather than as a received message. Written with the standard library's email package.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path

from contactdesk.merge.render import write_atomically

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>|<w:p/>", re.DOTALL)
_PIECE = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(br|cr)\b[^>]*/>|<w:tab/>")


def letter_text(docx: Path) -> str:
    """The plain text of a letter's body, one line per paragraph (for the body of its e-mail)."""
    with zipfile.ZipFile(docx) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    lines = []
    for paragraph in _PARAGRAPH.findall(xml):
        pieces = []
        for match in _PIECE.finditer(paragraph):
            if match.group(1) is not None:
                pieces.append(match.group(1))
            else:
                pieces.append("\n" if match.group(2) else "\t")
        lines.append("".join(pieces))
    text = "\n".join(lines)
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(entity, char)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


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

    def message(self) -> EmailMessage:
        """The draft as a MIME message."""
        message = EmailMessage()
        message["To"] = formataddr((self.to_name, self.to_address)) if self.to_name else self.to_address
        if self.from_address:
            message["From"] = formataddr((self.from_name, self.from_address)) if self.from_name else self.from_address
        message["Subject"] = self.subject
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain=self.from_address.rpartition("@")[2] or None)
        message["X-Unsent"] = "1"
        message.set_content(self.body)
        message.add_attachment(Path(self.attachment).read_bytes(), maintype=DOCX_TYPE[0], subtype=DOCX_TYPE[1],
                               filename=self.attachment_name or Path(self.attachment).name)
        return message

    def write(self, target: Path) -> Path:
        """Write the draft as an .eml file (temporary name, then rename)."""
        return write_atomically(Path(target), self.message().as_bytes(), "email")
