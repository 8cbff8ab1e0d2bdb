"""File → Import contacts: choose a file, map its columns, see every problem, confirm; only then write."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from contactdesk.crm.imports.results import ImportCheck, ImportResult, OnDuplicate
from contactdesk.crm.imports.source import VCARD, ImportSource
from contactdesk.ui.contacts_io.check_page import CheckPage
from contactdesk.ui.contacts_io.confirm_page import ConfirmPage
from contactdesk.ui.contacts_io.file_page import FilePage
from contactdesk.ui.contacts_io.mapping_page import MappingPage

FILE, MAPPING, CHECK, CONFIRM = range(4)


class ImportWizard(QWizard):
    """Holds what the steps found out; Cancel at any step leaves the database untouched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import contacts"))
        self.setAccessibleName(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(820, 600)
        self.source: ImportSource | None = None
        self.mapping: dict[int, str] = {}
        self.check: ImportCheck | None = None
        self.on_duplicate = OnDuplicate.SKIP
        self.skip_bad = False
        self.create_codes: set[tuple[str, str]] = set()  # classification codes the user ticked to create
        self.imported: ImportResult | None = None  # not "result": that is QDialog.result()
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.confirm_page = ConfirmPage(self)
        for page_id, page in (
            (FILE, self.file_page),
            (MAPPING, self.mapping_page),
            (CHECK, self.check_page),
            (CONFIRM, self.confirm_page),
        ):
            self.setPage(page_id, page)

    def set_source(self, source: ImportSource) -> None:
        """A newly read file: its own suggested mapping replaces any earlier choice."""
        self.source = source
        self.mapping = dict(source.mapping)
        self.check = None
        self.create_codes = set()

    def nextId(self) -> int:
        # A vCard's properties have fixed meanings: there is nothing to map.
        if self.currentId() == FILE and self.source is not None and self.source.kind == VCARD:
            return CHECK
        return super().nextId()
