"""Every interaction model passes qtmodeltester, on the demo database and across filters and sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from contactdesk.crm.interaction_log import EntryFilter, count_entries
from contactdesk.ui.interactions.entries_model import (
    CONTACT_COLUMNS,
    LOG_COLUMNS,
    POSTPONED_COLUMNS,
    ROW_ROLE,
    EntriesModel,
)
from contactdesk.ui.interactions.statistics_dialog import StatisticsDialog


def test_entries_models_pass_the_model_tester(qtbot, qtmodeltester, demo_database) -> None:  # type: ignore[no-untyped-def]
    for columns, flt in (
        (LOG_COLUMNS, EntryFilter()),
        (POSTPONED_COLUMNS, EntryFilter(postponed=True)),
        (CONTACT_COLUMNS, EntryFilter(canceled=None)),
    ):
        model = EntriesModel(columns)
        qtmodeltester.check(model)
        model.set_filter(flt)
        assert model.rowCount() == count_entries(flt) > 0
        for column in range(model.columnCount()):
            model.sort(column, Qt.SortOrder.AscendingOrder)
            model.sort(column, Qt.SortOrder.DescendingOrder)
        model.set_filter(EntryFilter(contact_no="NOBODY"))
        assert model.rowCount() == 0
        model.set_filter(flt)


def test_entries_model_shows_rows_in_sql_order(qtbot, demo_database) -> None:  # type: ignore[no-untyped-def]
    model = EntriesModel(LOG_COLUMNS)
    model.refresh()
    numbers = [model.index(row, 0).data(ROW_ROLE).entry_no for row in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)
    model.sort(model.column_of("date"), Qt.SortOrder.AscendingOrder)
    dates = [model.index(row, 0).data(ROW_ROLE).date for row in range(model.rowCount())]
    assert dates == sorted(dates)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Entry No."
    assert model.index(0, model.column_of("cost")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert model.row_of_entry(numbers[0]) >= 0 and model.row_of_entry(-1) == -1


def test_statistics_models_pass_the_model_tester(qtbot, qtmodeltester, demo_database) -> None:  # type: ignore[no-untyped-def]
    dialog = StatisticsDialog()
    qtbot.addWidget(dialog)
    for by, model in dialog.models.items():
        qtmodeltester.check(model)
        rows = model.rows()
        assert rows and rows[-1].interactions == sum(r.interactions for r in rows[:-1]), by
