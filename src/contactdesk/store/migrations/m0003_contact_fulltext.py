"""Version 3: a trigram full-text index for contact search (SQLite; skipped where unavailable)."""

from __future__ import annotations

from contactdesk.store import fulltext


def apply() -> None:
    """Create and fill the index."""
    fulltext.create()
