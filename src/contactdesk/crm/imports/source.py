"""What was read from a contacts file: its headers, first rows and row count, plus how its columns are understood.

The rows themselves are not held: iter_rows() reads them again (a CSV file from disk, a vCard file
from the spool its cards were parsed into), so a file of any size costs the same memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

CSV = "csv"
VCARD = "vcard"

# Layout names; "custom" means the user maps the columns (the GUI's mapping step).
OWN = "own"
OUTLOOK = "outlook"
GOOGLE = "google"
GOOGLE_NEW = "google_new"
VCARD_LAYOUT = "vcard"
CUSTOM = "custom"

PREVIEW_ROWS = 20


@dataclass
class ImportSource:
    """A file read far enough to show and map it; nothing about it has been checked against the database yet."""

    path: str
    kind: str
    headers: list[str]
    layout: str
    # Suggested mapping: column index → import field (see fields.IMPORT_FIELDS).
    mapping: dict[int, str]
    row_count: int = 0
    preview_rows: list[list[str]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ""
    # Row number the user sees for the first record: 2 in a spreadsheet (the header is row 1), 1 for vCards.
    first_row: int = 2
    # Value column → type column for pairs like Google's "Phone 1 - Label"/"Phone 1 - Value".
    typed_columns: dict[int, int] = field(default_factory=dict)
    # Columns of whole addresses in order of preference (Outlook: Business, then Home): a row takes its
    # address from the first block that has one, never a street from one and a city from another.
    address_groups: list[list[int]] = field(default_factory=list)
    reader: Callable[[], Iterator[list[str]]] | None = field(default=None, repr=False, compare=False)

    def row_number(self, index: int) -> int:
        """The number a user finds the record under (Excel's row number; the card's position in a vCard file)."""
        return index + self.first_row

    def iter_rows(self) -> Iterator[list[str]]:
        """Every row, each as wide as the headers, read again from the file."""
        if self.reader is None:
            return iter(self.preview_rows)
        return self.reader()

    def preview(self, count: int = PREVIEW_ROWS) -> list[list[str]]:
        """The first rows, for the mapping step."""
        return self.preview_rows[:count]

    @property
    def recognised(self) -> bool:
        """True when the layout was recognised by its headers (no mapping needed)."""
        return self.layout != CUSTOM
