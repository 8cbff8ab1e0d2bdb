"""Small field checks shared by the services; each returns errors instead of raising one by one."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from contactdesk.crm.errors import ValidationError


def normalize_code(value: str | None) -> str:
    """Codes are stored trimmed and upper-case."""
    return (value or "").strip().upper()


def required(field: str, value: object) -> ValidationError | None:
    """A value must be present."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ValidationError(field, "required")
    return None


def max_length(field: str, value: str | None, limit: int) -> ValidationError | None:
    """A text must fit its column."""
    if value and len(value) > limit:
        return ValidationError(field, "too_long", value, limit)
    return None


# Line breaks (CR, LF, NEL, the Unicode line and paragraph separators), tabs and the other C0/C1 control
# characters: a one-line value holding one breaks e-mail headers, file names and CSV/vCard exports.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


_CONTROL_BUT_LINE_BREAKS = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(field: str, value: str | None) -> ValidationError | None:
    """A one-line text (a name, a city, a description) holds no line break or other control character."""
    if value and CONTROL_CHARACTERS.search(value):
        return ValidationError(field, "line_break", value)
    return None


def multi_line(field: str, value: str | None) -> ValidationError | None:
    """A text that may span lines (a street address) holds no control character other than CR and LF."""
    if value and _CONTROL_BUT_LINE_BREAKS.search(value):
        return ValidationError(field, "control_character", value)
    return None


# A strict subset of what email_validator accepts (plain ASCII, no double hyphens, a letter TLD):
# such an address is valid without the library's Unicode checks, which cost ~40 µs per address —
# 4 s of a 100,000-row import. Everything else still goes through the library.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\Z"
)
_special_use: tuple[str, ...] = ()


def _plain_valid(value: str) -> bool:
    global _special_use
    local, _, domain = value.rpartition("@")
    # RFC 5321 caps the local part at 64 characters; older email-validator releases enforce it.
    if len(value) > 254 or len(local) > 64 or not _PLAIN_EMAIL.match(value) or "--" in domain:
        return False
    domain = domain.lower()
    if len(domain) > 253:
        return False
    if not _special_use:
        import email_validator

        _special_use = tuple(email_validator.SPECIAL_USE_DOMAIN_NAMES)
    return not any(domain == name or domain.endswith("." + name) for name in _special_use)


def email(field: str, value: str | None) -> ValidationError | None:
    """Syntax only: offline users cannot look up mail servers."""
    if not value or _plain_valid(value):
        return None
    # Imported on first use: email_validator costs ~30 ms at start-up, before any e-mail is typed.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return ValidationError(field, "invalid_email", value)
    return None


def decimal_in_range(
    field: str, value: object, low: Decimal | None = Decimal(0), high: Decimal | None = None
) -> ValidationError | None:
    """A number that must be a valid decimal within bounds."""
    try:
        number = Decimal(str(value if value not in (None, "") else 0))
    except InvalidOperation:
        return ValidationError(field, "invalid", value)
    if not number.is_finite():
        return ValidationError(field, "invalid", value)
    if low is not None and number < low:
        return ValidationError(field, "negative" if low == 0 else "out_of_range", value, low)
    if high is not None and number > high:
        return ValidationError(field, "out_of_range", value, high)
    return None


def collect(*checks: ValidationError | None) -> list[ValidationError]:
    """Drop the passing checks."""
    return [check for check in checks if check is not None]
