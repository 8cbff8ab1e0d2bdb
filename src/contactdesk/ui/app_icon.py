"""ContactDesk's own icon, apart from icons.py: the first window shows it before the action icons are drawn."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from contactdesk.paths import resources_dir

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """ContactDesk's own icon (window, taskbar, About), at every size it was rendered in."""
    result = QIcon()
    folder = resources_dir() / "icons"
    for size in APP_ICON_SIZES:
        result.addFile(str(folder / f"contactdesk-{size}.png"), QSize(size, size))
    return result
