"""Read a CSV file into an ImportSource: the delimiter is sniffed and the layout recognised by its headers.

The file is read as a stream: once here (to count the rows and find any that cannot be read), and
again by each step that needs the rows. Only the headers and the first rows stay in memory.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from contactdesk.crm.errors import ImportFileError
from contactdesk.crm.imports import layouts
from contactdesk.crm.imports import source as s
from contactdesk.crm.imports.fields import unguard_formula
from contactdesk.crm.imports.source_file import SourceFile

CANDIDATES = ";,\t"
_SAMPLE = 64 * 1024


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def sniff_delimiter(text: str) -> str:
    """csv.Sniffer on a sample; when it cannot tell, the candidate that splits the header line most."""
    sample = text[:_SAMPLE]
    if len(text) > _SAMPLE and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=CANDIDATES)
        if len(next(csv.reader([_first_line(sample)], delimiter=dialect.delimiter))) > 1:
            return str(dialect.delimiter)
    except (csv.Error, StopIteration):
        pass
    header = _first_line(sample)
    counts = {candidate: header.count(candidate) for candidate in CANDIDATES}
    best = max(counts, key=lambda candidate: counts[candidate])
    return best if counts[best] else ","


class CsvTable:
    """How to read the table again: file, encoding, delimiter, width and the number of rows that count."""

    def __init__(self, file: SourceFile, encoding: str, delimiter: str, sep_line: bool) -> None:
        self.file = file
        self.encoding = encoding
        self.delimiter = delimiter
        self.sep_line = sep_line
        self.width = 0
        self.count = 0

    def records(self) -> Iterator[list[str]]:
        """Every record of the file as csv reads it, the header first."""
        lines = self.file.lines(self.encoding)
        if self.sep_line:
            # Excel's "sep=;" first line names the delimiter; it is not part of the table.
            next(lines, None)
        reader = csv.reader(lines, delimiter=self.delimiter)
        try:
            yield from reader
        except csv.Error as exc:
            row = reader.line_num + self.sep_line
            raise ImportFileError(self.file.path, "unreadable", f"row {row}: {exc}") from exc

    def fit(self, cells: list[str]) -> list[str]:
        """Padded or cut to the header's width, with our formula guard undone."""
        if len(cells) != self.width:
            cells = (cells + [""] * self.width)[: self.width]
        return [unguard_formula(cell) if cell[:1] == "'" else cell for cell in cells]

    def rows(self) -> Iterator[list[str]]:
        """The rows that count (trailing blank lines are an editor's leftovers, not contacts)."""
        records = self.records()
        next(records, None)
        width, left = self.width, self.count
        for cells in records:
            # Read on to the end even past the last row: only a full read proves the file unchanged.
            if left > 0:
                left -= 1
                if len(cells) != width or "'" in "".join(cells):
                    cells = self.fit(cells)
                yield cells


def read_csv(file: SourceFile, encoding: str, head: str) -> s.ImportSource:
    """Read the header and count the rows of decoded CSV; the rows themselves are read again when needed."""
    if head[:4].lower() == "sep=" and len(head) > 4:
        table = CsvTable(file, encoding, head[4], sep_line=True)
    else:
        table = CsvTable(file, encoding, sniff_delimiter(head), sep_line=False)
    records = table.records()
    try:
        headers = [cell.strip() for cell in next(records)]
    except StopIteration:
        raise ImportFileError(file.path, "empty") from None
    if not any(headers):
        raise ImportFileError(file.path, "empty")
    table.width = len(headers)
    preview: list[list[str]] = []
    for number, cells in enumerate(records, start=1):
        if "".join(cells).strip():
            table.count = number
        if number <= s.PREVIEW_ROWS:
            preview.append(table.fit(cells))
    layout = layouts.recognise(headers)
    return s.ImportSource(
        path=file.path,
        kind=s.CSV,
        headers=headers,
        layout=layout,
        mapping=layouts.mapping_for(layout, headers),
        row_count=table.count,
        preview_rows=preview[: table.count],
        encoding=encoding,
        delimiter=table.delimiter,
        first_row=2,
        typed_columns=layouts.typed_columns(layout, headers),
        address_groups=layouts.address_groups(layout, headers),
        reader=table.rows,
    )
