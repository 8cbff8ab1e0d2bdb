"""Letter text in the letter's language: long dates, amounts, postal address blocks, salutations."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal

# Our letters go out from Europe: English letters use British dates ("22 November 2026"), not American.
_LOCALES = {"en": "en_GB", "nb": "nb_NO", "no": "nb_NO", "nn": "nn_NO", "nl": "nl_NL"}
# Post code before the city, two spaces between (Dutch postal standard: "1015 CJ  Amsterdam").
_TWO_SPACES = {"NL"}
# City line, then the post code on a line of its own (Royal Mail).
_POST_CODE_LAST = {"GB", "IE"}
# City, region and post code on one line.
_CITY_FIRST_ONE_LINE = {"US", "CA", "AU"}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=64)
def letter_locale(language: str) -> Locale:
    """The Babel locale of a letter language; English (GB) when the code is unknown."""
    code = (language or "").strip().replace("-", "_")
    try:
        return Locale.parse(_LOCALES.get(code.lower(), code or "en_GB"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_GB")


def country_name(code: str, language: str, stored: str) -> str:
    """A country's name in the letter's language from CLDR ("Norge" in Norwegian); `stored` when CLDR lacks it."""
    return str(letter_locale(language).territories.get(code.strip().upper(), stored or code))


@lru_cache(maxsize=512)
def long_date(day: date | None, language: str) -> str:
    """22 November 2026 / 22 november 2026 / 22. november 2026; empty for no date."""
    if day is None:
        return ""
    return str(format_date(day, format="long", locale=letter_locale(language)))


def amount(value: Decimal | float | int | str | None, language: str) -> str:
    """An amount with two decimals and the letter language's separators (1.234,50 in Dutch)."""
    if value is None or value == "":
        return ""
    return str(format_decimal(Decimal(str(value)), format="#,##0.00", locale=letter_locale(language)))


def pick_language(contact_language: str, versions: Collection[str], default: str) -> str | None:
    """Which language version a letter uses: the contact's, else the default, else the first one (spec §2.10).

    Codes compare without case, and "nl-BE" finds "nl" when there is no "nl-BE" version.
    """
    by_key = {version.strip().lower(): version for version in versions}
    for wanted in (contact_language, default):
        key = (wanted or "").strip().lower()
        if not key:
            continue
        if key in by_key:
            return by_key[key]
        base = re.split(r"[-_]", key)[0]
        if base in by_key:
            return by_key[base]
    return by_key[min(by_key)] if by_key else None


def address_block(
    name_lines: Sequence[str],
    address: str,
    address_2: str,
    post_code: str,
    city: str,
    county: str,
    country_code: str,
    country_name: str,
    sender_country: str,
) -> str:
    """A postal address, one line per \\n, written the way the destination country's post expects."""
    lines = [line.strip() for line in (*name_lines, address, address_2) if line and line.strip()]
    country = (country_code or "").strip().upper()
    post_code, city, county = post_code.strip(), city.strip(), county.strip()
    if country in _POST_CODE_LAST:
        lines += [part for part in (city, county, post_code) if part]
    elif country in _CITY_FIRST_ONE_LINE:
        region = " ".join(part for part in (county, post_code) if part)
        lines.append(", ".join(part for part in (city, region) if part))
    else:
        separator = "  " if country in _TWO_SPACES else " "
        lines.append(separator.join(part for part in (post_code, city) if part))
    # Mail inside the sender's own country carries no country line (UPU practice).
    if country and country != (sender_country or "").strip().upper():
        lines.append(country_name or country)
    return "\n".join(line for line in lines if line)


def salutation(formula: str, names: Mapping[str, str]) -> str:
    """Fill a salutation formula such as "Dear {first_name} {surname}"; unknown placeholders become empty.

    Plain replacement, not str.format: a formula typed in Setup must never reach Python attributes.
    """
    text = _PLACEHOLDER.sub(lambda match: names.get(match.group(1), "") or "", formula)
    return " ".join(text.split())
