"""The lower half of the campaign card: its entries (cancel, restore, delete), interactions, segments, targets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import campaign_entries, campaign_targets, campaigns
from contactdesk.crm.campaign_data import CampaignEntryRow, CampaignSegment
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.interaction_log import EntryFilter
from contactdesk.ui import errors, messages, sizing
from contactdesk.ui.campaigns.texts import CampaignTexts
from contactdesk.ui.dates import short_date
from contactdesk.ui.empty_state import EmptyState
from contactdesk.ui.interactions.entries_model import EntriesModel
from contactdesk.ui.models.column_model import Column, ColumnTableModel
from contactdesk.ui.pages.list_page import list_table

translate = QCoreApplication.translate
NOTHING = "-"  # a campaign number no series makes: the interactions tab of a new campaign stays empty
ENTRY_COLUMNS = ["entry_no", "date", "contact_no", "contact_name", "template", "description", "cost", "canceled"]


def _yes(flag: bool) -> str:
    return translate("CampaignDetails", "Yes") if flag else ""


CAMPAIGN_ENTRY_COLUMNS: list[Column[CampaignEntryRow]] = [
    Column(lambda: translate("CampaignDetails", "Entry No."), lambda r: r.entry_no, align_right=True),
    Column(lambda: translate("CampaignDetails", "Date"), lambda r: r.date, display=lambda r: short_date(r.date)),
    Column(lambda: translate("CampaignDetails", "Description"), lambda r: r.description),
    # What Cancel and Delete act on comes before the segment numbers, so it shows without scrolling.
    Column(lambda: translate("CampaignDetails", "Interactions"), lambda r: r.interactions, align_right=True),
    Column(lambda: translate("CampaignDetails", "Canceled"), lambda r: r.canceled, display=lambda r: _yes(r.canceled)),
    Column(lambda: translate("CampaignDetails", "Segment No."), lambda r: r.segment_no),
    Column(lambda: translate("CampaignDetails", "Logged segment"), lambda r: r.logged_segment_no),
    Column(lambda: translate("CampaignDetails", "User"), lambda r: r.user_id),
]
SEGMENT_COLUMNS: list[Column[CampaignSegment]] = [
    Column(lambda: translate("CampaignDetails", "Segment No."), lambda r: r.segment_no),
    Column(lambda: translate("CampaignDetails", "Description"), lambda r: r.description),
    Column(lambda: translate("CampaignDetails", "Date"), lambda r: r.date, display=lambda r: short_date(r.date)),
    Column(lambda: translate("CampaignDetails", "Logged segment"), lambda r: r.logged_no),
    Column(lambda: translate("CampaignDetails", "Canceled"), lambda r: r.canceled, display=lambda r: _yes(r.canceled)),
]


class CampaignDetails(QTabWidget):
    """Four tabs about one campaign; changes to its entries go through the services, each after a question."""

    def __init__(self, texts: CampaignTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignDetails")
        self.texts = texts
        self.no = ""
        self.changed_callbacks: list[Callable[[], None]] = []
        self.entries: ColumnTableModel[CampaignEntryRow] = ColumnTableModel(CAMPAIGN_ENTRY_COLUMNS, self)
        entries_tab = QWidget(self)
        entries_tab.setObjectName("campaignEntriesTab")
        self.entry_table = list_table("campaignEntriesTable", self.tr("Campaign entries"), entries_tab)
        self.entry_table.setModel(self.entries)
        self.entry_table.selectionModel().selectionChanged.connect(lambda *_args: self.update_buttons())
        self.cancel_button = QPushButton(self.tr("Ca&ncel or restore"), entries_tab)
        self.cancel_button.setObjectName("campaignEntryCancel")
        self.cancel_button.setToolTip(
            self.tr("Cancel the selected campaign entries with their interactions, or restore them")
        )
        self.cancel_button.clicked.connect(self.toggle_canceled)
        self.delete_button = QPushButton(self.tr("De&lete canceled entries…"), entries_tab)
        self.delete_button.setObjectName("campaignEntryDelete")
        self.delete_button.clicked.connect(self.delete_canceled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(entries_tab)
        layout.addWidget(self.entry_table)
        layout.addLayout(buttons)
        self.addTab(entries_tab, self.tr("Campaign entries"))
        self.interactions = EntriesModel(ENTRY_COLUMNS, self)
        self.interactions.set_filter(EntryFilter(campaign_no=NOTHING))
        self.interaction_table = list_table("campaignInteractionsTable", self.tr("Interactions"), self)
        self.interaction_table.setModel(self.interactions)
        self.addTab(self.interaction_table, self.tr("Interactions"))
        self.segments: ColumnTableModel[CampaignSegment] = ColumnTableModel(SEGMENT_COLUMNS, self)
        self.segment_table = list_table("campaignSegmentsTable", self.tr("Segments"), self)
        self.segment_table.setModel(self.segments)
        self.addTab(self.segment_table, self.tr("Segments"))
        # The model is the details' own, not a QListWidget's: a list widget empties its rows while it is being
        # destroyed, and the empty state would then follow a model whose view is half gone.
        self.target_model = QStringListModel(self)
        self.targets = QListView(self)
        self.targets.setObjectName("campaignTargetGroup")
        self.targets.setAccessibleName(self.tr("Target group"))
        self.targets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targets.setModel(self.target_model)
        # An empty group says why: not activated yet, or nothing marked as a target.
        self.target_state = EmptyState(self.targets, self.target_model, "campaignTargetsEmpty", self)
        self.addTab(self.target_state, self.tr("Target group"))

    def show_campaign(self, no: str) -> None:
        """Read everything about campaign `no` again."""
        self.no = no
        try:
            self.entries.set_rows(campaign_entries.list_entries(no) if no else [])
            self.segments.set_rows(campaigns.segments_of(no) if no else [])
            companies = campaign_targets.target_companies(no) if no else []
            activated = campaigns.get_campaign(no).activated if no else False
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            return
        self.interactions.set_filter(EntryFilter(campaign_no=no or NOTHING))
        self.target_model.setStringList([f"{contact_no}  {name}" for contact_no, name in companies])
        self.target_state.set_empty(*self.texts.empty_targets(activated))
        for table in (self.entry_table, self.interaction_table, self.segment_table):
            table.resizeColumnsToContents()
            sizing.fit_headers(table)
        self.update_buttons()

    def selected_entries(self) -> list[CampaignEntryRow]:
        """The campaign entries selected in the first tab."""
        rows = {index.row() for index in self.entry_table.selectionModel().selectedRows()}
        return [row for row in (self.entries.row_at(number) for number in sorted(rows)) if row is not None]

    def update_buttons(self) -> None:
        """Cancel needs a selection; Delete needs a canceled entry among them."""
        chosen = self.selected_entries()
        self.cancel_button.setEnabled(bool(chosen))
        self.delete_button.setEnabled(any(row.canceled for row in chosen))

    def changed(self) -> None:
        """Read the campaign again and tell the card (its statistics changed)."""
        self.show_campaign(self.no)
        for callback in self.changed_callbacks:
            callback()

    def toggle_canceled(self) -> None:
        """Cancel the selected entries (their interactions follow), or restore them when all are canceled."""
        chosen = self.selected_entries()
        if not chosen:
            return
        restore = all(row.canceled for row in chosen)
        question = self.texts.cancel_question(len(chosen), restore)
        if not messages.confirm(self, self.tr("Campaign entries"), question, default_yes=True):
            return
        try:
            campaign_entries.set_canceled([row.entry_no for row in chosen], not restore)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
        self.changed()

    def delete_canceled(self) -> None:
        """ "Delete campaign entries": the selected canceled entries and their interaction log entries."""
        chosen = [row for row in self.selected_entries() if row.canceled]
        if not chosen or not messages.confirm(
            self, self.tr("Campaign entries"), self.texts.delete_entries_question(len(chosen))
        ):
            return
        try:
            deleted = campaign_entries.delete_canceled([row.entry_no for row in chosen])
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem)
            return
        self.changed()
        messages.information(self, self.tr("Campaign entries"), self.texts.entries_deleted(deleted))
