"""Casefolded search keys (SQLite folds ASCII only, so we store folded copies ourselves), and LIKE.

LIKE is where the engines differ: SQLite's ignores the case of ASCII letters, PostgreSQL's does not
(ILIKE does). like() writes the one that means the same on the bound engine.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from peewee import SQL, NodeList, SqliteDatabase, Value

from contactdesk.store.db import db


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


def like(column: Any, pattern: str, *, ignore_case: bool = False) -> Any:
    """`column LIKE pattern` (escape character '\\'); ignore_case: as SQLite's LIKE does, on every engine."""
    operator = "ILIKE" if ignore_case and not isinstance(db.obj, SqliteDatabase) else "LIKE"
    return NodeList((column, SQL(operator), Value(pattern), SQL("ESCAPE '\\'")), parens=True)


def terms(query: str) -> list[str]:
    """The folded words of a search; every word must match somewhere."""
    return [word for word in fold(query).split() if word]
