"""Language values as files write them ("en-GB", "nb_NO", "Dutch", "Norwegian (Bokmål)") → our language codes."""

from __future__ import annotations

import re

from contactdesk.crm.imports.queries import tuples
from contactdesk.store.models import Language
from contactdesk.store.search import fold

# Norwegian is written as "no" (the macrolanguage), "nb" (Bokmål) or "nn" (Nynorsk), and ISO 639-2
# has three-letter codes too. Bokmål is what nine in ten Norwegians write and the only Norwegian our
# letters come in, so all of them land on "nb" when the table has no closer entry.
ALIASES: dict[str, tuple[str, ...]] = {
    "no": ("nb",),
    "nn": ("nb",),
    "nob": ("nb",),
    "nno": ("nb",),
    "nor": ("nb",),
    "eng": ("en",),
    "nld": ("nl",),
    "dut": ("nl",),
    "vls": ("nl",),
}
# Interface languages whose language names a file may use ("Dutch", "Nederlands", "nederlandsk").
_NAME_LOCALES = ("en", "nl", "nb", "de", "fr")
_REMEMBERED = 1000
_PUNCTUATION = re.compile(r"[()\[\],;/]|\s-\s")


def _name_key(text: str) -> str:
    """Folded, brackets and dashes between words dropped: "Noors - Bokmål" and "Norwegian (Bokmål)" meet."""
    return " ".join(_PUNCTUATION.sub(" ", fold(text)).split())


def _babel_names() -> dict[str, str]:
    """Language names in our interface languages (and a few more) → BCP 47-ish codes ("nl_BE")."""
    from babel import Locale

    names: dict[str, str] = {}
    for locale in _NAME_LOCALES:
        for code, name in Locale.parse(locale).languages.items():
            names.setdefault(_name_key(name), code)
    return names


class LanguageResolver:
    """Loads the Language table once; resolves codes, BCP 47 tags and language names without a query."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for code, name in tuples(Language.select(Language.code, Language.name)):
            self.codes[str(code).lower()] = str(code)
            self.names.setdefault(_name_key(str(name)), str(code))
        self._babel: dict[str, str] | None = None
        # A file uses a handful of spellings over and over; a file of nonsense must not grow this forever.
        self._seen: dict[str, str | None] = {}

    def _code(self, tag: str) -> str | None:
        """A code or BCP 47 tag: the whole tag when the table has it, else its primary subtag, else an alias."""
        tag = tag.strip().lower().replace("_", "-")
        if not tag or not re.fullmatch(r"[a-z0-9-]+", tag):
            return None
        if tag in self.codes:
            return self.codes[tag]
        primary = tag.split("-", 1)[0]
        for candidate in (primary, *ALIASES.get(primary, ())):
            if candidate in self.codes:
                return self.codes[candidate]
        return None

    def resolve(self, text: str) -> str | None:
        """The language code for a code, tag or name; '' for blank; None when it is not a known language."""
        if text in self._seen:
            return self._seen[text]
        found = self._resolve(text)
        if len(self._seen) < _REMEMBERED:
            self._seen[text] = found
        return found

    def _resolve(self, text: str) -> str | None:
        value = text.strip()
        if not value:
            return ""
        found = self._code(value)
        if found is not None:
            return found
        key = _name_key(value)
        if key in self.names:
            return self.names[key]
        if self._babel is None:
            self._babel = _babel_names()
        # "English (United States)": the name with its region, then the name alone.
        for candidate in (key, _name_key(value.split("(", 1)[0])):
            code = self._babel.get(candidate)
            if code is not None:
                return self._code(code)
        return None
