"""Statistics: number of interactions, cost and duration per template, group and salesperson (spec 1.3–1.6)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import interaction_statistics as stats
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.interaction_statistics import InteractionStatistic
from contactdesk.ui import errors
from contactdesk.ui.dates import short_date
from contactdesk.ui.formatting import amount
from contactdesk.ui.models.column_model import Column, ColumnTableModel
from contactdesk.ui.placeholders import fill


def _fixed(text: str) -> Callable[[], str]:
    """A header that is this text (a lambda in the loop would see only the last one)."""
    return lambda: text


class StatisticsDialog(QDialog):
    """One tab per grouping; canceled and postponed interactions never count."""

    def __init__(
        self, date_from: date | None = None, date_to: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionStatistics")
        self.setWindowTitle(self.tr("Interaction statistics"))
        self.resize(680, 400)  # a size to open at; the layout keeps its own minimum
        self.models: dict[str, ColumnTableModel[InteractionStatistic]] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("interactionStatisticsTabs")
        for by, title, heading in (
            (stats.BY_TEMPLATE, self.tr("Per template"), self.tr("Interaction template")),
            (stats.BY_GROUP, self.tr("Per group"), self.tr("Interaction group")),
            (stats.BY_SALESPERSON, self.tr("Per salesperson"), self.tr("Salesperson")),
        ):
            columns: list[Column[InteractionStatistic]] = [
                Column(_fixed(heading), lambda r: r.code),
                Column(lambda: self.tr("Description"), lambda r: r.description),
                Column(lambda: self.tr("Interactions"), lambda r: r.interactions, align_right=True),
                Column(lambda: self.tr("Cost"), lambda r: r.cost, align_right=True, display=lambda r: amount(r.cost)),
                Column(lambda: self.tr("Duration (min)"), lambda r: r.duration, align_right=True),
            ]
            model: ColumnTableModel[InteractionStatistic] = ColumnTableModel(columns, self)
            try:
                rows = stats.statistics(by, date_from, date_to)
            except (DomainError, StoreError) as problem:
                errors.show_error(self, problem)
                rows = []
            if rows:
                total = stats.totals(rows)
                rows.append(InteractionStatistic(self.tr("Total"), "", total.interactions, total.cost, total.duration))
            model.set_rows(rows)
            self.models[by] = model
            table = QTableView(self)
            table.setObjectName(f"interactionStatistics_{by}")
            table.setAccessibleName(title)
            table.setModel(model)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setAlternatingRowColors(True)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            self.tabs.addTab(table, title)
        period = self.tr("All dates")
        if date_from or date_to:
            period = fill(
                self.tr("From %1 to %2"),
                short_date(date_from) or "…",
                short_date(date_to) or "…",
            )
        note = QLabel(fill(self.tr("%1. Canceled and postponed interactions are not counted."), period), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
