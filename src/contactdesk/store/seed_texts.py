"""The words a new database is seeded with, per language: plain tables, no Qt (the store sits below the UI).

A database is made in one language (the UI's when the app makes it, --language or the locale for the command
line); its number-series descriptions, salutation descriptions and country names are written in that language
once. Users may rename them afterwards, so an existing database is never rewritten.
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

SEED_LANGUAGES = ("en", "nl", "nb")

SERIES_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "en": {"CONT": "Contacts", "SEG": "Segments", "LSEG": "Logged segments", "CAMP": "Campaigns"},
    "nl": {"CONT": "Contacten", "SEG": "Segmenten", "LSEG": "Geregistreerde segmenten", "CAMP": "Campagnes"},
    "nb": {"CONT": "Kontakter", "SEG": "Segmenter", "LSEG": "Loggførte segmenter", "CAMP": "Kampanjer"},
}
SALUTATION_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "en": {"COMPANY": "Company", "PERSON": "Person"},
    "nl": {"COMPANY": "Bedrijf", "PERSON": "Persoon"},
    "nb": {"COMPANY": "Firma", "PERSON": "Person"},
}


def seed_language(language: str | None) -> str:
    """One of SEED_LANGUAGES for a code such as "nb_NO", "nl-BE" or "no"; English for anything else."""
    base = (language or "").strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    if base in ("no", "nn"):
        base = "nb"
    return base if base in SEED_LANGUAGES else "en"


def series_description(code: str, language: str) -> str:
    """The description of a seeded number series in `language`."""
    return SERIES_DESCRIPTIONS[seed_language(language)][code]


def salutation_description(code: str, language: str) -> str:
    """The description of a seeded salutation in `language`."""
    return SALUTATION_DESCRIPTIONS[seed_language(language)][code]


def country_name(code: str, language: str, fallback: str) -> str:
    """A country's name in `language` from CLDR (Babel); `fallback` when CLDR does not know the code."""
    try:
        names = Locale.parse(seed_language(language)).territories
    except (UnknownLocaleError, ValueError):
        return fallback
    return str(names.get(code.upper(), fallback))
