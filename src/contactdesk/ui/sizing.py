"""Sizes taken from the text a widget shows, so that nothing is cut off in any language."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QScrollArea, QWidget

# Each Qt class costs the first module that names it its set-up: the contacts list's start needs QTableView alone.


def placeholder_width(edit: QLineEdit) -> int:
    """The width at which the line edit shows its whole placeholder (frame, margins and clear button included)."""
    metrics = edit.fontMetrics()
    # QLineEdit's size hint is room for 17 "x" plus its frame, margins and side buttons.
    chrome = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    from PySide6.QtGui import QFontMetricsF

    # Qt elides with the text's exact (fractional) width: round up, or the last letter becomes "…".
    return chrome + math.ceil(QFontMetricsF(edit.font()).horizontalAdvance(edit.placeholderText()))


def fit_placeholder(edit: QLineEdit) -> None:
    """Never narrower than its placeholder (a field that says what to type must say it in full)."""
    edit.setMinimumWidth(placeholder_width(edit))
    if edit.maximumWidth() < edit.minimumWidth():
        edit.setMaximumWidth(edit.minimumWidth())


def compact(combo: QComboBox, characters: int = 14) -> None:
    """A combo as wide as `characters` letters, not as its longest item: the open list still shows every
    item in full, and a long template or profile name no longer makes the window wider than the screen."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def fit_headers(view: QTableView | QAbstractItemView) -> None:
    """Widen every column that is narrower than its header's text (and sort arrow) needs."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if header is None:
        return
    header.setMinimumSectionSize(min(header.minimumSectionSize(), 40))
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        need = header.sectionSizeHint(section)
        if header.sectionSize(section) < need:
            header.resizeSection(section, need)


def scrolled(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`content` in a frameless scroll area: a long form scrolls on a small screen instead of being squeezed.

    The scroll area also gives wrapped labels the height they need (a tab widget does not).
    """
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area
