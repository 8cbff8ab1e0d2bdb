"""A combo box of import fields for the mapping table's "Import as" column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from contactdesk.crm.imports.fields import IMPORT_FIELDS
from contactdesk.ui.contacts_io.mapping_model import FIELD_ROLE
from contactdesk.ui.contacts_io.texts import ImportTexts

Index = QModelIndex | QPersistentModelIndex


class FieldDelegate(QStyledItemDelegate):
    """Edits the field key; the choice is written to the model as soon as it changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = ImportTexts(self)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName(f"mappingField_{index.row()}")
        combo.setAccessibleName(self.tr("Import as"))
        for field in ("", *IMPORT_FIELDS):
            combo.addItem(self.texts.field_label(field), field)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(FIELD_ROLE) or "")
            editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), FIELD_ROLE)
