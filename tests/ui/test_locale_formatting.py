"""Amounts and dates in lists and labels are written the way the user's locale writes them, as the dialogs do."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from contactdesk.crm import salespeople
from contactdesk.ui.formatting import amount, display_value, number, short_date
from contactdesk.ui.i18n import install_translators
from contactdesk.ui.models.column_model import Column, ColumnTableModel

# (the amount 1234.5, 6 December 2026) in each language's own way
EXPECTED = {"nl": ("1.234,50", "06-12-2026"), "nb": ("1 234,50", "06.12.2026")}


@pytest.fixture(params=["nl", "nb"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def _plain(text: str) -> str:
    # Norwegian groups with a no-break space; compare what the eye sees.
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_the_helper_writes_amounts_and_dates_the_locale_way(language: str) -> None:
    money, day = EXPECTED[language]
    assert _plain(amount(Decimal("1234.50"))) == money
    assert _plain(display_value(Decimal("1234.50"))) == money
    assert display_value(Decimal("2.5")) == "2,5" and display_value(Decimal("7")) == "7"
    assert display_value(date(2026, 12, 6)) == short_date(date(2026, 12, 6))
    assert QLocale().toString(12500) == number(12500)


def test_a_setup_list_shows_a_decimal_as_its_dialog_does(qtbot, database, language: str) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.setup.salespeople_tab import SalespeopleTab

    salespeople.save_salesperson(salespeople.SalespersonData(code="AB", name="Anna", commission_pct=Decimal("2.50")))
    tab = SalespeopleTab()
    qtbot.addWidget(tab)
    tab.refresh()
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    column = headers.index(tab.tr("Commission %"))
    assert tab.model.data(tab.model.index(0, column)) == "2,50"


def test_a_column_table_writes_dates_the_locale_way(qtmodeltester, language: str) -> None:  # type: ignore[no-untyped-def]
    model: ColumnTableModel[tuple[date, Decimal]] = ColumnTableModel(
        [Column(lambda: "Date", lambda r: r[0]), Column(lambda: "Amount", lambda r: r[1])]
    )
    model.set_rows([(date(2026, 12, 6), Decimal("1234.50"))])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == EXPECTED[language][1]
    assert _plain(model.data(model.index(0, 1))) == EXPECTED[language][0]
