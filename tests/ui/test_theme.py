"""Coloured texts stay readable on a light and on a dark window; only ui/theme.py names a colour."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from contactdesk.ui import theme

UI = Path(__file__).resolve().parents[2] / "src" / "contactdesk" / "ui"
COLOUR_IN_STYLE = re.compile(r"color:\s*([^;\"]+);")


def shown_colour(label: QLabel) -> QColor:
    """The text colour a label's style sheet sets (the one a user sees)."""
    found = COLOUR_IN_STYLE.search(label.styleSheet())
    assert found, label.styleSheet()
    return QColor(found.group(1).strip())


def test_contrast_formula_matches_wcag() -> None:
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    # The old hard-coded red on a dark window: the reason for this module.
    assert theme.contrast(QColor("#b00020"), QColor("#2d2d2d")) < 2.5


@pytest.mark.parametrize("role", list(theme.Role))
def test_every_text_colour_is_readable_on_window_and_fields(palette: QPalette, role: theme.Role) -> None:
    shown = theme.colour(role)
    assert theme.contrast(shown, palette.color(QPalette.ColorRole.Window)) >= 4.5
    assert theme.contrast(shown, palette.color(QPalette.ColorRole.Base)) >= 4.5


@pytest.mark.parametrize("role", list(theme.Role))
def test_every_panel_text_is_readable_on_its_panel(palette: QPalette, role: theme.Role) -> None:
    background, text = theme.panel(role)
    assert theme.contrast(text, background) >= 4.5
    # A dark panel in dark mode, a light one in light mode: never a bright patch on a dark window.
    assert (background.lightnessF() < 0.5) == (palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5)


def test_error_texts_on_screen_are_readable(qtbot, palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.crm.database import ConnectionSecurity
    from contactdesk.ui.connection_status import ConnectionStatus
    from contactdesk.ui.wizard.step import WizardStep

    step = WizardStep("themeStep")
    qtbot.addWidget(step)
    status = ConnectionStatus()
    qtbot.addWidget(status)
    status.show_security(ConnectionSecurity.PLAIN, "db.example")
    window = palette.color(QPalette.ColorRole.Window)
    for label in (step.error, status):
        assert theme.contrast(shown_colour(label), window) >= 4.5, label.objectName()


def test_merge_check_verdict_is_readable(qtbot, palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.merge.segment_check import SegmentCheck
    from contactdesk.ui.merge.check_page import CheckPage

    page = CheckPage()
    qtbot.addWidget(page)
    page.set_check(SegmentCheck("SEG00001"))  # nothing wrong: the green verdict
    style = page.summary.styleSheet()
    background = QColor(re.search(r"background:\s*([^;]+);", style).group(1))  # type: ignore[union-attr]
    assert theme.contrast(shown_colour(page.summary), background) >= 4.5
    window = palette.color(QPalette.ColorRole.Window)
    assert (background.lightnessF() < 0.5) == (window.lightnessF() < 0.5)


def test_no_ui_module_names_a_colour_outside_the_theme() -> None:
    pattern = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\brgba?\(|GlobalColor\.(?!transparent)")
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []
