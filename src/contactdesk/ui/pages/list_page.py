"""Sorting for list tables: by the raw value behind each cell, not its display text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel

from contactdesk.ui.models.item_roles import SORT_ROLE


class SortProxy(QSortFilterProxyModel):
    """Sorts by the raw value (dates and numbers), not the display text."""

    def lessThan(self, left: Any, right: Any) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
