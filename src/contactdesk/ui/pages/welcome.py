"""The first screen on an empty database: load sample data or create the first contact."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeWidget(QWidget):
    """Never a bare empty grid: say what ContactDesk is and offer the two ways to start."""

    load_sample_requested = Signal()
    new_contact_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to ContactDesk"), self)
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Keep your contacts, group them into segments, record every interaction and send personal "
                "Word letters — all on this computer, also without a network.\n\n"
                "Your database is still empty. Load a set of sample companies and persons from the Netherlands, "
                "Norway and the United Kingdom to look around, or start with your own first contact."
            ),
            self,
        )
        text.setWordWrap(True)
        self.sample_button = QPushButton(self.tr("Load sample data"), self)
        self.sample_button.setObjectName("loadSampleData")
        self.sample_button.clicked.connect(self.load_sample_requested)
        self.new_button = QPushButton(self.tr("Create the first contact"), self)
        self.new_button.setObjectName("createFirstContact")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_contact_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        # A fixed-width column: word-wrapped labels only get their full height without alignment flags.
        column = QWidget(self)
        column.setMaximumWidth(620)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(16)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(column, 1)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
