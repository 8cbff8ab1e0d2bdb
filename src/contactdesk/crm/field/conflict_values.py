"""A conflict's values, kept as JSON text, turned back into what a column holds (and checked against it)."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TimeField,
)

from contactdesk.crm.field.conflict_errors import ConflictValueError

_TRUE = {"1", "true", "yes", "y", "on"}
_FALSE = {"0", "false", "no", "n", "off", ""}


def decode(text: str | None) -> Any:
    """A value as stored in a conflict (JSON text; None when that side had none)."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:  # not JSON after all: the text itself
        return text


def to_column(field: Field, value: Any) -> Any:
    """`value` as `field` holds it; ConflictValueError when it cannot be (wrong kind, too long, missing)."""
    name = str(field.column_name)
    if isinstance(value, str) and value.strip() == "" and not isinstance(field, CharField):
        value = None  # an emptied number or date box
    if value is None:
        if field.null:
            return None
        raise ConflictValueError(name, "required")
    if isinstance(field, ForeignKeyField):
        return to_column(field.rel_field, value)
    try:
        converted = _convert(field, value)
    except (ValueError, TypeError, InvalidOperation, ArithmeticError) as problem:
        raise ConflictValueError(name, "invalid", value) from problem
    limit = getattr(field, "max_length", None)
    if isinstance(converted, str) and isinstance(limit, int) and len(converted) > limit:
        raise ConflictValueError(name, "too_long", value, limit)
    return converted


def _convert(field: Field, value: Any) -> Any:
    if isinstance(field, BooleanField):
        return _boolean(value)
    if isinstance(field, IntegerField):  # also AutoField, BigIntegerField
        return _integer(value)
    if isinstance(field, DecimalField):
        return _decimal(field, value)
    if isinstance(field, FloatField):
        return float(value)
    if isinstance(field, DateTimeField):
        return value if isinstance(value, datetime) else datetime.fromisoformat(str(value).strip())
    if isinstance(field, DateField):
        return value if isinstance(value, date) else date.fromisoformat(str(value).strip()[:10])
    if isinstance(field, TimeField):
        return value if isinstance(value, time) else time.fromisoformat(str(value).strip())
    if isinstance(field, BlobField):
        return value if isinstance(value, bytes) else bytes.fromhex(str(value))
    if isinstance(value, (dict, list)):
        raise ValueError("a text column holds no structure")
    return str(value)


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"not yes or no: {value!r}")


def _integer(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("a yes/no is no number")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"not a whole number: {value!r}")
        return int(value)
    return int(str(value).strip())


def _decimal(field: DecimalField, value: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError("a yes/no is no amount")
    number = Decimal(str(value).strip().replace(",", "."))
    if not number.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    places = int(field.decimal_places)
    number = number.quantize(Decimal(1).scaleb(-places))
    digits = int(field.max_digits)
    if len(number.as_tuple().digits) > digits:
        raise ConflictValueError(str(field.column_name), "invalid", value, digits)
    return number
