"""The language versions of one interaction template, each with its Word document: import, export, open, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import lookups
from contactdesk.crm import templates as template_service
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.crm.templates import TemplateLanguageData
from contactdesk.ui import errors, messages, roles, sizing
from contactdesk.ui.models.column_model import Column, ColumnTableModel
from contactdesk.ui.open_document import open_document, scratch_folder
from contactdesk.ui.placeholders import fill


class TemplateLanguagesPanel(QGroupBox):
    """Shows the chosen template's language versions; the buttons act on the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Languages"), parent)
        self.setObjectName("templateLanguages")
        self.code = ""
        self.default_language = ""
        self.read_only = False
        self._names: dict[str, str] = {}
        self._versions: dict[str, int] = {}
        self._syncing = False
        columns: list[Column[TemplateLanguageData]] = [
            Column(lambda: self.tr("Language"), lambda r: r.language_code, display=self._language_text),
            Column(lambda: self.tr("Description"), lambda r: r.description),
            Column(
                lambda: self.tr("Default"),
                lambda r: r.language_code == self.default_language,
                display=lambda r: self.tr("Yes") if r.language_code == self.default_language else "",
            ),
            Column(
                lambda: self.tr("Word document"),
                lambda r: r.file_name,
                display=lambda r: r.file_name if r.has_attachment else self.tr("(none)"),
            ),
        ]
        self.model: ColumnTableModel[TemplateLanguageData] = ColumnTableModel(columns, self)
        self.table = QTableView(self)
        self.table.setObjectName("templateLanguagesTable")
        self.table.setAccessibleName(self.tr("Language versions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(lambda _index: self.open_document())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._current_moved())
        self.hint = QLabel(self)
        self.hint.setObjectName("templateLanguagesHint")
        self.hint.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.setObjectName("templateImportLanguage")
        self.language.setAccessibleName(self.tr("Language version"))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.currentIndexChanged.connect(lambda _index: self._language_chosen())
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        self.import_button = self._button(
            "templateImport",
            self.tr("&Import…"),
            self.import_document,
            self.tr("Store a Word document (.docx) as this language's version"),
        )
        self.export_button = self._button(
            "templateExport",
            self.tr("E&xport…"),
            self.export_document,
            self.tr("Save a copy of the selected version's Word document"),
        )
        self.open_button = self._button(
            "templateOpen", self.tr("&Open"), self.open_document, self.tr("Open the selected version's Word document")
        )
        self.remove_button = self._button(
            "templateRemove",
            self.tr("&Remove"),
            self.remove_document,
            self.tr("Take the Word document off the selected version"),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(language_label)
        buttons.addWidget(self.language)
        for button in (self.import_button, self.export_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.set_template("")

    def _button(self, name: str, text: str, slot: object, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def _language_text(self, row: TemplateLanguageData) -> str:
        name = self._names.get(row.language_code, "")
        return f"{row.language_code} – {name}" if name else row.language_code

    def set_template(self, code: str, default_language: str = "") -> None:
        """Show the versions of a template ('' shows none)."""
        self.code = code
        self.default_language = default_language
        self.setTitle(fill(self.tr("Languages of %1"), code) if code else self.tr("Languages"))
        self.refresh()

    def refresh(self) -> None:
        """Re-read the versions, keeping the chosen language (else the default one) chosen."""
        chosen = self.language.currentData() if self.language.count() else None
        rows: list[TemplateLanguageData] = []
        languages: list[tuple[str, str]] = []
        # Without a template there is nothing to read (and the page is built before a database is open).
        if self.code:
            try:
                languages = lookups.list_languages()
                rows = template_service.list_template_languages(self.code)
            except (DomainError, StoreError) as problem:
                errors.show_error(self, problem)
        self._names = dict(languages)
        self._syncing = True
        self.language.clear()
        for code, name in languages:
            self.language.addItem(f"{code} – {name}", code)
        self.model.set_rows(rows)
        # The version of each row as shown: a document swap from an older view is refused.
        self._versions = {row.language_code: row.version for row in rows}
        self.table.resizeColumnsToContents()
        sizing.fit_headers(self.table)
        self._syncing = False
        present = [row.language_code for row in rows]
        wanted = next((code for code in (chosen, self.default_language) if code in present), present[0] if rows else "")
        self.choose_language(wanted or chosen or self.default_language or "")
        if not self.code:
            self.hint.setText(self.tr("Select an interaction template to see its language versions."))
        elif not rows:
            self.hint.setText(
                self.tr("This template has no Word documents yet. Choose a language and click Import… to add one.")
            )
        else:
            self.hint.setText(
                self.tr(
                    "Import… replaces the Word document of the chosen language, or adds that "
                    "language when the template has no version in it yet."
                )
            )
        self._update_buttons()

    def choose_language(self, code: str) -> None:
        """Choose the language version the buttons act on (Import… may add a language that has none)."""
        index = self.language.findData(code)
        if index >= 0 and index != self.language.currentIndex():
            self.language.setCurrentIndex(index)
        else:
            self._language_chosen()

    def current_version(self) -> TemplateLanguageData | None:
        """The selected language version."""
        selected = self.table.selectionModel().selectedRows()
        return self.model.row_at(selected[0].row()) if selected else None

    def _language_chosen(self) -> None:
        if self._syncing:
            return
        code = self.language.currentData()
        rows = [row.language_code for row in self.model.rows()]
        self._syncing = True
        if code in rows:
            self.table.selectRow(rows.index(code))
        else:
            self.table.clearSelection()
        self._syncing = False
        self._update_buttons()

    def _current_moved(self) -> None:
        version = self.current_version()
        if not self._syncing and version is not None:
            self._syncing = True
            self.language.setCurrentIndex(max(0, self.language.findData(version.language_code)))
            self._syncing = False
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Staff may open and export the documents, not import or remove them."""
        self.read_only = read_only
        roles.explain_lock((self.import_button, self.remove_button), read_only, roles.setup_tip())
        self._update_buttons()

    def _update_buttons(self) -> None:
        version = self.current_version()
        has_document = version is not None and version.has_attachment
        self.import_button.setEnabled(bool(self.code) and self.language.count() > 0 and not self.read_only)
        self.language.setEnabled(bool(self.code))
        for button in (self.export_button, self.open_button, self.remove_button):
            button.setEnabled(has_document)
        self.remove_button.setEnabled(has_document and not self.read_only)

    def import_document(self) -> None:
        """Ask for a Word file and store it as the chosen language's document."""
        language = self.language.currentData()
        if not self.code or not isinstance(language, str) or not language:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import Word document"), "", self.tr("Word documents (*.docx);;All files (*)")
        )
        if not path:
            return
        try:
            shown = self._versions.get(language)
            template_service.set_template_attachment(self.code, language, Path(path), shown)
        except (DomainError, StoreError, OSError) as problem:
            errors.show_error(self, problem, self.tr("Cannot import the document"))
            return
        self.refresh()
        self.choose_language(language)

    def export_document(self) -> None:
        """Ask where to save a copy of the selected version's document, and write it there."""
        version = self.current_version()
        if version is None or not version.has_attachment:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Word document"), version.file_name, self.tr("Word documents (*.docx)")
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".docx")
        try:
            template_service.export_template_attachment(self.code, version.language_code, target)
        except (DomainError, StoreError, OSError) as problem:
            errors.show_error(self, problem, self.tr("Cannot export the document"))

    def open_document(self) -> None:
        """Open the selected version's document in the program set up for Word files."""
        version = self.current_version()
        if version is None or not version.has_attachment:
            return
        try:
            # A copy: edits made in Word must not change the stored file, which other rows may share.
            # To change the document, edit the copy, save it elsewhere and import it again.
            path = template_service.export_template_attachment(self.code, version.language_code, scratch_folder())
        except (DomainError, StoreError, OSError) as problem:
            errors.show_error(self, problem, self.tr("Cannot open the document"))
            self.refresh()
            return
        if path is None:
            self.refresh()
            return
        open_document(self, path)

    def remove_document(self) -> None:
        """Take the document off the selected version after confirmation (the version stays)."""
        version = self.current_version()
        if version is None or not version.has_attachment:
            return
        title = self.tr("Remove Word document")
        question = fill(
            self.tr("Remove the Word document %1 from the %2 version of %3? Letters already logged keep their copy."),
            version.file_name,
            self._language_text(version),
            self.code,
        )
        if not messages.confirm(self, title, question):
            return
        try:
            template_service.remove_template_attachment(self.code, version.language_code, version.version)
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, title)
        self.refresh()
