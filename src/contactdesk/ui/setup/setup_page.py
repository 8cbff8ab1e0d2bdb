"""Setup page: one tab per setup area."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from contactdesk.ui import roles
from contactdesk.ui.pages.base import Page
from contactdesk.ui.setup.codes_tab import CodesTab
from contactdesk.ui.setup.company_info_tab import CompanyInfoTab
from contactdesk.ui.setup.field_laptops_tab import FieldLaptopsTab
from contactdesk.ui.setup.marketing_setup_tab import MarketingSetupTab
from contactdesk.ui.setup.number_series_tab import NumberSeriesTab
from contactdesk.ui.setup.salespeople_tab import SalespeopleTab
from contactdesk.ui.setup.setup_tab import SetupTab
from contactdesk.ui.setup.templates_tab import TemplatesTab
from contactdesk.ui.setup.users_tab import UsersTab


class SetupPage(Page):
    """Tabs for every setup table; only the tab on screen reads the database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_setup")
        self.setAccessibleName(self.tr("Setup"))
        self.salespeople = SalespeopleTab(self)
        self.codes = CodesTab(self)
        self.templates = TemplatesTab(self)
        self.number_series = NumberSeriesTab(self)
        self.marketing = MarketingSetupTab(self)
        self.company = CompanyInfoTab(self)
        self.users = UsersTab(self)
        self.field_laptops = FieldLaptopsTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("setupTabs")
        self.tabs.setAccessibleName(self.tr("Setup areas"))
        self.tabs.setDocumentMode(True)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, tab.title())
            tab.status_changed.connect(self._tab_status)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def all_tabs(self) -> list[SetupTab]:
        """The tabs in order."""
        return [
            self.salespeople,
            self.codes,
            self.templates,
            self.number_series,
            self.marketing,
            self.company,
            self.users,
            self.field_laptops,
        ]

    def title(self) -> str:
        return self.tr("Setup")

    def current_tab(self) -> SetupTab:
        """The tab on screen."""
        widget = self.tabs.currentWidget()
        assert isinstance(widget, SetupTab)
        return widget

    def show_tab(self, tab: SetupTab) -> None:
        """Bring a tab to the front (it refreshes)."""
        if self.tabs.currentWidget() is tab:
            self.refresh()
        else:
            self.tabs.setCurrentWidget(tab)

    def refresh(self) -> None:
        self._follow_role()
        self.current_tab().refresh()
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        return self.current_tab().status_text()

    def _follow_role(self) -> None:
        """Staff see setup read-only and no Users tab; asked on every refresh, as the database may change."""
        admin = roles.is_admin()
        for tab in self.all_tabs():
            tab.set_read_only(not admin)
        self.tabs.setTabVisible(self.tabs.indexOf(self.users), admin)
        self.tabs.setTabVisible(self.tabs.indexOf(self.field_laptops), FieldLaptopsTab.applies())

    def _tab_changed(self, _index: int) -> None:
        self.refresh()

    def _tab_status(self, text: str) -> None:
        if self.sender() is self.current_tab():
            self.status_changed.emit(text)
