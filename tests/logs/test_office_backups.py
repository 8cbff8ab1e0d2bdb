"""An office database is backed up on its server by its administrator: the app's backups refuse it with a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactdesk.crm import backups
from contactdesk.crm.errors import BackupNotAvailableError
from contactdesk.ui.errors import describe


@pytest.mark.postgresql_only
def test_backup_and_restore_refuse_an_office_database(database: object, tmp_path: Path) -> None:
    for attempt in (lambda: backups.back_up(tmp_path / "copy.sqlite"), lambda: backups.restore(tmp_path / "x.sqlite")):
        with pytest.raises(BackupNotAvailableError) as refused:
            attempt()
        assert "administrator backs up the server" in describe(refused.value)
    assert not list(tmp_path.iterdir())
