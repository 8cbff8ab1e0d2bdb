"""Open a contacts file and read it as CSV or vCard; only reads, never runs or writes anything."""

from __future__ import annotations

from pathlib import Path

from contactdesk.crm.errors import ImportFileError
from contactdesk.crm.imports.csv_reader import read_csv
from contactdesk.crm.imports.decoding import detect
from contactdesk.crm.imports.source import ImportSource
from contactdesk.crm.imports.source_file import SourceFile
from contactdesk.crm.imports.vcard_reader import read_vcard

# Far above any real address book (100,000 Outlook rows are ~40 MB); a file is read as a stream,
# but a wrong file chosen by mistake (a disk image, a video) is refused instead of read.
MAX_BYTES = 512 * 1024 * 1024
VCARD_EXTENSIONS = (".vcf", ".vcard")
SPREADSHEET_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
_HEAD = 64 * 1024


def read_source(path: str | Path) -> ImportSource:
    """Read a .csv/.txt (or any text table) or a .vcf file far enough to show, map and check it."""
    file = Path(path)
    name = str(path)
    if not file.is_file():
        raise ImportFileError(name, "missing")
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise ImportFileError(name, "unreadable", exc.strerror or str(exc)) from exc
    if size > MAX_BYTES:
        raise ImportFileError(name, "too_large")
    source = SourceFile(name)
    first = next(source.chunks(), b"")
    if not first.strip():
        raise ImportFileError(name, "empty")
    if first.startswith(SPREADSHEET_MAGIC):
        # An .xlsx/.ods (zip) or old .xls workbook: the user must save it as CSV first.
        raise ImportFileError(name, "unsupported")
    encoding = detect(first, source.chunks)
    head = source.head(encoding, _HEAD + 1)
    if file.suffix.lower() in VCARD_EXTENSIONS or head.lstrip().upper().startswith("BEGIN:VCARD"):
        return read_vcard(name, source.lines(encoding), encoding)
    return read_csv(source, encoding, head)
