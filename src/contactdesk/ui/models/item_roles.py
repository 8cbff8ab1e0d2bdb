"""The item data roles our table models answer, defined once so views and models agree.

Plain numbers (Qt.ItemDataRole's values): importing PySide6's Qt namespace costs ~15 ms, which the start of
the window pays only after its first paint (ui/quick_start.py). A test checks them against Qt's own.
"""

from __future__ import annotations

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
TEXT_ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
ALIGN_RIGHT_VCENTER = 0x0082  # Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
USER_ROLE = 256  # Qt.ItemDataRole.UserRole
# The whole row record behind an index (a dataclass from a service), for actions on the selection.
ROW_ROLE = USER_ROLE + 1
# The raw value a column sorts by (a date or number, not its display text).
SORT_ROLE = USER_ROLE + 2
