"""Dates shown the way the user's locale writes them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def qdate(day: date) -> QDate:
    """A Python date as Qt's."""
    return QDate(day.year, day.month, day.day)


def short_date(day: date | None) -> str:
    """ "06-12-2026" in Dutch, "12/6/26" in US English; "" for no date."""
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat) if day else ""


def long_date(day: date | None) -> str:
    """ "zondag 6 december 2026" in Dutch; "" for no date."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat) if day else ""
