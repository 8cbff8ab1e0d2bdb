"""Nothing hidden, nothing cut off: every page, dialog and wizard page at 1024×700 in English, Dutch and Bokmål.

tests/ui/screens.py opens each screen on the sample data; tests/ui/layout_checks.py says what is cut off.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget, QWizardPage

import contactdesk.ui
from contactdesk.ui.i18n import install_translators
from contactdesk.ui.pages.base import Page

from .layout_checks import problems
from .screens import SIZE, quiet_outside, walk, walk_pages


def _screen_classes() -> set[type]:
    """Every dialog, wizard page and page class the app defines."""
    found: set[type] = set()
    for module in pkgutil.walk_packages(contactdesk.ui.__path__, "contactdesk.ui."):
        loaded = importlib.import_module(module.name)
        for _name, value in inspect.getmembers(loaded, inspect.isclass):
            if value.__module__ == loaded.__name__ and issubclass(value, (QDialog, QWizardPage, Page)):
                found.add(value)
    return found


@pytest.mark.parametrize("language", ["en", "nl", "nb"])
def test_every_screen_fits_a_small_laptop(qtbot, qapp, demo_database, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, language)
    found: dict[str, list[str]] = {}
    seen: set[type] = set()

    def visit(name: str, window: QWidget) -> None:
        found[name] = problems(window, SIZE)
        seen.update(type(widget) for widget in [window, *window.findChildren(QWidget)] if widget.isVisible())

    try:
        with quiet_outside(tmp_path):
            walk(visit, tmp_path, demo_database.target)
    finally:
        install_translators(qapp, "en")
    report = [f"{name}: {cut}" for name, cuts in found.items() for cut in cuts]
    assert not report, "cut off or hidden at 1024×700:\n" + "\n".join(report)
    assert len(found) > 40, sorted(found)  # the walk reached the dialogs and wizards
    # Abstract bases are seen through their subclasses.
    missing = {cls.__name__ for cls in _screen_classes() if not any(issubclass(s, cls) for s in seen)}
    assert missing == set(), "screens the layout test does not open: add them to tests/ui/screens.py"


@pytest.mark.parametrize("language", ["en", "nl", "nb"])
def test_every_page_of_an_empty_database_fits_too(qtbot, qapp, database, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, language)
    found: dict[str, list[str]] = {}
    try:
        with quiet_outside(tmp_path):
            walk_pages(lambda name, window: found.update({name: problems(window, SIZE)}), tmp_path, database.target)
    finally:
        install_translators(qapp, "en")
    report = [f"{name}: {cut}" for name, cuts in found.items() for cut in cuts]
    assert not report, "cut off or hidden at 1024×700 with no data:\n" + "\n".join(report)
    assert len(found) >= 6, sorted(found)
