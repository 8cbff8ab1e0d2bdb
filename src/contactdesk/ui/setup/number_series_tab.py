"""Setup → Number series."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from contactdesk.crm.errors import DomainError, NumberSeriesError
from contactdesk.crm.number_series import NumberSeriesData, delete_series, list_series, next_number_preview
from contactdesk.ui.models.column_model import Column
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.list_tab import ListTab
from contactdesk.ui.setup.number_series_dialog import NumberSeriesDialog


class NumberSeriesTab(ListTab[NumberSeriesData]):
    """The series business numbers come from, with the number each would give next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._next: dict[str, str] = {}
        columns: list[Column[NumberSeriesData]] = [
            Column(lambda: self.tr("Code"), lambda r: r.code),
            Column(lambda: self.tr("Description"), lambda r: r.description),
            Column(lambda: self.tr("Starting no."), lambda r: r.starting_no),
            Column(lambda: self.tr("Last no. used"), lambda r: r.last_no_used),
            Column(
                lambda: self.tr("Next no."),
                lambda r: self._next.get(r.code, ""),
                tooltip=lambda r: self.tr("The number the next record will get"),
            ),
            Column(lambda: self.tr("Increment"), lambda r: r.increment_by, align_right=True),
            Column(
                lambda: self.tr("Manual nos."),
                lambda r: r.manual_nos,
                display=lambda r: self.tr("Yes") if r.manual_nos else "",
            ),
        ]
        super().__init__("setupNumberSeries", self.tr("Number series"), columns, parent)

    def load(self) -> list[NumberSeriesData]:
        rows = list_series()
        self._next = {}
        for row in rows:
            try:
                self._next[row.code] = next_number_preview(row.code)
            except (DomainError, NumberSeriesError):
                self._next[row.code] = ""
        return rows

    def key_of(self, row: NumberSeriesData) -> str:
        return row.code

    def edit_dialog(self, row: NumberSeriesData | None) -> NumberSeriesDialog:
        return NumberSeriesDialog(row, self)

    def delete_record(self, row: NumberSeriesData) -> None:
        delete_series(row.code)

    def delete_question(self, row: NumberSeriesData) -> str:
        return fill(self.tr("Delete number series %1 (%2)? This cannot be undone."), row.code, row.description)

    def empty_text(self) -> str:
        return self.tr("No number series yet. Click New to add one, then choose it in Marketing setup.")

    def status_text(self) -> str:
        return self.tr("%n number series", "", self.model.rowCount())
