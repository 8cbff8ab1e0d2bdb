"""Country names and codes as people type them ("Nederland", "Norge", "UK") → our country codes."""

from __future__ import annotations

import unicodedata

from babel import Locale

from contactdesk.crm.imports.queries import tuples
from contactdesk.store.models import Country
from contactdesk.store.seed_texts import SEED_LANGUAGES

# Names in English, Dutch, Norwegian, German and French, and ISO alpha-3 codes. A name counts only
# when its code is in the Country table: the table decides which countries exist.
ALIASES: dict[str, str] = {
    "nederland": "NL",
    "netherlands": "NL",
    "the netherlands": "NL",
    "holland": "NL",
    "niederlande": "NL",
    "pays-bas": "NL",
    "nederlandene": "NL",
    "nld": "NL",
    "norge": "NO",
    "noreg": "NO",
    "norway": "NO",
    "noorwegen": "NO",
    "norwegen": "NO",
    "norvege": "NO",
    "nor": "NO",
    "united kingdom": "GB",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "verenigd koninkrijk": "GB",
    "groot-brittannie": "GB",
    "storbritannia": "GB",
    "det forente kongerike": "GB",
    "vereinigtes konigreich": "GB",
    "royaume-uni": "GB",
    "gbr": "GB",
    "belgium": "BE",
    "belgie": "BE",
    "belgique": "BE",
    "belgia": "BE",
    "belgien": "BE",
    "bel": "BE",
    "germany": "DE",
    "duitsland": "DE",
    "deutschland": "DE",
    "tyskland": "DE",
    "allemagne": "DE",
    "deu": "DE",
    "denmark": "DK",
    "denemarken": "DK",
    "danmark": "DK",
    "danemark": "DK",
    "dnk": "DK",
    "sweden": "SE",
    "zweden": "SE",
    "sverige": "SE",
    "schweden": "SE",
    "suede": "SE",
    "swe": "SE",
    "france": "FR",
    "frankrijk": "FR",
    "frankrike": "FR",
    "frankreich": "FR",
    "fra": "FR",
    "united states": "US",
    "united states of america": "US",
    "usa": "US",
    "u.s.a.": "US",
    "u.s.": "US",
    "america": "US",
    "verenigde staten": "US",
    "amerika": "US",
    "forente stater": "US",
    "usa (us)": "US",
}


def _key(text: str) -> str:
    """Casefolded, accents dropped, spaces collapsed: "België" and "belgie" meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("ø", "o").replace("æ", "ae").split())


class CountryResolver:
    """Loads the Country table once and answers many look-ups without a query."""

    def __init__(self) -> None:
        self.codes: set[str] = set()
        self.by_name: dict[str, str] = {}
        for row in tuples(Country.select(Country.code, Country.name)):
            code, name = str(row[0]).upper(), str(row[1])
            self.codes.add(code)
            self.by_name.setdefault(_key(name), code)
        for alias, code in ALIASES.items():
            if code in self.codes:
                self.by_name.setdefault(_key(alias), code)
        # A country added under Setup is known by its CLDR names too ("Spanje", "Spania" for ES).
        for language in SEED_LANGUAGES:
            for code, name in Locale.parse(language).territories.items():
                if code in self.codes:
                    self.by_name.setdefault(_key(str(name)), code)

    def resolve(self, text: str) -> str | None:
        """The country code for a code or a name; '' for blank; None when it is not a known country."""
        value = text.strip()
        if not value:
            return ""
        if value.upper() in self.codes:
            return value.upper()
        return self.by_name.get(_key(value))
