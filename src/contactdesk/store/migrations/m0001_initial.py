"""Version 1 baseline: create every table at the current schema and seed reference data."""

from __future__ import annotations

from contactdesk.store import change_feed, field_change_log, fulltext, list_indexes, seed_texts
from contactdesk.store.db import db
from contactdesk.store.models import (
    ALL_MODELS,
    CompanyInfo,
    Country,
    Language,
    MarketingSetup,
    NumberSeries,
    Salutation,
    SalutationFormula,
)

COUNTRIES = [
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("GB", "United Kingdom"),
    ("BE", "Belgium"),
    ("DE", "Germany"),
    ("DK", "Denmark"),
    ("SE", "Sweden"),
    ("FR", "France"),
    ("US", "United States"),
]
LANGUAGES = [("en", "English"), ("nl", "Nederlands"), ("nb", "Norsk bokmål")]
# Code, prefix, width; the description is written in the database's language (seed_texts).
SERIES = [("CONT", "CT", 6), ("SEG", "SEG", 5), ("LSEG", "LSEG", 5), ("CAMP", "CP", 4)]
# Salutation formulas are letter text in the letter's language, not UI text.
SALUTATIONS = {
    "COMPANY": {
        ("en", True): "Dear Sir or Madam",
        ("en", False): "Hello",
        ("nl", True): "Geachte heer, mevrouw",
        ("nl", False): "Hallo",
        ("nb", True): "Til den det måtte angå",
        ("nb", False): "Hei",
    },
    "PERSON": {
        ("en", True): "Dear {first_name} {surname}",
        ("en", False): "Dear {first_name}",
        ("nl", True): "Geachte {first_name} {surname}",
        ("nl", False): "Beste {first_name}",
        ("nb", True): "Kjære {first_name} {surname}",
        ("nb", False): "Hei {first_name}",
    },
}


def apply(language: str = "en") -> None:
    """Create the schema and the reference rows a new database needs, named in `language` (en, nl, nb)."""
    db.create_tables(ALL_MODELS)
    fulltext.create()
    change_feed.create()
    list_indexes.create()
    countries = [(code, seed_texts.country_name(code, language, name)) for code, name in COUNTRIES]
    Country.insert_many(countries, fields=[Country.code, Country.name]).execute()
    Language.insert_many(LANGUAGES, fields=[Language.code, Language.name]).execute()
    for code, prefix, width in SERIES:
        NumberSeries.create(
            code=code, description=seed_texts.series_description(code, language), prefix=prefix, width=width
        )
    for code, formulas in SALUTATIONS.items():
        Salutation.create(code=code, description=seed_texts.salutation_description(code, language))
        for (letter_language, formal), text in formulas.items():
            SalutationFormula.create(salutation=code, language_code=letter_language, formal=formal, text=text)
    MarketingSetup.create(
        contact_nos="CONT",
        segment_nos="SEG",
        logged_segment_nos="LSEG",
        campaign_nos="CAMP",
        default_company_salutation="COMPANY",
        default_person_salutation="PERSON",
    )
    CompanyInfo.create()
    # Last: the seed rows are no change a laptop needs (none can have checked out yet).
    field_change_log.create()
