"""The sentences for a field laptop's errors."""

from __future__ import annotations

from PySide6.QtCore import QObject

from contactdesk.crm.field.errors import BlockUsedUpError
from contactdesk.ui.placeholders import fill


class FieldTexts(QObject):
    """One sentence per field-laptop error: what is wrong and what to do."""

    def describe(self, error: BlockUsedUpError) -> str:
        """The sentence for `error`."""
        return fill(
            self.tr(
                "This laptop has used all the numbers the office gave it (%1). Nothing was saved. "
                "Check out a new copy from the office to get more numbers."
            ),
            error.series_code,
        )
