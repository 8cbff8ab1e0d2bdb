"""Number series setup: the series business numbers (CT000001, SEG00001, …) come from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from contactdesk.crm import validation, versions
from contactdesk.crm.errors import InUseError, NotFoundError, ValidationError, ValidationErrors
from contactdesk.crm.lookups import check_code_change
from contactdesk.store import numbering
from contactdesk.store.db import write_transaction
from contactdesk.store.models import MarketingSetup, NumberSeries, Segment

ENTITY = "number_series"
# Business numbers live in 20-character columns (contact no, segment no, …).
MAX_NUMBER_LENGTH = 20
# The Marketing Setup columns that name a series.
SETUP_FIELDS = ("contact_nos", "segment_nos", "logged_segment_nos", "campaign_nos")


@dataclass(frozen=True)
class NumberSeriesData:
    """One number series; last_number is the last number handed out (0 = none yet)."""

    code: str
    description: str = ""
    prefix: str = ""
    width: int = 6
    starting_number: int = 1
    last_number: int = 0
    increment_by: int = 1
    manual_nos: bool = False
    # The version the user started from (0: not checked) and who/when of the last change, read-only.
    version: int = field(default=0, compare=False)
    created_by: str = field(default="", compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)

    @property
    def starting_no(self) -> str:
        """The first number as shown (prefix + zero-padded number)."""
        return f"{self.prefix}{self.starting_number:0{self.width}d}"

    @property
    def last_no_used(self) -> str:
        """The last number handed out as shown; '' when none was taken yet."""
        if self.last_number < self.starting_number or self.last_number <= 0:
            return ""
        return f"{self.prefix}{self.last_number:0{self.width}d}"


def _to_data(row: NumberSeries) -> NumberSeriesData:
    return NumberSeriesData(
        code=str(row.code),
        description=str(row.description),
        prefix=str(row.prefix),
        width=int(row.width),
        starting_number=int(row.starting_number),
        last_number=int(row.last_number),
        increment_by=int(row.increment_by),
        manual_nos=bool(row.manual_nos),
        **vars(versions.stamp_of(row)),
    )


def list_series() -> list[NumberSeriesData]:
    """Every number series, by code."""
    return [_to_data(row) for row in NumberSeries.select().order_by(NumberSeries.code)]


def get_series(code: str) -> NumberSeriesData:
    """One series; NotFoundError when the code does not exist."""
    row = NumberSeries.get_or_none(NumberSeries.code == validation.normalize_code(code))
    if row is None:
        raise NotFoundError(ENTITY, code)
    return _to_data(row)


def _whole(field: str, value: object, low: int, high: int | None, errors: list[ValidationError]) -> int:
    """An integer within bounds, or an error (the form may hand us text or a float)."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        errors.append(ValidationError(field, "invalid", value))
        return low
    if number < low:
        errors.append(ValidationError(field, "negative" if low == 0 else "out_of_range", value, low))
    elif high is not None and number > high:
        errors.append(ValidationError(field, "out_of_range", value, high))
    return number


def _validate(data: NumberSeriesData, code: str) -> NumberSeriesData:
    """Check every field at once; return the normalised values to store."""
    prefix = (data.prefix or "").strip()
    description = (data.description or "").strip()
    errors = validation.collect(
        validation.required("code", code),
        validation.max_length("code", code, 20),
        validation.max_length("description", description, 100),
        validation.max_length("prefix", prefix, 10),
    )
    width = _whole("width", data.width, 1, 15, errors)
    starting = _whole("starting_number", data.starting_number, 0, None, errors)
    last = _whole("last_number", data.last_number, 0, None, errors)
    increment = _whole("increment_by", data.increment_by, 1, None, errors)
    if not errors:
        # A number longer than its column could never be stored.
        if len(prefix) + width > MAX_NUMBER_LENGTH:
            errors.append(ValidationError("width", "out_of_range", width, MAX_NUMBER_LENGTH - len(prefix)))
        elif len(str(starting)) > width:
            errors.append(ValidationError("starting_number", "too_long", starting, width))
        elif len(prefix) + len(str(last)) > MAX_NUMBER_LENGTH:
            errors.append(ValidationError("last_number", "too_long", last, MAX_NUMBER_LENGTH - len(prefix)))
    if errors:
        raise ValidationErrors(errors)
    return NumberSeriesData(code, description, prefix, width, starting, last, increment, bool(data.manual_nos))


def save_series(data: NumberSeriesData, original_code: str | None = None) -> NumberSeriesData:
    """Create (original_code None) or update a series; a new code is carried to the setup using it."""
    code = validation.normalize_code(data.code)
    values = _validate(data, code)
    fields = {
        NumberSeries.code: code,
        NumberSeries.description: values.description,
        NumberSeries.prefix: values.prefix,
        NumberSeries.width: values.width,
        NumberSeries.starting_number: values.starting_number,
        NumberSeries.last_number: values.last_number,
        NumberSeries.increment_by: values.increment_by,
        NumberSeries.manual_nos: values.manual_nos,
    }
    with write_transaction():
        original = check_code_change(NumberSeries, ENTITY, code, original_code)
        if original is None:
            NumberSeries.insert({**fields, **versions.created_values(NumberSeries)}).execute()
        else:
            # Taking a number raises the version too: a dialog opened before must not set last_number back.
            where = NumberSeries.code == original
            versions.update(NumberSeries, where, fields, data.version or None, ENTITY, original)
            if code != original:
                # Setup and segments name the series as text, not through a foreign key.
                for name in SETUP_FIELDS:
                    field = getattr(MarketingSetup, name)
                    MarketingSetup.update({field: code}).where(field == original).execute()
                Segment.update(no_series=code).where(Segment.no_series == original).execute()
        return get_series(code)


def delete_series(code: str) -> None:
    """Delete a series Marketing Setup does not use."""
    key = validation.normalize_code(code)
    with write_transaction():
        get_series(key)
        for name in SETUP_FIELDS:
            field = getattr(MarketingSetup, name)
            if MarketingSetup.select().where(field == key).exists():
                raise InUseError(ENTITY, key, "marketing_setup", 1)
        NumberSeries.delete().where(NumberSeries.code == key).execute()


def next_number_preview(code: str) -> str:
    """The number the next record would get, without taking it."""
    get_series(code)
    return numbering.peek_next(validation.normalize_code(code))
