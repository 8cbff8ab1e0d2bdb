"""Read a CSV file into an ImportSource: the delimiter is sniffed and the layout recognised by its headers."""

from __future__ import annotations

import csv
import io

from contactdesk.crm.errors import ImportFileError
from contactdesk.crm.imports import layouts
from contactdesk.crm.imports import source as s
from contactdesk.crm.imports.fields import unguard_formula

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


def read_csv_text(path: str, text: str, encoding: str) -> s.ImportSource:
    """Parse decoded CSV text; rows are padded or cut to the header's width."""
    excel_hint = text[:6].lower()
    if excel_hint.startswith("sep=") and len(text) > 4:
        # Excel's "sep=;" first line names the delimiter; it is not part of the table.
        delimiter = text[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    else:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise ImportFileError(path, "empty") from None
    except csv.Error as exc:
        raise ImportFileError(path, "unreadable", str(exc)) from exc
    if not any(headers):
        raise ImportFileError(path, "empty")
    width = len(headers)
    rows: list[list[str]] = []
    try:
        for cells in reader:
            if len(cells) != width:
                cells = (cells + [""] * width)[:width]
            rows.append([unguard_formula(cell) for cell in cells])
    except csv.Error as exc:
        raise ImportFileError(path, "unreadable", f"row {len(rows) + 2}: {exc}") from exc
    # Trailing blank lines are an editor's leftovers, not contacts.
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    layout = layouts.recognise(headers)
    return s.ImportSource(
        path=path, kind=s.CSV, headers=headers, rows=rows, layout=layout,
        mapping=layouts.mapping_for(layout, headers), encoding=encoding, delimiter=delimiter, first_row=2,
        typed_columns=layouts.typed_columns(layout, headers),
    )
