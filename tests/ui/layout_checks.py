"""Checks that nothing on a window is hidden or cut off: used by the layout test and by tools/screenshot.py.

Each check walks the visible widgets of one window as laid out at its current size and names what a user
could not read in full. What it measures is what Qt itself asks for: a widget's sizeHint (text plus the
style's margins, indicator or menu arrow), a header section's sizeHint, and a word-wrapped label's
heightForWidth. It cannot see overlap drawn by custom painting, text inside item views' cells, tooltips,
message boxes, or colours.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionToolButton,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

# The smallest window the app promises to work in (a small laptop at 150 % scaling).
SMALL_SCREEN = (1024, 700)
# Rounding in the styles' metrics: one pixel is not a cut-off letter.
SLACK = 1


def describe(widget: QWidget) -> str:
    """A name a reader can find in the code: the class, the objectName, and the text if any."""
    text = ""
    for getter in ("text", "placeholderText", "windowTitle"):
        value = getattr(widget, getter, None)
        if callable(value) and value():
            text = str(value())
            break
    name = widget.objectName() or (f"in {widget.parentWidget().objectName()}" if widget.parentWidget() else "-")
    return f"{type(widget).__name__}#{name} {text[:60]!r}"


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Visible on the window, and not a widget Qt keeps for its own use (the toolbar's extension, scroll arrows)."""
    return widget.isVisibleTo(window) and widget.isVisible() and widget.width() > 0


def _label(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"{describe(label)}: wraps to {need} px high in {label.height()} px (cut off below)"
        return None
    need = label.sizeHint().width()
    if label.width() + SLACK < need:
        return f"{describe(label)}: {label.width()} px wide, its text needs {need} px"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    need = button.sizeHint().width()
    if (
        isinstance(button, QToolButton)
        and button.menu() is not None
        and button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    ):
        # Qt's size hint leaves no room for an instant-popup button's arrow: the style draws it over the text.
        option = QStyleOptionToolButton()
        option.initFrom(button)
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
        need = max(need, QToolButton.sizeHint(button).width() + arrow)
    if button.width() + SLACK < need:
        return f"{describe(button)}: {button.width()} px wide, its text needs {need} px"
    return None


def _line_edit(edit: QLineEdit) -> str | None:
    placeholder = edit.placeholderText()
    if not placeholder or edit.text():
        return None
    metrics = edit.fontMetrics()
    # QLineEdit's sizeHint is 17 "x" plus its frame, margins and side buttons (the clear button): that chrome
    # stays, the placeholder takes the place of the 17 "x".
    chrome = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    # Qt elides a placeholder by its exact, fractional width: no slack here.
    need = chrome + math.ceil(QFontMetricsF(edit.font()).horizontalAdvance(placeholder))
    if edit.width() < need:
        return f"{describe(edit)}: {edit.width()} px wide, its placeholder needs {need} px"
    return None


def _header(header: QHeaderView) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    found = []
    last = header.logicalIndex(header.count() - 1 - header.hiddenSectionCount()) if header.count() else -1
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = header.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        need = header.sectionSizeHint(section)
        size = header.sectionSize(section)
        if section == last and header.stretchLastSection():
            size = max(size, header.viewport().width() - header.sectionViewportPosition(section))
        if size + SLACK < need:
            found.append(f"{describe(header)} column {text!r}: {size} px wide, its header needs {need} px")
    return found


def _rows(view: QTableView) -> list[str]:
    """Rows of wrapped text: each as high as its text, and one higher than the view must scroll by pixel."""
    if (
        not view.wordWrap()
        or view.model() is None
        or view.verticalHeader().sectionResizeMode(0) != (QHeaderView.ResizeMode.Interactive)
    ):
        return []
    found = []
    height = view.viewport().height()
    for row in range(min(view.model().rowCount(), 50)):
        if view.isRowHidden(row):
            continue
        if view.rowHeight(row) > height and view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            found.append(
                f"{describe(view)} row {row}: {view.rowHeight(row)} px high in a {height} px view, no scrolling in it"
            )
    return found


def _toolbar(toolbar: QToolBar) -> str | None:
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None and extension.isVisible():
        hidden = [a.text() for a in toolbar.actions() if not a.isSeparator() and not _action_shown(toolbar, a)]
        return f"{describe(toolbar)}: actions behind the » button: {hidden}"
    return None


def _action_shown(toolbar: QToolBar, action: object) -> bool:
    widget = toolbar.widgetForAction(action)  # type: ignore[arg-type]
    return widget is not None and widget.isVisible()


def _tab_bar(bar: QTabBar) -> str | None:
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    if arrows:
        return f"{describe(bar)}: tabs do not fit, scroll arrows shown"
    return None


def problems(window: QWidget, size: tuple[int, int] = SMALL_SCREEN) -> list[str]:
    """Everything cut off or hidden on `window` as it is laid out now, and a too large minimum size."""
    found = []
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    if hint.width() > size[0] or hint.height() > size[1]:
        found.append(f"{describe(window)}: needs at least {hint.width()}×{hint.height()} px, more than {size}")
    if window.width() > size[0] or window.height() > size[1]:
        found.append(f"{describe(window)}: is {window.width()}×{window.height()} px, more than {size}")
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window) or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            found.append(_label(widget) or "")
        elif isinstance(widget, QAbstractButton) and widget.objectName() != "qt_toolbar_ext_button":
            found.append(_button(widget) or "")
        elif isinstance(widget, QLineEdit):
            found.append(_line_edit(widget) or "")
        elif isinstance(widget, QHeaderView):
            found.extend(_header(widget))
        elif isinstance(widget, QTableView):
            found.extend(_rows(widget))
        elif isinstance(widget, QToolBar):
            found.append(_toolbar(widget) or "")
        elif isinstance(widget, QTabBar):
            found.append(_tab_bar(widget) or "")
    return [problem for problem in found if problem]
