"""Amounts, numbers, dates and times on screen, written the way the user's locale writes them.

Every list and label goes through here instead of str(), f-strings, isoformat() or strftime(), so a
Dutch or Norwegian user reads "2,50" and "06-12-2026" everywhere, as the dialogs' spin boxes show them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QTime, QTimeZone

from contactdesk.ui.dates import long_date, qdate, short_date

__all__ = ["amount", "display_value", "long_date", "number", "short_date", "short_time", "stamp"]


def amount(value: Decimal | float | int | str | None, decimals: int = 2) -> str:
    """An amount with the locale's separators: "1.234,50" in Dutch, "1 234,50" in Norwegian; "" for none."""
    if value is None or value == "":
        return ""
    return QLocale().toString(float(Decimal(str(value))), "f", decimals)


def number(value: int | None) -> str:
    """A count with the locale's digit grouping ("12.500" in Dutch); "" for none."""
    return "" if value is None else QLocale().toString(int(value))


def short_time(moment: time | None) -> str:
    """ "14:05" as the locale writes a time of day; "" for none."""
    if moment is None:
        return ""
    return QLocale().toString(QTime(moment.hour, moment.minute, moment.second), QLocale.FormatType.ShortFormat)


def stamp(moment: datetime | None) -> str:
    """A stored (naive UTC) moment in local time, short date and time; "" for none."""
    if moment is None:
        return ""
    utc = moment.replace(tzinfo=UTC)
    when = QDateTime(qdate(utc.date()), QTime(utc.hour, utc.minute, utc.second), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def display_value(value: Any) -> str:
    """Any value a list shows, locale-aware by type: Decimal keeps its own places, dates and times are short."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        return amount(value, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    if isinstance(value, float):
        return amount(value)
    if isinstance(value, datetime):
        return stamp(value)
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, time):
        return short_time(value)
    return str(value)
