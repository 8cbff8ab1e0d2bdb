"""What was read from a contacts file: a table of texts plus how its columns are understood."""

from __future__ import annotations

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


@dataclass
class ImportSource:
    """A file read into rows of texts; nothing about it has been checked against the database yet."""

    path: str
    kind: str
    headers: list[str]
    rows: list[list[str]]
    layout: str
    # Suggested mapping: column index → import field (see fields.IMPORT_FIELDS).
    mapping: dict[int, str]
    encoding: str = "utf-8"
    delimiter: str = ""
    # Row number the user sees for the first record: 2 in a spreadsheet (the header is row 1), 1 for vCards.
    first_row: int = 2
    # Value column → type column for pairs like Google's "Phone 1 - Label"/"Phone 1 - Value".
    typed_columns: dict[int, int] = field(default_factory=dict)

    def row_number(self, index: int) -> int:
        """The number a user finds the record under (Excel's row number; the card's position in a vCard file)."""
        return index + self.first_row

    def preview(self, count: int = 20) -> list[list[str]]:
        """The first rows, for the mapping step."""
        return self.rows[:count]

    @property
    def recognised(self) -> bool:
        """True when the layout was recognised by its headers (no mapping needed)."""
        return self.layout != CUSTOM
