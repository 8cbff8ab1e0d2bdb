"""Step 4 of Create Interaction: how it went (evaluation, successful or not), its cost, time and comments."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox

from contactdesk.crm.enums import Evaluation
from contactdesk.ui.setup import enum_texts
from contactdesk.ui.setup.enum_combo import EnumCombo
from contactdesk.ui.wizard.step import WizardStep

MAX_COST = 9_999_999_999.99


class ResultPage(WizardStep):
    """Finish writes these onto the entry (Part A.3: evaluation and attempt failed included)."""

    def __init__(self) -> None:
        super().__init__("wizardResultPage")
        self.setTitle(self.tr("Result"))
        self.setSubTitle(self.tr("Record how the interaction went. Finish saves it in the interaction log."))
        form = QFormLayout()
        self.result_description = QLineEdit(self)
        self.result_description.setObjectName("wizardResultDescription")
        self.result_description.setMaxLength(100)
        self.result_description.setAccessibleName(self.tr("Result"))
        form.addRow(self.tr("&Result:"), self.result_description)
        self.evaluation = EnumCombo(enum_texts.evaluations(), self)
        self.evaluation.setObjectName("wizardEvaluation")
        self.evaluation.setAccessibleName(self.tr("Evaluation"))
        form.addRow(self.tr("&Evaluation:"), self.evaluation)
        self.successful = QCheckBox(self.tr("The interaction was &successful"), self)
        self.successful.setObjectName("wizardSuccessful")
        self.successful.setAccessibleName(self.tr("Successful"))
        self.successful.setToolTip(self.tr("Clear this when the attempt failed, for example when nobody answered"))
        form.addRow("", self.successful)
        self.cost = QDoubleSpinBox(self)
        self.cost.setObjectName("wizardCost")
        self.cost.setRange(0, MAX_COST)
        self.cost.setDecimals(2)
        self.cost.setGroupSeparatorShown(True)
        self.cost.setAccessibleName(self.tr("Cost"))
        form.addRow(self.tr("C&ost:"), self.cost)
        self.duration = QSpinBox(self)
        self.duration.setObjectName("wizardDuration")
        self.duration.setRange(0, 1_000_000)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration"))
        form.addRow(self.tr("&Duration:"), self.duration)
        self.comments = QPlainTextEdit(self)
        self.comments.setObjectName("wizardComments")
        self.comments.setPlaceholderText(self.tr("Comments, one per line"))
        self.comments.setTabChangesFocus(True)
        self.comments.setMaximumHeight(90)
        self.comments.setAccessibleName(self.tr("Comments"))
        form.addRow(self.tr("Co&mments:"), self.comments)
        self.body.addLayout(form)
        self.finish_layout()

    def initializePage(self) -> None:
        request = self.request
        self.result_description.setText(request.result_description)
        self.evaluation.set_value(int(request.evaluation))
        self.successful.setChecked(request.successful)
        self.cost.setValue(float(request.cost))
        self.duration.setValue(int(request.duration))
        self.comments.setPlainText("\n".join(request.comments))

    def collect(self) -> None:
        request = self.request
        request.result_description = self.result_description.text().strip()
        request.evaluation = Evaluation(self.evaluation.value())
        request.successful = self.successful.isChecked()
        request.cost = Decimal(f"{self.cost.value():.2f}")
        request.duration = self.duration.value()
        request.comments = [line.strip() for line in self.comments.toPlainText().splitlines() if line.strip()]
