"""UI fixtures: a main window on a real database, with settings kept in the test's folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from contactdesk.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in an ini file of this test only."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, database, settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The main window on an empty database."""
    from contactdesk.ui.main_window import MainWindow

    win = MainWindow(database.target, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture(autouse=True, scope="session")
def english_catalogue(qapp):  # type: ignore[no-untyped-def]
    """The app installs its catalogue at start; English carries the plural forms."""
    from contactdesk.ui.i18n import install_translators

    install_translators(qapp, "en")
    yield


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application palette set to a light or a dark one for the test, and put back after it."""
    from tests.ui.palettes import dark_palette, light_palette

    before = qapp.palette()
    chosen = light_palette() if request.param == "light" else dark_palette()
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(before)
