"""A database made from the Dutch or Norwegian interface is named in that language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from contactdesk.store.models import NumberSeries, Salutation
from contactdesk.ui.i18n import install_translators


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(qapp, "nl")
    yield
    install_translators(qapp, "en")


@pytest.mark.sqlite_only("New database makes a file")
def test_new_database_from_a_dutch_window_is_dutch(dutch, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "nieuw.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_.new_database()
    assert target.exists()
    assert NumberSeries.get(NumberSeries.code == "SEG").description == "Segmenten"
    assert Salutation.get(Salutation.code == "PERSON").description == "Persoon"
