"""Our own CSV layout, written so Excel opens it right: UTF-8 with a BOM, CRLF, no live formulas.

The delimiter is the caller's choice. Excel splits a double-clicked .csv on the Windows list
separator, which is ';' wherever the decimal separator is ',' (the Netherlands, Norway) and ','
in the UK and US; the GUI passes the one that matches the user's locale, and ';' is the default
because our users are Dutch and Norwegian offices. We do not write Excel's "sep=;" first line:
with it, Excel ignores the BOM and shows "Ã¸" for "ø", and other programs read it as data.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from typing import IO, Any

from contactdesk.crm.imports.fields import CORRESPONDENCE_TEXTS, FILE_COLUMNS, FLAG_FIELDS, TYPE_TEXTS, guard_formula
from contactdesk.store.enums import ContactType, CorrespondenceType

DEFAULT_DELIMITER = ";"


def _cell(field: str, value: Any) -> str:
    if field == "type":
        return TYPE_TEXTS[ContactType(value)]
    if field == "correspondence_type":
        return CORRESPONDENCE_TEXTS[CorrespondenceType(value)]
    if field in FLAG_FIELDS:
        return "Yes" if value else "No"
    # Cells starting with = + - @ would run as formulas in a spreadsheet (CSV injection).
    return guard_formula(str(value or ""))


def write_csv(
    handle: IO[str],
    records: Iterable[dict[str, Any]],
    delimiter: str = DEFAULT_DELIMITER,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the header and one line per record; returns how many records were written."""
    writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([header for header, _field in FILE_COLUMNS])
    count = 0
    for record in records:
        writer.writerow([_cell(field, record.get(field, "")) for _header, field in FILE_COLUMNS])
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count)
    return count
