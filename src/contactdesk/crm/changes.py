"""Hearing about other users' changes, for lists that refresh by themselves (the faces never touch store/)."""

from __future__ import annotations

from contactdesk.store.change_feed import ANY_TABLE, ChangeFeed

__all__ = ["ANY_TABLE", "ChangeFeed"]
