"""Import check: the classification codes a file uses that are not set up, each once, ticked to create them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm.contact_class_kinds import BUSINESS_RELATION, INDUSTRY_GROUP, JOB_RESPONSIBILITY, MAILING_GROUP
from contactdesk.crm.imports.results import UnknownCode
from contactdesk.ui.placeholders import fill

Code = tuple[str, str]


class UnknownCodesBox(QGroupBox):
    """Hidden while the file names only codes that are set up; `recheck` asks for a check creating `chosen()`."""

    recheck = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importUnknownCodes")
        self.setTitle(self.tr("Codes that are not set up yet"))
        self.intro = QLabel(
            self.tr("Tick the codes the import should create (you can describe them under Setup afterwards)."),
            self,
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("importUnknownCodesList")
        self.list.setAccessibleName(self.tr("Codes that are not set up yet"))
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 5 + 12)
        self.create_button = QPushButton(self.tr("C&reate the ticked codes and check again"), self)
        self.create_button.setObjectName("importCreateCodes")
        self.create_button.clicked.connect(self.recheck.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        self.hide()

    def kind_label(self, kind: str) -> str:
        """The singular name of a kind of code."""
        labels = {
            INDUSTRY_GROUP: self.tr("Industry group"),
            BUSINESS_RELATION: self.tr("Business relation"),
            MAILING_GROUP: self.tr("Mailing group"),
            JOB_RESPONSIBILITY: self.tr("Job responsibility"),
        }
        return labels.get(kind, kind)

    def set_codes(self, unknown: list[UnknownCode], chosen: set[Code]) -> None:
        """List each code once, ticked when the user chose to create it."""
        self.list.clear()
        for found in unknown:
            text = fill(
                self.tr("%1 %2 (%n row(s), first row %3)", "", found.rows),
                self.kind_label(found.kind),
                found.code,
                str(found.first_row),
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, (found.kind, found.code))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            key = (found.kind, found.code)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        self.setVisible(bool(unknown))

    def chosen(self) -> set[Code]:
        """The codes ticked to create."""
        picked: set[Code] = set()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                kind, code = item.data(Qt.ItemDataRole.UserRole)
                picked.add((str(kind), str(code)))
        return picked
