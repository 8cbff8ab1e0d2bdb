"""The Campaigns page: every campaign with its statistics; new, open, activate, create interaction, delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import campaigns
from contactdesk.crm.campaign_data import CampaignRow
from contactdesk.crm.changes import ANY_TABLE
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui import errors, keys, messages, sizing
from contactdesk.ui.campaigns.activation import toggle_activation
from contactdesk.ui.campaigns.texts import CampaignTexts
from contactdesk.ui.dates import short_date
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.formatting import amount
from contactdesk.ui.menu_button import TOOL_BUTTON_STYLE
from contactdesk.ui.models.column_model import Column, ColumnTableModel
from contactdesk.ui.pages.list_page import SortProxy, list_table, load_rows
from contactdesk.ui.pages.numbered_list import NumberedListPage
from contactdesk.ui.placeholders import fill
from contactdesk.ui.search_field import SearchField

translate = QCoreApplication.translate


def _yes(flag: bool) -> str:
    return translate("CampaignsPage", "Yes") if flag else ""


# The figures come right after the dates: at the window's usual width they are what a user looks for, and
# the columns after them (activated, status, salesperson) may need a scroll in the longer languages.
COLUMNS: list[Column[CampaignRow]] = [
    Column(lambda: translate("CampaignsPage", "No."), lambda r: r.no),
    Column(lambda: translate("CampaignsPage", "Description"), lambda r: r.campaign.description),
    Column(
        lambda: translate("CampaignsPage", "Starting date"),
        lambda r: r.campaign.starting_date,
        display=lambda r: short_date(r.campaign.starting_date),
    ),
    Column(
        lambda: translate("CampaignsPage", "Ending date"),
        lambda r: r.campaign.ending_date,
        display=lambda r: short_date(r.campaign.ending_date),
    ),
    Column(lambda: translate("CampaignsPage", "Interactions"), lambda r: r.statistics.interactions, align_right=True),
    Column(
        lambda: translate("CampaignsPage", "Cost"),
        lambda r: r.statistics.cost,
        align_right=True,
        display=lambda r: amount(r.statistics.cost),
    ),
    Column(lambda: translate("CampaignsPage", "Duration (min)"), lambda r: r.statistics.duration, align_right=True),
    Column(
        lambda: translate("CampaignsPage", "Activated"),
        lambda r: r.campaign.activated,
        display=lambda r: _yes(r.campaign.activated),
    ),
    Column(lambda: translate("CampaignsPage", "Status"), lambda r: r.campaign.status_code),
    Column(lambda: translate("CampaignsPage", "Salesperson"), lambda r: r.campaign.salesperson_code),
]


class CampaignsPage(NumberedListPage[CampaignRow]):
    """Lists campaigns; the card opens one (a new one gets its number on Save)."""

    row_type = CampaignRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_campaigns")
        self.texts = CampaignTexts(self)
        self.card: QWidget | None = None
        self.model: ColumnTableModel[CampaignRow] = ColumnTableModel(COLUMNS, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = list_table("campaignsTable", self.tr("Campaigns"), self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.open_campaign())
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self.update_actions())
        self.stack = EmptyState(self.table, self.model, "campaignsEmpty", self)
        self.empty = self.stack.panel
        self.stack.set_empty(
            self.tr("No campaigns yet"),
            self.tr(
                "A campaign gathers the segments and interactions of one marketing effort, and counts what they "
                "cost. Create one, then choose it on a segment or in Create interaction."
            ),
        )
        self.empty_new_button = self.stack.add_action("campaignsEmptyNew", self.tr("New campaign"), self.new_campaign)
        self.search = SearchField(
            "campaignSearch", self.tr("Search campaigns"), self.tr("Search by number or description"), self
        )
        self.search.searched.connect(lambda _text: self.refresh())
        self.search.setMaximumWidth(260)
        sizing.fit_placeholder(self.search)
        self.stack.set_clear(self.search.clear_search)
        self.toolbar = QToolBar(self.tr("Campaign actions"), self)
        self.toolbar.setObjectName("campaignsToolbar")
        self.toolbar.setToolButtonStyle(TOOL_BUTTON_STYLE)
        self.new_action = self._action("campaignNew", self.tr("&New campaign"), self.new_campaign)
        self.open_action = self._action("campaignOpen", self.tr("&Open"), self.open_campaign)
        self.activate_action = self._action("campaignActivate", self.tr("&Activate"), self.toggle_activated)
        self.interaction_action = self._action(
            "campaignNewInteraction", self.tr("Create &interaction…"), self.create_interaction
        )
        self.delete_action = self._action("campaignDelete", self.tr("&Delete…"), self.delete_campaign)
        for action in self.toolbar.actions():
            keys.name_shortcut_in_tip(action)
        keys.bind_row_keys(self.table, self.open_campaign, self.delete_campaign)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search)
        search_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(search_row)
        layout.addWidget(self.stack)

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.toolbar.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("Campaigns")

    def others_changed(self, tables: set[str]) -> None:
        """Someone else changed campaigns or their entries: re-read, keeping the place."""
        if tables & {"campaign", "campaign_entry", "interaction_log_entry", ANY_TABLE}:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the list, keeping the selection."""
        self.search.cancel_pending()
        selected = self.current_no()
        rows = load_rows(self, self.table, self.model, lambda: campaigns.list_campaigns(self.search.text()))
        query = self.search.query()
        self.stack.set_filtered(fill(self.tr("No campaign matches \u201c%1\u201d."), query) if query else "")
        if rows:
            self.select_no(selected or rows[-1].no)
        self.update_actions()
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        return self.texts.campaigns(self.model.rowCount())

    def update_actions(self) -> None:
        """Actions on a campaign need one selected; Activate says which way it goes."""
        row = self.current()
        for action in (self.open_action, self.activate_action, self.interaction_action, self.delete_action):
            action.setEnabled(row is not None)
        active = row is not None and row.campaign.activated
        self.activate_action.setText(self.tr("De&activate") if active else self.tr("&Activate"))

    def new_campaign(self) -> None:
        """An empty card; Save numbers it."""
        self._show_card("")

    def open_campaign(self) -> None:
        """The selected campaign's card."""
        if self.current_no():
            self._show_card(self.current_no())

    def _show_card(self, no: str) -> None:
        from contactdesk.ui.campaigns.campaign_card import CampaignCard

        card = CampaignCard(no, self)
        card.finished.connect(lambda _result: self._card_closed(card))
        self.card = card
        card.show()

    def _card_closed(self, card: QWidget) -> None:
        self.refresh()
        saved = getattr(card, "saved_key", "")
        if saved:
            self.select_no(saved)

    def toggle_activated(self) -> None:
        """Activate the selected campaign (its targets' companies join its target group), or deactivate it."""
        row = self.current()
        if row is None:
            return
        title = self.tr("Campaigns")
        said = toggle_activation(self, self.texts, title, row.no, row.campaign.activated)
        if said is None:
            return
        self.refresh()
        messages.information(self, title, said)

    def create_interaction(self) -> None:
        """The Create Interaction wizard with this campaign chosen (and locked)."""
        from contactdesk.ui.wizard.interaction_wizard import start_interaction_wizard

        if self.current_no():
            wizard = start_interaction_wizard(self, campaign_no=self.current_no())
            if wizard is not None:
                wizard.interaction_logged.connect(lambda *_args: self.refresh())

    def delete_campaign(self) -> None:
        """Delete the selected campaign, after asking; one with entries is refused with the reason."""
        row = self.current()
        if row is None:
            return
        question = self.texts.delete_question(row.no, row.campaign.description)
        if not messages.confirm(self, self.tr("Delete campaign"), question):
            return
        try:
            campaigns.delete_campaign(row.no)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
        self.refresh()
