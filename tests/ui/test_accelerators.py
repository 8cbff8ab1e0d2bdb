"""No two entries of one menu or toolbar, nor two buttons, labels or tabs of one page or dialog, share an Alt+letter,
in any language."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
    QWizard,
)

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


def _mnemonic_texts(window: QWidget) -> list[str]:
    """The texts whose Alt+letter works in `window` as it is shown now: buttons, labels' buddies, group boxes,
    tabs and (in a main window) the menu titles. A toolbar's buttons show their action's text without its &."""
    texts = [action.text() for action in window.menuBar().actions()] if isinstance(window, QMainWindow) else []
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and not isinstance(button.parentWidget(), QToolBar):
            texts.append(button.text())
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(window):
            texts.append(label.text())
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window):
            texts.append(box.title())
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            texts += [bar.tabText(index) for index in range(bar.count()) if bar.isTabVisible(index)]
    return texts


def _window_clashes(window: QWidget) -> list[tuple[str, list[str]]]:
    """Clashes in every state a user can see: each tab of each tab widget and each wizard page in turn."""
    found: list[tuple[str, list[str]]] = []
    states: list[Any] = [lambda: None]
    for tabs in window.findChildren(QTabWidget):
        states += [lambda tabs=tabs, index=index: tabs.setCurrentIndex(index) for index in range(tabs.count())]
    for set_state in states:
        set_state()
        taken: dict[str, list[str]] = {}
        for text in _mnemonic_texts(window):
            key = _accelerator(text)
            if key:
                taken.setdefault(key, []).append(text)
        found += [(key, texts) for key, texts in taken.items() if len(texts) > 1 and (key, texts) not in found]
    return found


def _dialogs(demo_segment: str, settings: Any) -> list[QWidget]:
    from contactdesk.crm.campaign_data import CampaignData
    from contactdesk.crm.campaigns import create_campaign
    from contactdesk.crm.interaction_request import InteractionRequest
    from contactdesk.crm.segments import create_segment
    from contactdesk.store.enums import CriteriaAction
    from contactdesk.ui.campaigns.campaign_card import CampaignCard
    from contactdesk.ui.connect_dialog import ConnectDialog
    from contactdesk.ui.contacts.card import ContactCard
    from contactdesk.ui.contacts_io.export_dialog import ExportDialog
    from contactdesk.ui.contacts_io.import_wizard import ImportWizard
    from contactdesk.ui.interactions.statistics_dialog import StatisticsDialog
    from contactdesk.ui.logged.log_dialog import LogSegmentDialog
    from contactdesk.ui.merge.merge_dialog import MergeDialog
    from contactdesk.ui.segments.contact_picker import ContactPickerDialog
    from contactdesk.ui.segments.criteria_dialog import CriteriaDialog
    from contactdesk.ui.segments.saved_criteria_dialog import CriteriaNameDialog
    from contactdesk.ui.segments.worksheet import SegmentWorksheet
    from contactdesk.ui.settings_dialog import SettingsDialog
    from contactdesk.ui.setup.code_dialog import CodeDialog
    from contactdesk.ui.setup.number_series_dialog import NumberSeriesDialog
    from contactdesk.ui.setup.salesperson_dialog import SalespersonDialog
    from contactdesk.ui.setup.template_dialog import TemplateDialog
    from contactdesk.ui.setup.user_dialog import UserDialog
    from contactdesk.ui.wizard.interaction_wizard import InteractionWizard

    return [
        ContactCard(),
        SegmentWorksheet(create_segment("Keys")),
        CriteriaDialog(demo_segment, CriteriaAction.ADD),
        CriteriaDialog(demo_segment, CriteriaAction.REDUCE),
        CriteriaNameDialog("Save criteria"),
        ContactPickerDialog(),
        LogSegmentDialog(demo_segment),
        MergeDialog(demo_segment),
        InteractionWizard(InteractionRequest()),
        ImportWizard(),
        ExportDialog(),
        StatisticsDialog(),
        SettingsDialog(settings),
        ConnectDialog(settings),
        CodeDialog("territory", "Territory"),
        NumberSeriesDialog(),
        SalespersonDialog(),
        TemplateDialog(),
        UserDialog(),
        CampaignCard(create_campaign(CampaignData(description="Keys")).no),
    ]


@pytest.mark.parametrize("language", ["en", "nl", "nb"])
def test_no_page_or_dialog_uses_a_letter_twice(qtbot, demo_database, settings, qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    """Buttons, check boxes, labels' buddies, group boxes and tabs of one page or dialog each have their own letter."""
    from contactdesk.crm import segments
    from contactdesk.ui.main_window import MainWindow

    install_translators(qapp, language)
    try:
        demo_segment = next(s.no for s in segments.list_segments() if s.template_code == "WELCOME")
        window = MainWindow(demo_database.target, settings)
        qtbot.addWidget(window)
        window.show()
        clashes: dict[str, Any] = {}
        for row in range(len(window.page_actions())):
            window.show_page_at(row)
            page = window.stack.currentWidget()
            clashes[page.objectName()] = _window_clashes(window)
        for dialog in _dialogs(demo_segment, settings):
            qtbot.addWidget(dialog)
            dialog.show()
            pages = [dialog.page(i) for i in dialog.pageIds()] if isinstance(dialog, QWizard) else [None]
            for index, _page in enumerate(pages):
                if isinstance(dialog, QWizard) and index:
                    dialog.setStartId(dialog.pageIds()[index])
                    dialog.restart()
                clashes[f"{dialog.objectName()}:{index}"] = _window_clashes(dialog)
            dialog.close()
        assert {name: found for name, found in clashes.items() if found} == {}
    finally:
        install_translators(qapp, "en")
