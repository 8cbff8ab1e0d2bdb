"""No two entries of one menu or toolbar share an Alt+letter, in any language."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu, QToolBar

from contactdesk.ui.i18n import install_translators


def _accelerator(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(container: Any) -> list[tuple[str, list[str]]]:
    taken: dict[str, list[str]] = {}
    for action in container.actions():
        key = _accelerator(action.text())
        if key and action.isVisible():
            taken.setdefault(key, []).append(action.text())
    return [(key, texts) for key, texts in taken.items() if len(texts) > 1]


@pytest.mark.parametrize("language", ["en", "nl", "nb"])
def test_no_menu_or_toolbar_uses_a_letter_twice(qtbot, demo_database, settings, qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm import segments
    from contactdesk.ui.main_window import MainWindow
    from contactdesk.ui.segments.worksheet import SegmentWorksheet

    install_translators(qapp, language)
    try:
        window = MainWindow(demo_database.target, settings)
        qtbot.addWidget(window)
        for row in range(len(window.page_actions())):
            window.show_page_at(row)  # every page makes its own toolbars
        sheet = SegmentWorksheet(segments.create_segment("Keys"))
        qtbot.addWidget(sheet)
        containers = [window.menuBar(), *window.findChildren(QMenu), *window.findChildren(QToolBar)]
        containers += sheet.findChildren(QToolBar)
        clashes = {container.objectName() or type(container).__name__: _clashes(container) for container in containers}
        assert {name: found for name, found in clashes.items() if found} == {}
    finally:
        install_translators(qapp, "en")
