"""The contacts page's classification filter: a kind (industry group, …) and one of its codes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from contactdesk.crm import contact_classes
from contactdesk.crm.contact_class_kinds import BUSINESS_RELATION, INDUSTRY_GROUP, JOB_RESPONSIBILITY, MAILING_GROUP
from contactdesk.crm.contact_classes import ClassFilter
from contactdesk.crm.errors import DomainError, StoreError
from contactdesk.ui.placeholders import fill


class _CodeCombo(QComboBox):
    """Says when its list is about to open, so the codes set up meanwhile can be read first."""

    opening = Signal()

    def showPopup(self) -> None:
        self.opening.emit()
        super().showPopup()


class ContactClassFilter(QWidget):
    """Emits `changed` when the user picks another kind or code; `current()` is the filter to apply."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactClassFilter")
        self.kind = QComboBox(self)
        self.kind.setObjectName("contactClassKind")
        self.kind.setAccessibleName(self.tr("Show contacts by classification"))
        self.kind.setToolTip(self.tr("Show only the contacts with a code of this kind"))
        for key, text in (
            ("", self.tr("All contacts")),
            (INDUSTRY_GROUP, self.tr("Industry group")),
            (BUSINESS_RELATION, self.tr("Business relation")),
            (MAILING_GROUP, self.tr("Mailing group")),
            (JOB_RESPONSIBILITY, self.tr("Job responsibility")),
        ):
            self.kind.addItem(text, key)
        self.code = _CodeCombo(self)
        self.code.setObjectName("contactClassCode")
        self.code.setAccessibleName(self.tr("Classification code"))
        self.code.setMinimumContentsLength(12)
        self.code.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.code.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.code)
        self.kind.currentIndexChanged.connect(lambda _index: self._kind_changed())
        self.code.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.code.opening.connect(self._reload_codes)

    def current(self) -> ClassFilter | None:
        """The filter chosen, or None for every contact."""
        kind = str(self.kind.currentData() or "")
        code = str(self.code.currentData() or "")
        return ClassFilter(kind, code) if kind and code else None

    def choose(self, kind: str, code: str) -> None:
        """Pick a kind and code (its codes read afresh), then say `changed` once."""
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.blockSignals(False)
        self._load_codes()
        self.code.blockSignals(True)
        self.code.setCurrentIndex(self.code.findData(code.upper()))
        self.code.blockSignals(False)
        self.changed.emit()

    def clear(self, quietly: bool = False) -> None:
        """Back to every contact (quietly: without `changed`, the caller refreshes)."""
        self.blockSignals(quietly)
        self.kind.setCurrentIndex(0)
        self.blockSignals(False)

    def nothing_found(self) -> str:
        """What the empty list says while this filter finds no contact ('' without a filter)."""
        found = self.current()
        if found is None:
            return ""
        return fill(self.tr("No contact has the code %1. Choose another code or All contacts."), found.code)

    def _kind_changed(self) -> None:
        self._load_codes()
        self.changed.emit()

    def _reload_codes(self) -> None:
        """Codes added (or removed) under Setup since: the list shows them, the chosen one stays chosen."""
        chosen = self.code.currentData()
        self._load_codes()
        index = self.code.findData(chosen)
        if index != self.code.currentIndex():
            self.code.setCurrentIndex(max(index, 0) if self.code.count() else -1)

    def _load_codes(self) -> None:
        kind = str(self.kind.currentData() or "")
        self.code.blockSignals(True)
        self.code.clear()
        codes: list[tuple[str, str]] = []
        if kind:
            try:
                codes = contact_classes.class_codes(kind)
            except (DomainError, StoreError):
                codes = []  # the list's own refresh reports a lost database; the filter just stays empty
        for code, description in codes:
            self.code.addItem(f"{code} – {description}" if description else code, code)
        self.code.setPlaceholderText(self.tr("No codes set up") if kind and not codes else "")
        self.code.setCurrentIndex(0 if codes else -1)
        self.code.setEnabled(bool(codes))
        self.code.blockSignals(False)
