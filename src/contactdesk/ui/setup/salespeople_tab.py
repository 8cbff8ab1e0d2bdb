"""Setup → Salespeople."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from contactdesk.crm.salespeople import SalespersonData, delete_salesperson, list_salespeople
from contactdesk.ui.models.column_model import Column
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.list_tab import ListTab
from contactdesk.ui.setup.salesperson_dialog import SalespersonDialog


class SalespeopleTab(ListTab[SalespersonData]):
    """The salespeople contacts, segments and interactions are assigned to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        yes = self.tr("Yes")
        columns: list[Column[SalespersonData]] = [
            Column(lambda: self.tr("Code"), lambda r: r.code),
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("Job title"), lambda r: r.job_title),
            Column(lambda: self.tr("E-mail"), lambda r: r.email),
            Column(lambda: self.tr("Phone"), lambda r: r.phone_no),
            Column(lambda: self.tr("Commission %"), lambda r: r.commission_pct, align_right=True),
            Column(lambda: self.tr("Blocked"), lambda r: r.blocked, display=lambda r: yes if r.blocked else ""),
            Column(
                lambda: self.tr("Privacy blocked"),
                lambda r: r.privacy_blocked,
                display=lambda r: yes if r.privacy_blocked else "",
            ),
        ]
        super().__init__("setupSalespeople", self.tr("Salespeople"), columns, parent)
        # Spec 2.11: the Create Interaction wizard can start from a salesperson, who stays on it.
        self.interaction_button = QPushButton(self.tr("Create &interaction…"), self)
        self.interaction_button.setObjectName("setupSalespeopleCreateInteraction")
        self.interaction_button.setAccessibleName(self.tr("Create interaction for the selected salesperson"))
        self.interaction_button.clicked.connect(lambda _checked=False: self.create_interaction())
        self.button_row.insertWidget(3, self.interaction_button)
        self.current_changed.connect(lambda: self.interaction_button.setEnabled(self.current_record() is not None))
        self.interaction_button.setEnabled(False)

    def create_interaction(self) -> None:
        """The wizard with the selected salesperson fixed."""
        row = self.current_record()
        if row is None:
            return
        from contactdesk.ui.wizard.interaction_wizard import start_interaction_wizard

        self.interaction_wizard = start_interaction_wizard(self, salesperson_code=row.code)

    def load(self) -> list[SalespersonData]:
        return list_salespeople(include_blocked=True)

    def key_of(self, row: SalespersonData) -> str:
        return row.code

    def edit_dialog(self, row: SalespersonData | None) -> SalespersonDialog:
        return SalespersonDialog(row, self)

    def delete_record(self, row: SalespersonData) -> None:
        delete_salesperson(row.code)

    def delete_question(self, row: SalespersonData) -> str:
        return fill(
            self.tr(
                "Delete salesperson %1 (%2)? Contacts assigned to this salesperson will have none. "
                "This cannot be undone."
            ),
            row.code,
            row.name,
        )

    def empty_text(self) -> str:
        return self.tr(
            "No salespeople yet. Click New to add the first one; contacts, segments and "
            "interactions can then be assigned to them."
        )

    def status_text(self) -> str:
        return self.tr("%n salesperson(s)", "", self.model.rowCount())
