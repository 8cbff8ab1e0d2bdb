"""The custom item data roles every table model of ours answers, defined once so views and models agree."""

from __future__ import annotations

from PySide6.QtCore import Qt

# The whole row record behind an index (a dataclass from a service), for actions on the selection.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# The raw value a column sorts by (a date or number, not its display text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
