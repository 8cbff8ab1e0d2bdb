"""The colours ContactDesk adds to Qt's palette: error, warning, ok and note texts, and the panels behind them.

Every colour is chosen for the palette in use (a light or a dark window) and then checked against the
background it is drawn on, so a text stays readable (WCAG contrast of at least 4.5:1) in both modes.
This is the only module of ui/ that names a colour; the others ask for a role.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MIN_CONTRAST = 4.5


class Role(Enum):
    """What a coloured text says."""

    ERROR = "error"  # something to correct before going on
    WARNING = "warning"  # something to know before going on
    OK = "ok"  # all is well
    NOTE = "note"  # a quiet remark (the user's own value after a reload)
    MUTED = "muted"  # secondary information (who changed a record, and when)


# Starting points: (text on a light window, text on a dark window). Adjusted below if the palette needs it.
_TEXT = {
    Role.ERROR: ("#b00020", "#ff8a80"),
    Role.WARNING: ("#7a4f00", "#ffcc66"),
    Role.OK: ("#1e6b2e", "#8fd19e"),
    Role.NOTE: ("#6a4a00", "#e0c080"),
    Role.MUTED: ("#5f5f5f", "#a8a8a8"),
}
# Panels (the merge check's verdict, the "changed by someone else" bar): (background, text) per mode.
_PANEL = {
    Role.ERROR: (("#fdecea", "#611a15"), ("#4a1f1c", "#ffd6d1")),
    Role.WARNING: (("#fff4e5", "#663c00"), ("#47360f", "#ffe3a8")),
    Role.OK: (("#e6f4ea", "#1e4620"), ("#1f3d27", "#c8efd0")),
    Role.NOTE: (("#fff4ce", "#4d3b00"), ("#40381a", "#f3e3a6")),
    Role.MUTED: (("#f0f0f0", "#404040"), ("#333333", "#d0d0d0")),
}


def palette() -> QPalette:
    """The application's palette (what every widget draws with unless told otherwise)."""
    return QGuiApplication.palette()


def is_dark(pal: QPalette | None = None) -> bool:
    """True when the window background is dark (a dark mode or a dark theme)."""
    window = (pal or palette()).color(QPalette.ColorRole.Window)
    return window.lightnessF() < 0.5


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of a colour (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours (1 … 21)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(colour: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """`colour`, moved towards black (light background) or white (dark one) until it reaches `minimum`."""
    target = QColor("#ffffff") if luminance(background) < 0.18 else QColor("#000000")
    result = QColor(colour)
    for step in range(1, 21):
        if contrast(result, background) >= minimum:
            return result
        share = step / 20
        result = QColor.fromRgbF(
            colour.redF() + (target.redF() - colour.redF()) * share,
            colour.greenF() + (target.greenF() - colour.greenF()) * share,
            colour.blueF() + (target.blueF() - colour.blueF()) * share,
        )
    return result


def colour(role: Role, pal: QPalette | None = None) -> QColor:
    """The text colour for `role`, readable on both the window and the input-field background."""
    pal = pal or palette()
    start = QColor(_TEXT[role][1 if is_dark(pal) else 0])
    on_window = readable_on(start, pal.color(QPalette.ColorRole.Window))
    return readable_on(on_window, pal.color(QPalette.ColorRole.Base))


def panel(role: Role, pal: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of a coloured panel for `role`; the text reaches the minimum contrast on it."""
    background, text = (QColor(value) for value in _PANEL[role][1 if is_dark(pal or palette()) else 0])
    return background, readable_on(text, background)


def text_style(role: Role, bold: bool = False) -> str:
    """A style sheet for a label whose whole text has the `role` colour."""
    weight = " font-weight: bold;" if bold else ""
    return f"color: {colour(role).name()};{weight}"


def border_style(role: Role = Role.ERROR) -> str:
    """A style sheet for an input whose value has a problem: a border in the `role` colour."""
    return f"border: 1px solid {colour(role).name()};"


def panel_style(role: Role, selector: str = "") -> str:
    """A style sheet for a panel (background and text); `selector` limits it to one widget, not its children."""
    background, text = panel(role)
    body = f"background: {background.name()}; color: {text.name()}; padding: 8px; border-radius: 4px;"
    return f"{selector} {{ {body} }}" if selector else body


def bar_style(role: Role, name: str) -> str:
    """A style sheet for a bar (QFrame `name`) and the labels on it: the panel's background and text colour."""
    background, text = panel(role)
    return f"QFrame#{name}, QFrame#{name} QLabel {{ background: {background.name()}; color: {text.name()}; }}"
