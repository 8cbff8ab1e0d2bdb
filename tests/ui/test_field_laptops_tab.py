"""Setup → Field laptops: the office's laptops (last sync, expired in words), the retention, Retire laptop…;
staff see it read-only; a laptop's own copy has no such tab."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.field.field_office import back_to_office, check_out, to_laptop
from tests.office_logins import Office
from tests.recorder import Recorder

from contactdesk.crm.field import devices
from contactdesk.store.models import FieldDevice
from contactdesk.store.models.base import utcnow
from contactdesk.store.opening import OpenedDatabase
from contactdesk.ui import messages
from contactdesk.ui.setup.setup_page import SetupPage


def _page(qtbot: Any) -> SetupPage:
    page = SetupPage(None)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    page.show_tab(page.field_laptops)
    return page


def _cells(page: SetupPage, row: int) -> list[str]:
    model = page.field_laptops.model
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def test_the_tab_lists_the_laptops_with_never_and_expired_in_words(
    qtbot: Any, qtmodeltester: Any, demo_database: OpenedDatabase, tmp_path: Path
) -> None:
    fresh = check_out(tmp_path, "fresh").device
    old = check_out(tmp_path, "old").device
    back_to_office()
    FieldDevice.update(checked_out_at=utcnow() - timedelta(days=91)).where(FieldDevice.id == old).execute()
    page = _page(qtbot)
    tab = page.field_laptops
    assert page.tabs.isTabVisible(page.tabs.indexOf(tab))
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 2
    first, second = _cells(page, 0), _cells(page, 1)
    assert first[0] == str(fresh) and "never" in first and "Current" in first
    assert second[0] == str(old) and any(cell.startswith("Expired") for cell in second)
    assert "field-pc" in first and "–" in first[8]
    assert tab.days.value() == 90 and tab.days.isEnabled() and tab.save_button.isEnabled()
    assert "2 field laptops" in tab.status_text()


def test_an_administrator_saves_the_retention_and_retires_a_laptop_after_confirming(
    qtbot: Any, demo_database: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = check_out(tmp_path).device
    back_to_office()
    page = _page(qtbot)
    tab = page.field_laptops
    tab.days.setValue(45)
    tab.save_button.click()
    assert devices.retention().retention_days == 45
    assert not tab.retire_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.retire_button.isEnabled()
    asked = Recorder(False)
    monkeypatch.setattr(messages, "confirm", asked)
    tab.retire_button.click()
    question = asked.texts[0]
    assert f"Retire laptop {device}" in question and "can no longer synchronise" in question
    assert [laptop.device for laptop in devices.laptops()] == [device]  # answered No: nothing happened
    monkeypatch.setattr(messages, "confirm", Recorder(True))
    tab.retire_button.click()
    assert devices.laptops() == [] and tab.model.rowCount() == 0


def test_a_laptops_own_copy_shows_no_field_laptops_tab(
    qtbot: Any, demo_database: OpenedDatabase, tmp_path: Path
) -> None:
    check_out(tmp_path)
    to_laptop(tmp_path / "laptop.sqlite")
    page = SetupPage(None)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.field_laptops))


@pytest.mark.postgresql_only
def test_staff_see_the_laptops_but_cannot_change_the_retention_or_retire(
    qtbot: Any, office: Office, tmp_path: Path
) -> None:
    check_out(tmp_path)
    office.work_as(office.staff)
    page = _page(qtbot)
    tab = page.field_laptops
    assert tab.read_only and tab.model.rowCount() == 1
    tab.table.selectRow(0)
    assert not (tab.days.isEnabled() or tab.save_button.isEnabled() or tab.retire_button.isEnabled())
    assert "administrator" in tab.retire_button.toolTip()
