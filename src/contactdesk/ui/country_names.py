"""Country names in the interface language, from CLDR (Babel): the database keeps only the code and a stored name."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from contactdesk.ui.i18n import current_language


@lru_cache(maxsize=8)
def _territories(language: str) -> Mapping[str, str]:
    # Babel on first use: the contacts list imports this module for its tooltips, not for its first paint.
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def country_name(code: str, stored: str = "") -> str:
    """The name of country `code` in the interface language; the stored name when CLDR does not know the code."""
    return _territories(current_language()).get(code.upper(), stored or code)


def with_country_names(items: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(code, stored name) pairs as (code, name in the interface language), for a country combo."""
    return [(code, country_name(code, stored)) for code, stored in items]
