"""One simple code table (interaction groups or a contact classification) as a list with New/Edit/Delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from contactdesk.crm.codes import KINDS, CodeData, delete_code, list_codes
from contactdesk.ui.models.column_model import Column
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup.code_dialog import CodeDialog
from contactdesk.ui.setup.list_tab import ListTab

translate = QCoreApplication.translate


def kind_title(kind: str) -> str:
    """The plural name of a code kind, as a tab caption."""
    titles = {
        "interaction_group": translate("CodeTableTab", "Interaction groups"),
        "industry_group": translate("CodeTableTab", "Industry groups"),
        "business_relation": translate("CodeTableTab", "Business relations"),
        "mailing_group": translate("CodeTableTab", "Mailing groups"),
        "job_responsibility": translate("CodeTableTab", "Job responsibilities"),
        "territory": translate("CodeTableTab", "Territories"),
    }
    return titles[kind]


def _dialog_title(kind: str, code: str) -> str:
    if code:
        titles = {
            "interaction_group": translate("CodeTableTab", "Interaction group %1"),
            "industry_group": translate("CodeTableTab", "Industry group %1"),
            "business_relation": translate("CodeTableTab", "Business relation %1"),
            "mailing_group": translate("CodeTableTab", "Mailing group %1"),
            "job_responsibility": translate("CodeTableTab", "Job responsibility %1"),
            "territory": translate("CodeTableTab", "Territory %1"),
        }
        return fill(titles[kind], code)
    titles = {
        "interaction_group": translate("CodeTableTab", "New interaction group"),
        "industry_group": translate("CodeTableTab", "New industry group"),
        "business_relation": translate("CodeTableTab", "New business relation"),
        "mailing_group": translate("CodeTableTab", "New mailing group"),
        "job_responsibility": translate("CodeTableTab", "New job responsibility"),
        "territory": translate("CodeTableTab", "New territory"),
    }
    return titles[kind]


def _empty_text(kind: str) -> str:
    if kind == "interaction_group":
        return translate(
            "CodeTableTab",
            "No interaction groups yet. Click New to add one (for example LETTER "
            "or MEETING); every interaction template belongs to a group.",
        )
    return translate(
        "CodeTableTab", "No codes yet. Click New to add the first one; contacts can then be classified with it."
    )


class CodeTableTab(ListTab[CodeData]):
    """The codes of one kind from crm.codes.KINDS."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown code kind {kind!r}")
        self.kind = kind
        text_header = self.tr("Name") if kind == "territory" else self.tr("Description")
        columns: list[Column[CodeData]] = [
            Column(lambda: self.tr("Code"), lambda r: r.code),
            Column(lambda: text_header, lambda r: r.description),
        ]
        name = "setupCodes_" + kind
        super().__init__(name, kind_title(kind), columns, parent)

    def load(self) -> list[CodeData]:
        return list_codes(self.kind)

    def key_of(self, row: CodeData) -> str:
        return row.code

    def edit_dialog(self, row: CodeData | None) -> CodeDialog:
        return CodeDialog(self.kind, _dialog_title(self.kind, row.code if row else ""), row, self)

    def delete_record(self, row: CodeData) -> None:
        delete_code(self.kind, row.code)

    def delete_question(self, row: CodeData) -> str:
        if self.kind == "interaction_group":
            text = self.tr("Delete interaction group %1 (%2)? This cannot be undone.")
        else:
            text = self.tr("Delete %1 (%2)? Contacts classified with it lose this code. This cannot be undone.")
        return fill(text, row.code, row.description)

    def empty_text(self) -> str:
        return _empty_text(self.kind)

    def status_text(self) -> str:
        # Plurals go through self.tr: lupdate 6.11 marks %n only there (translate() with a variable n is missed).
        count = self.model.rowCount()
        if self.kind == "interaction_group":
            return self.tr("%n interaction group(s)", "", count)
        if self.kind == "industry_group":
            return self.tr("%n industry group(s)", "", count)
        if self.kind == "business_relation":
            return self.tr("%n business relation(s)", "", count)
        if self.kind == "mailing_group":
            return self.tr("%n mailing group(s)", "", count)
        if self.kind == "job_responsibility":
            return self.tr("%n job responsibility(-ies)", "", count)
        return self.tr("%n territory(-ies)", "", count)
