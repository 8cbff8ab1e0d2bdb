"""An icon drawn from one glyph of the Material Design Icons font, in given colours.

qtawesome draws the same glyphs, but importing it (and qtpy under it) and loading its nine fonts cost a
start ~0.15 s, more than the whole window. This engine loads only the one font, from qtawesome's own
package folder, the first time an icon is painted; icons.py says which glyph (its codepoint) means what.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

FONT_PACKAGE = "qtawesome"  # ships the font; found without importing it
FONT_FILE = "materialdesignicons6-webfont-*.ttf"
SIZE_OF_RECT = 0.875  # the glyph's pixel size against the icon's height, as qtawesome draws it


@cache
def font_file() -> Path | None:
    """The Material Design Icons 6 font file in qtawesome's package (None: not found)."""
    spec = importlib.util.find_spec(FONT_PACKAGE)
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        found = sorted((Path(folder) / "fonts").glob(FONT_FILE))
        if found:
            return found[-1]
    return None


@cache
def font_family() -> str:
    """The font's family name, loaded into Qt on first use ("" when it cannot be loaded)."""
    path = font_file()
    font_id = QFontDatabase.addApplicationFont(str(path)) if path is not None else -1
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else ""


class GlyphIconEngine(QIconEngine):
    """Paints one glyph at any size: in `normal`, or in `disabled` for a disabled action or button."""

    def __init__(self, codepoint: int, normal: QColor, disabled: QColor) -> None:
        super().__init__()
        self._char = chr(codepoint)
        self._normal = QColor(normal)
        self._disabled = QColor(disabled)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the glyph centred in `rect`."""
        font = QFont(font_family())
        font.setPixelSize(max(1, round(SIZE_OF_RECT * rect.height())))
        painter.save()
        painter.setFont(font)
        painter.setPen(self._disabled if mode == QIcon.Mode.Disabled else self._normal)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The glyph on a transparent pixmap of `size`."""
        result = QPixmap(size)
        result.fill(Qt.GlobalColor.transparent)
        painter = QPainter(result)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return result

    def clone(self) -> QIconEngine:
        """A copy (Qt copies an icon's engine when the icon is detached)."""
        return GlyphIconEngine(ord(self._char), self._normal, self._disabled)
