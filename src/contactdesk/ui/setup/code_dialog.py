"""Create or edit one code of a simple code table (interaction group, industry group, …)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from contactdesk.crm.codes import CodeData, get_code, save_code
from contactdesk.ui.setup.form_dialog import FormDialog


class CodeDialog(FormDialog):
    """Code and description (a territory's description is its name)."""

    def __init__(self, kind: str, title: str, data: CodeData | None = None, parent: QWidget | None = None) -> None:
        super().__init__("codeDialog", title, parent)
        self.kind = kind
        self.original_code = data.code if data else None
        form = self.add_section()
        self.code = self.fields.add(form, "code", self.tr("Code"), QLineEdit(self))
        text_label = self.tr("Name") if kind == "territory" else self.tr("Description")
        self.description = self.fields.add(form, "description", text_label, QLineEdit(self))
        if data is not None:
            self.show_record(data)

    def fetch_record(self) -> CodeData | None:
        return get_code(self.kind, self.original_code) if self.original_code else None

    def load_record(self, data: CodeData) -> None:
        self.code.setText(data.code)
        self.description.setText(data.description)

    def collect(self) -> CodeData:
        """The form as a record (the service validates it)."""
        return CodeData(self.code.text(), self.description.text(), self.version)

    def submit(self) -> str:
        return save_code(self.kind, self.collect(), self.original_code).code
