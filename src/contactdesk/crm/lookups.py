"""Read-only lookups shared by the setup services and offered to pick lists."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, TypeVar

from peewee import CharField, Field, fn

from contactdesk.crm.errors import (
    DuplicateCodeError,
    InUseError,
    NotFoundError,
    ValidationError,
    ValidationErrors,
)
from contactdesk.crm.validation import normalize_code
from contactdesk.store.models import (
    BaseModel,
    Campaign,
    Country,
    InteractionLogEntry,
    Language,
    Salutation,
    Segment,
    SegmentLine,
)

_E = TypeVar("_E", bound=IntEnum)


def page(query: Any, offset: int = 0, limit: int = -1) -> Any:
    """`query` from row `offset`, at most `limit` rows (negative: all of them, on every engine).

    SQLite reads LIMIT -1 as "no limit"; PostgreSQL refuses it, so no LIMIT is given at all then.
    """
    query = query.offset(offset) if offset else query
    return query.limit(limit) if limit >= 0 else query


def primary_key(model: type[BaseModel]) -> Field[Any]:
    """The key field of a table (`id` for most; peewee's bundled stubs do not declare `id`)."""
    field = model._meta.primary_key
    if not isinstance(field, Field):
        raise TypeError(f"{model.__name__} has a composite key")
    return field


def stored(row: BaseModel, column: str) -> Any:
    """A column's stored value: a foreign key's raw code or id, without loading the row it names."""
    return row.__data__.get(column)


def max_length(model: type[BaseModel], column: str) -> int:
    """The width of a text column, for validation."""
    field = model._meta.fields[column]
    return int(field.max_length) if isinstance(field, CharField) else 0


def list_countries() -> list[tuple[str, str]]:
    """(code, name) of every country, by code."""
    return [(str(row.code), str(row.name)) for row in Country.select().order_by(Country.code)]


def list_languages() -> list[tuple[str, str]]:
    """(code, name) of every language, by code."""
    return [(str(row.code), str(row.name)) for row in Language.select().order_by(Language.code)]


def list_salutations() -> list[tuple[str, str]]:
    """(code, description) of every salutation, by code."""
    return [(str(row.code), str(row.description)) for row in Salutation.select().order_by(Salutation.code)]


def list_campaigns() -> list[tuple[str, str]]:
    """(no, description) of every campaign, by number."""
    return [(str(row.no), str(row.description)) for row in Campaign.select().order_by(Campaign.no)]


def code_exists(model: type[BaseModel], code: str) -> bool:
    """True when `model` has a row whose primary key is `code`."""
    key = primary_key(model)
    return bool(model.select(key).where(key == code).exists())


def check_code_change(model: type[BaseModel], entity: str, code: str, original_code: str | None) -> str | None:
    """Refuse a taken code or a missing original; return the normalised original (None when creating)."""
    if original_code is None:
        if code_exists(model, code):
            raise DuplicateCodeError(entity, code)
        return None
    original = normalize_code(original_code)
    if not code_exists(model, original):
        raise NotFoundError(entity, original_code)
    if code != original and code_exists(model, code):
        raise DuplicateCodeError(entity, code)
    return original


def language_code(value: str | None) -> str | None:
    """The stored spelling of a language code ('EN' finds 'en'); '' stays ''; None when unknown."""
    text = (value or "").strip()
    if not text:
        return ""
    row = Language.get_or_none(Language.code == text)
    if row is None:
        row = Language.select().where(fn.LOWER(Language.code) == text.lower()).first()
    return None if row is None else str(row.code)


def known_language(value: str | None, field: str = "language_code") -> str:
    """The stored spelling of a language code ('' allowed); ValidationErrors when it is unknown."""
    language = language_code(value)
    if language is None:
        raise ValidationErrors([ValidationError(field, "unknown", value)])
    return language


def enum_value(field: str, enum: type[_E], value: object, errors: list[ValidationError]) -> _E:
    """`value` as a member of `enum`; an invalid value adds an error and gives the blank member."""
    try:
        return enum(int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        errors.append(ValidationError(field, "invalid", value))
        return enum(0)


def segments_using(field_name: str, key: str) -> int:
    """How many segments use `key` in `field_name`, on the header or on any of their lines."""
    header_field: Field = getattr(Segment, field_name)
    line_field: Field = getattr(SegmentLine, field_name)
    on_lines = SegmentLine.select(SegmentLine.segment).where(line_field == key)
    segment_id = primary_key(Segment)
    query = Segment.select(segment_id).where((header_field == key) | (segment_id.in_(on_lines)))
    return int(query.count())


def entries_using(field_name: str, key: str) -> int:
    """How many interaction log entries use `key` in `field_name`."""
    field: Field = getattr(InteractionLogEntry, field_name)
    return int(InteractionLogEntry.select(primary_key(InteractionLogEntry)).where(field == key).count())


def refuse_if_in_history(entity: str, key: str, field_name: str) -> None:
    """InUseError when segments or interaction log entries use `key` in `field_name`."""
    segments = segments_using(field_name, key)
    if segments:
        raise InUseError(entity, key, "segments", segments)
    # The entries' ON DELETE SET NULL would silently strip the value from logged history.
    entries = entries_using(field_name, key)
    if entries:
        raise InUseError(entity, key, "interaction_log_entries", entries)
