"""A checked row as a flat tuple for the spool, and back: what the writer needs, nothing more."""

from __future__ import annotations

from typing import Any

from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.imports.results import ImportRow
from contactdesk.store.search import fold

FIELD_NAMES: tuple[str, ...] = tuple(ContactData.field_names())
_BITS = {name: 1 << position for position, name in enumerate(FIELD_NAMES)}

_COUNT = len(FIELD_NAMES)
# marshal writes only the built-in types, not the enums the parser gives type and correspondence type.
_TYPE, _CORRESPONDENCE = FIELD_NAMES.index("type"), FIELD_NAMES.index("correspondence_type")
if list(ContactData.__dataclass_fields__)[:_COUNT] != list(FIELD_NAMES):
    raise AssertionError("ContactData must declare its editable fields first")

# Positions in a record.
INDEX, ROW, UID, FILE_NO, GIVEN, REF_KIND, REF_VALUE, REF_NAME, VALUES = range(9)
NO_REF, ROW_REF, EXISTING_REF, NEW_REF = range(4)
TYPE = VALUES + FIELD_NAMES.index("type")
NAME = VALUES + FIELD_NAMES.index("name")


def position(field: str) -> int:
    """Where a ContactData field sits in a record."""
    return VALUES + FIELD_NAMES.index(field)


def encode(row: ImportRow) -> tuple[Any, ...]:
    """The record of a checked row (its company reference resolved)."""
    kind, name = NO_REF, ""
    value: int | str = 0
    ref = row.company
    if ref is not None:
        if ref.contact_id is not None:
            kind, value, name = EXISTING_REF, ref.contact_id, ref.name
        elif ref.index is not None:
            kind, value = ROW_REF, ref.index
        else:
            kind, value, name = NEW_REF, fold(ref.new_name), ref.new_name
    given = 0
    for field in row.given:
        given |= _BITS.get(field, 0)
    # The dataclass's __dict__ holds the fields in declaration order (FIELD_NAMES first): one C-level copy.
    values = list(vars(row.data).values())[:_COUNT]
    values[_TYPE], values[_CORRESPONDENCE] = int(values[_TYPE]), int(values[_CORRESPONDENCE])
    return (row.index, row.row, row.uid, row.file_no, given, kind, value, name, *values)


def decode(record: tuple[Any, ...]) -> ImportRow:
    """The row again, as the update of an existing contact takes it."""
    data = ContactData(**dict(zip(FIELD_NAMES, record[VALUES:], strict=True)))
    given = frozenset(field for field, bit in _BITS.items() if record[GIVEN] & bit)
    return ImportRow(
        index=record[INDEX], row=record[ROW], data=data, uid=record[UID], file_no=record[FILE_NO], given=given
    )
