"""The filter sources of the Segmentation criteria dialog (spec §2.5), turned into Filter records."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from contactdesk.crm import codes, lookups
from contactdesk.crm.criteria_choices import profile_answers
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.enums import CorrespondenceType
from contactdesk.crm.salespeople import list_salespeople
from contactdesk.crm.templates import list_templates
from contactdesk.ui import sizing
from contactdesk.ui.contacts.fields import CodeCombo
from contactdesk.ui.country_names import with_country_names
from contactdesk.ui.segments.texts import filter_label


class CriteriaForm(QWidget):
    """Inputs for every filter source; `filters()` gives those that hold a value. Emits changed()."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaForm")
        self.texts: dict[tuple[str, str], QLineEdit] = {}
        self.combos: dict[tuple[str, str], QComboBox] = {}
        contact = QGroupBox(self.tr("Contacts"), self)
        contact_form = QFormLayout(contact)
        self._text(contact_form, "contact", "no", self.tr("e.g. CT000010|CT000020 or CT000100..CT000200"))
        self._combo(
            contact_form,
            "contact",
            "type",
            [("", self.tr("Companies and persons")), ("Company", self.tr("Companies")), ("Person", self.tr("Persons"))],
        )
        self._text(contact_form, "contact", "name", self.tr("e.g. *bakker* (* matches anything)"))
        self._text(contact_form, "contact", "city", self.tr("e.g. Amsterdam|Utrecht"))
        self._text(contact_form, "contact", "post_code", self.tr("e.g. 1000..1099"))
        self._codes(contact_form, "contact", "country_code", with_country_names(lookups.list_countries()))
        self._codes(contact_form, "contact", "salesperson_code", [(p.code, p.name) for p in list_salespeople()])
        self._codes(contact_form, "contact", "language_code", lookups.list_languages())
        self._combo(
            contact_form,
            "contact",
            "correspondence_type",
            [
                ("", self.tr("Any")),
                ("''", self.tr("(none)")),
                (str(int(CorrespondenceType.HARD_COPY)), self.tr("Hard copy")),
                (str(int(CorrespondenceType.EMAIL)), self.tr("E-mail")),
            ],
        )
        classes = QGroupBox(self.tr("Classification"), self)
        class_form = QFormLayout(classes)
        for kind in ("industry_group", "business_relation", "mailing_group", "job_responsibility"):
            self._codes(class_form, kind, f"{kind}_code", [(c.code, c.description) for c in codes.list_codes(kind)])
        self.profile = QComboBox(self)
        sizing.compact(self.profile)
        self.profile.setObjectName("criteria_profile_answer")
        self.profile.addItem("", None)
        for answer in profile_answers():
            self.profile.addItem(
                f"{answer.questionnaire_code} · {answer.question}: {answer.answer}",
                (answer.questionnaire_code, answer.line_no),
            )
        self.profile.currentIndexChanged.connect(lambda _i: self.changed.emit())
        class_form.addRow(filter_label("profile", "line_no"), self.profile)
        history = QGroupBox(self.tr("Earlier interactions"), self)
        history_form = QFormLayout(history)
        # A field goes under its label when the two do not fit side by side (the date range is wide).
        history_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._codes(
            history_form,
            "interaction",
            "interaction_template_code",
            [(t.code, t.description) for t in list_templates()],
        )
        dates = QWidget(self)
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        self.between = QCheckBox(self.tr("Between"), dates)
        self.between.setObjectName("criteria_interaction_dates")
        self.date_from, self.date_to = QDateEdit(dates), QDateEdit(dates)
        today = QDate.currentDate()
        self.date_from.setDate(today.addYears(-1))
        self.date_to.setDate(today)
        row.addWidget(self.between)
        row.addWidget(self.date_from, 1)
        row.addWidget(QLabel(self.tr("and"), dates))
        row.addWidget(self.date_to, 1)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.between.toggled.connect(self._dates_toggled)
        history_form.addRow(filter_label("interaction", "date"), dates)
        hint = QLabel(
            self.tr(
                "Filters combine: a contact must pass all of them. In a text field, | means "
                '"or", .. a range, * any text, <> "not".'
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("criteriaHint")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(contact, 0, 0, 2, 1)
        grid.addWidget(classes, 0, 1)
        grid.addWidget(history, 1, 1)
        grid.addWidget(hint, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def _text(self, form: QFormLayout, source: str, field: str, placeholder: str) -> None:
        edit = QLineEdit(self)
        edit.setObjectName(f"criteria_{source}_{field}")
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(filter_label(source, field))
        edit.setClearButtonEnabled(True)
        sizing.fit_placeholder(edit)
        edit.textChanged.connect(lambda _t: self.changed.emit())
        form.addRow(filter_label(source, field), edit)
        self.texts[(source, field)] = edit

    def _combo(self, form: QFormLayout, source: str, field: str, items: list[tuple[str, str]]) -> None:
        combo = QComboBox(self)
        for value, text in items:
            combo.addItem(text, value)
        self._add_combo(form, source, field, combo)

    def _codes(self, form: QFormLayout, source: str, field: str, items: list[tuple[str, str]]) -> None:
        self._add_combo(form, source, field, CodeCombo(items, parent=self))

    def _add_combo(self, form: QFormLayout, source: str, field: str, combo: QComboBox) -> None:
        combo.setObjectName(f"criteria_{source}_{field}")
        combo.setAccessibleName(filter_label(source, field))
        sizing.compact(combo)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        form.addRow(filter_label(source, field), combo)
        self.combos[(source, field)] = combo

    def filters(self) -> tuple[Filter, ...]:
        """The filters the user filled in, in a stable order."""
        result = [Filter(source, field, edit.text().strip()) for (source, field), edit in self.texts.items()]
        result += [
            Filter(source, field, str(combo.currentData() or "")) for (source, field), combo in self.combos.items()
        ]
        answer = self.profile.currentData()
        if answer:
            result += [Filter("profile", "questionnaire_code", answer[0]), Filter("profile", "line_no", str(answer[1]))]
        if self.between.isChecked():
            first, last = (self.date_from.date(), self.date_to.date())
            low, high = (first, last) if first <= last else (last, first)
            iso = Qt.DateFormat.ISODate
            result.append(Filter("interaction", "date", f"{low.toString(iso)}..{high.toString(iso)}"))
        return tuple(f for f in result if f.expr)

    def set_value(self, source: str, field: str, value: str) -> None:
        """Fill one input (for scripts and tests); a combo selects the entry with that value."""
        if (source, field) in self.texts:
            self.texts[(source, field)].setText(value)
            return
        combo = self.combos[(source, field)]
        combo.setCurrentIndex(max(0, combo.findData(value)))
