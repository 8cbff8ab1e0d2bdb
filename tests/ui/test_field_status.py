"""The status bar says "Field copy · N changes to send" on a field laptop's copy, and nothing elsewhere."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.field.field_office import check_out

from contactdesk.crm import contacts
from contactdesk.store.models import Contact
from contactdesk.ui.main_window import MainWindow


def test_a_field_copy_shows_its_changes_to_send(qtbot, demo_database, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    check_out(tmp_path)
    window = MainWindow(str(tmp_path / "laptop.sqlite"), settings)
    qtbot.addWidget(window)
    window.show()
    status = window.findChild(object, "statusField")
    assert status is not None and status.isVisible()
    assert status.text().startswith("Field copy · 0 change")
    data = contacts.get_contact(str(Contact.select().order_by(Contact.no).first().no))
    contacts.update_contact(data.no, replace(data, city="Tromsø"))
    # The count follows the work by itself (a timer), without any page asking.
    qtbot.waitUntil(lambda: not status.text().startswith("Field copy · 0 "), timeout=5000)
    assert "to send" in status.text()


def test_the_office_or_a_desktop_shows_no_field_status(qtbot, demo_database, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_database.target, settings)
    qtbot.addWidget(window)
    window.show()
    status = window.findChild(object, "statusField")
    assert status is not None and not status.isVisible() and status.text() == ""


def test_the_last_sync_and_the_open_conflicts_are_shown(qtbot, demo_database, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from contactdesk.store import field_conflicts
    from contactdesk.store.db import db
    from contactdesk.store.field_conflicts import ConflictRecord

    check_out(tmp_path)
    window = MainWindow(str(tmp_path / "laptop.sqlite"), settings)
    qtbot.addWidget(window)
    window.show()
    status = window.field_status
    assert status.plain == "Field copy · 0 changes to send · never synchronised"
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    with db.atomic():
        db.execute_sql("INSERT OR REPLACE INTO field_info (key, value) VALUES ('last_sync_at', ?)", [now.isoformat()])
        field_conflicts.record([ConflictRecord("field", "contact", "1", "city", '"A"', '"B"')])
    status.show_pending()
    local = now.replace(tzinfo=UTC).astimezone()
    assert status.plain == f"Field copy · 0 changes to send · last sync {local:%H:%M} · 1 conflict"
    assert '<a href="conflicts">1 conflict</a>' in status.text()
    # Another day: the date says which.
    assert status.last_sync_text(now - timedelta(days=3)).startswith("last sync ")
    assert len(status.last_sync_text(now - timedelta(days=3))) > len(f"last sync {local:%H:%M}")
