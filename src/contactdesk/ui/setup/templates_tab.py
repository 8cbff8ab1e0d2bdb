"""Setup → Interaction templates: the list, its edit dialog and each template's language versions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from contactdesk.crm.templates import TemplateData, delete_template, list_templates
from contactdesk.ui.models.column_model import Column
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup import enum_texts
from contactdesk.ui.setup.list_tab import ListTab
from contactdesk.ui.setup.template_dialog import TemplateDialog
from contactdesk.ui.setup.template_languages import TemplateLanguagesPanel


class TemplatesTab(ListTab[TemplateData]):
    """Interaction templates above, the selected template's Word documents per language below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        columns: list[Column[TemplateData]] = [
            Column(lambda: self.tr("Code"), lambda r: r.code),
            Column(lambda: self.tr("Description"), lambda r: r.description),
            Column(lambda: self.tr("Interaction group"), lambda r: r.interaction_group_code),
            Column(
                lambda: self.tr("Correspondence type"),
                lambda r: int(r.correspondence_type_default),
                display=lambda r: enum_texts.text_of(
                    enum_texts.correspondence_types(), int(r.correspondence_type_default)
                ),
            ),
            Column(lambda: self.tr("Unit cost"), lambda r: r.unit_cost, align_right=True),
            Column(lambda: self.tr("Unit duration (min)"), lambda r: r.unit_duration, align_right=True),
            Column(
                lambda: self.tr("Wizard action"),
                lambda r: int(r.wizard_action),
                display=lambda r: enum_texts.text_of(enum_texts.wizard_actions(), int(r.wizard_action)),
            ),
            Column(lambda: self.tr("Default language"), lambda r: r.language_code_default),
        ]
        super().__init__("setupTemplates", self.tr("Interaction templates"), columns, parent)
        self.languages = TemplateLanguagesPanel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("setupTemplatesSplitter")
        splitter.setChildrenCollapsible(False)
        self.body.removeWidget(self.stack)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.languages)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, 1)
        self._refreshing = False
        self.current_changed.connect(self._show_languages)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.languages.set_read_only(read_only)

    def _show_languages(self) -> None:
        if self._refreshing:
            return
        template = self.current_record()
        if template is None:
            if self.languages.code:
                self.languages.set_template("")
            return
        if (template.code, template.language_code_default) != (self.languages.code, self.languages.default_language):
            self.languages.set_template(template.code, template.language_code_default)

    def refresh(self) -> None:
        self._refreshing = True
        try:
            super().refresh()
            if self.current_record() is None and self.model.rowCount():
                self.table.selectRow(0)
        finally:
            self._refreshing = False
        self.languages.setVisible(self.model.rowCount() > 0)
        # A save may have added a language row (the default language gets one).
        template = self.current_record()
        self.languages.set_template(
            template.code if template else "", template.language_code_default if template else ""
        )

    def load(self) -> list[TemplateData]:
        return list_templates()

    def key_of(self, row: TemplateData) -> str:
        return row.code

    def edit_dialog(self, row: TemplateData | None) -> TemplateDialog:
        return TemplateDialog(row, self)

    def delete_record(self, row: TemplateData) -> None:
        delete_template(row.code)

    def delete_question(self, row: TemplateData) -> str:
        return fill(
            self.tr("Delete interaction template %1 (%2) with its Word documents? This cannot be undone."),
            row.code,
            row.description,
        )

    def empty_text(self) -> str:
        return self.tr(
            "No interaction templates yet. Click New to add one: a template gives an interaction its "
            "group, cost, duration and a Word letter per language. Every template belongs to an "
            "interaction group, so add one under Codes first."
        )

    def status_text(self) -> str:
        return self.tr("%n interaction template(s)", "", self.model.rowCount())
