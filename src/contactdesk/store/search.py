"""Casefolded search keys: SQLite folds ASCII only, so we store folded copies ourselves."""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Casefold and normalise so "Ødegård", "ØDEGÅRD" and "ødegård" compare equal."""
    return unicodedata.normalize("NFC", (text or "").casefold()).strip()


def search_text_for(*parts: str | None) -> str:
    """The text the search box matches against, one folded string."""
    return " | ".join(fold(part) for part in parts if part)[:400]


def like_pattern(term: str) -> str:
    """A LIKE pattern for a folded term, with LIKE's wildcards escaped (escape char '\\')."""
    folded = fold(term).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{folded}%"


def terms(query: str) -> list[str]:
    """The folded words of a search; every word must match somewhere."""
    return [word for word in fold(query).split() if word]
