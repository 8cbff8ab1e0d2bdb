"""Open a contacts file and read it as CSV or vCard; only reads, never runs or writes anything."""

from __future__ import annotations

from pathlib import Path

from contactdesk.crm.errors import ImportFileError
from contactdesk.crm.imports.csv_reader import read_csv_text
from contactdesk.crm.imports.decoding import decode
from contactdesk.crm.imports.source import ImportSource
from contactdesk.crm.imports.vcard_reader import read_vcard_text

# Far above any real address book (100,000 Outlook rows are ~40 MB) and well below what would
# exhaust memory: a wrong file chosen by mistake is refused instead of read.
MAX_BYTES = 512 * 1024 * 1024
VCARD_EXTENSIONS = (".vcf", ".vcard")
SPREADSHEET_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")


def read_source(path: str | Path) -> ImportSource:
    """Read a .csv/.txt (or any text table) or a .vcf file into rows of texts."""
    file = Path(path)
    name = str(path)
    if not file.is_file():
        raise ImportFileError(name, "missing")
    try:
        if file.stat().st_size > MAX_BYTES:
            raise ImportFileError(name, "too_large")
        data = file.read_bytes()
    except OSError as exc:
        raise ImportFileError(name, "unreadable", exc.strerror or str(exc)) from exc
    if not data.strip():
        raise ImportFileError(name, "empty")
    if data.startswith(SPREADSHEET_MAGIC):
        # An .xlsx/.ods (zip) or old .xls workbook: the user must save it as CSV first.
        raise ImportFileError(name, "unsupported")
    text, encoding = decode(data)
    if file.suffix.lower() in VCARD_EXTENSIONS or text.lstrip().upper().startswith("BEGIN:VCARD"):
        return read_vcard_text(name, text, encoding)
    return read_csv_text(name, text, encoding)
