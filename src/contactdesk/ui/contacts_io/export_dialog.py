"""File → Export contacts: all, the current search result or a segment's, to .csv or .vcf."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import exports
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.exports import ExportScope
from contactdesk.ui import errors, messages
from contactdesk.ui.placeholders import fill
from contactdesk.ui.progress import run_with_progress


def excel_delimiter(locale: QLocale | None = None) -> str:
    """Excel splits a .csv on the list separator: ';' where numbers use a decimal comma (NL, NO), else ','."""
    return ";" if (locale or QLocale()).decimalPoint() == "," else ","


class ExportDialog(QDialog):
    """Scope, file and vCard version; Export runs behind a cancellable progress window."""

    def __init__(self, parent: QWidget | None = None, query: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export contacts"))
        self.setAccessibleName(self.tr("Export contacts"))
        self.query = query.strip()
        self.exported = -1
        scope_box = QGroupBox(self.tr("Which contacts"), self)
        self.scope = QButtonGroup(self)
        self.all_button = self._scope_button(scope_box, "exportScopeAll", self.tr("&All contacts"))
        self.search_button = self._scope_button(
            scope_box,
            "exportScopeSearch",
            fill(self.tr("The current &search result: “%1”"), self.query)
            if self.query
            else self.tr("The current &search result (no search entered)"),
        )
        self.search_button.setEnabled(bool(self.query))
        self.segment_button = self._scope_button(scope_box, "exportScopeSegment", self.tr("The contacts on se&gment"))
        self.segment = QComboBox(scope_box)
        self.segment.setObjectName("exportSegment")
        self.segment.setAccessibleName(self.tr("Segment"))
        for no, description in exports.list_segments():
            self.segment.addItem(f"{no}  {description}".strip(), no)
        self.segment_button.setEnabled(self.segment.count() > 0)
        self.segment.setEnabled(False)
        self.segment_button.toggled.connect(self.segment.setEnabled)
        self.all_button.setChecked(True)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.all_button)
        scope_layout.addWidget(self.search_button)
        segment_row = QHBoxLayout()
        segment_row.addWidget(self.segment_button)
        segment_row.addWidget(self.segment, 1)
        scope_layout.addLayout(segment_row)
        self.path = QLineEdit(self)
        self.path.setObjectName("exportFilePath")
        self.path.setAccessibleName(self.tr("File to write"))
        self.path.setPlaceholderText(self.tr("contacts.csv or contacts.vcf"))
        self.path.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.version = QComboBox(self)
        self.version.setObjectName("exportVcardVersion")
        self.version.addItem(self.tr("3.0 (Outlook, Google, most phones)"), "3.0")
        self.version.addItem(self.tr("4.0"), "4.0")
        form = QFormLayout()
        # A label given as text gets no buddy when its field is a layout: build it so Alt+F works.
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&vCard version:"), self.version)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addStrut(520)  # a width the layout's own minimum adds to
        layout.addWidget(scope_box)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._path_changed("")

    def _scope_button(self, parent: QWidget, name: str, text: str) -> QRadioButton:
        button = QRadioButton(text, parent)
        button.setObjectName(name)
        self.scope.addButton(button)
        return button

    def _path_changed(self, text: str) -> None:
        suffix = Path(text.strip()).suffix.lower()
        self.version.setEnabled(suffix in (".vcf", ".vcard"))
        self.export_button.setEnabled(suffix in (".csv", ".txt", ".vcf", ".vcard"))

    def browse(self) -> None:
        """Choose where to write; the filter picks the extension when none is typed."""
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export contacts"),
            self.path.text() or "contacts.csv",
            self.tr("CSV for Excel (*.csv);;vCard (*.vcf)"),
        )
        if path:
            if not Path(path).suffix:
                path += ".vcf" if "vcf" in chosen else ".csv"
            self.path.setText(path)

    def selected_scope(self) -> ExportScope:
        """What the radio buttons say."""
        if self.search_button.isChecked():
            return ExportScope(exports.SEARCH, query=self.query)
        if self.segment_button.isChecked():
            return ExportScope(exports.SEGMENT, segment_no=str(self.segment.currentData() or ""))
        return ExportScope(exports.ALL)

    def export(self) -> None:
        """Write the file; the dialog stays open when it could not be written."""
        path = self.path.text().strip()
        scope = self.selected_scope()
        version = str(self.version.currentData())
        delimiter = excel_delimiter()
        try:
            total = exports.count_contacts(scope)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, self.tr("Export contacts"))
            return
        count = run_with_progress(
            self,
            self.tr("Exporting %n contact(s)…", "", total),
            total,
            lambda report: exports.export_contacts(path, scope, version, delimiter, report),
        )
        if count is None:
            return
        self.exported = int(count)
        messages.information(
            self, self.tr("Export contacts"), fill(self.tr("%n contact(s) exported to %1.", "", self.exported), path)
        )
        self.accept()
