"""Import step 2: which column holds what, with the first rows of the file to go by."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from contactdesk.crm.imports.checker import NAME_FIELDS
from contactdesk.ui import sizing
from contactdesk.ui.contacts_io.field_delegate import FieldDelegate
from contactdesk.ui.contacts_io.mapping_model import FIELD_COLUMN, MappingModel
from contactdesk.ui.contacts_io.preview_model import PreviewModel
from contactdesk.ui.contacts_io.texts import ImportTexts
from contactdesk.ui.placeholders import fill

if TYPE_CHECKING:
    from contactdesk.ui.contacts_io.import_wizard import ImportWizard


class MappingPage(QWizardPage):
    """A recognised layout arrives mapped; any other file gets a guess from its headers to correct."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("importMappingPage")
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("What each column of the file holds. Nothing has been written yet."))
        self.texts = ImportTexts(self)
        self.layout_label = QLabel(self)
        self.layout_label.setObjectName("importLayout")
        self.layout_label.setWordWrap(True)
        self.model = MappingModel(self)
        self.model.mapping_changed.connect(self._mapping_changed)
        self.table = self._table("importMappingTable", self.tr("Columns and fields"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(FIELD_COLUMN, FieldDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.preview_model = PreviewModel(self)
        self.preview = self._table("importPreviewTable", self.tr("First rows of the file"))
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().show()
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 8)
        holder = QWidget(self)
        preview_layout = QVBoxLayout(holder)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("First rows of the file:"), holder))
        preview_layout.addWidget(self.preview)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(holder)
        splitter.setSizes([260, 160])
        layout = QVBoxLayout(self)
        layout.addWidget(self.layout_label)
        layout.addWidget(splitter, 1)

    def _table(self, name: str, accessible: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def initializePage(self) -> None:
        source = self.wizard_.source
        self.model.set_source(source, self.wizard_.mapping or None)
        self.preview_model.set_source(source)
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, FIELD_COLUMN))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 220)
        self.preview.resizeColumnsToContents()
        sizing.fit_headers(self.preview)
        if source is not None and source.recognised:
            text = self.tr("Recognised as: %1. Check the columns below, or change what a column is imported as.")
            self.layout_label.setText(fill(text, self.texts.layout_name(source.layout)))
        else:
            self.layout_label.setText(
                self.tr(
                    "The layout of this file is not one ContactDesk knows. Choose for each "
                    "column what it holds; columns left at “(not imported)” are ignored."
                )
            )

    def _mapping_changed(self) -> None:
        self.wizard_.mapping = self.model.mapping()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return any(field in NAME_FIELDS for field in self.model.mapping().values())

    def validatePage(self) -> bool:
        self.wizard_.mapping = self.model.mapping()
        return True
