"""The Phone call window (issue 12 §4): the number to dial, a Call button that hands a `tel:` link to the
system (a softphone, Teams, a paired mobile…), and what to log once the call is over."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactdesk.crm import lookups, phone_calls, templates
from contactdesk.crm.enums import Evaluation
from contactdesk.crm.errors import DomainError, NoPhoneNumberError, StoreError
from contactdesk.crm.interaction_request import LoggedEntry
from contactdesk.crm.phone_calls import PhoneCall
from contactdesk.ui import errors, messages
from contactdesk.ui.contacts.fields import CodeCombo
from contactdesk.ui.placeholders import fill
from contactdesk.ui.setup import enum_texts
from contactdesk.ui.setup.enum_combo import EnumCombo


class PhoneCallDialog(QDialog):
    """Call a contact and log the call as one interaction entry; `logged` holds it after Log call."""

    def __init__(self, call: PhoneCall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneCallDialog")
        self.setWindowTitle(fill(self.tr("Phone call – %1"), call.contact_name or call.contact_no))
        self.call = call
        self.logged: LoggedEntry | None = None
        self._template_description = ""
        form = QFormLayout()
        contact = QLabel(f"{call.contact_no} – {call.contact_name}", self)
        contact.setObjectName("phoneCallContact")
        form.addRow(self.tr("Contact:"), contact)
        self.number = QLineEdit(call.phone_no, self)
        self.number.setObjectName("phoneCallNumber")
        self.number.setAccessibleName(self.tr("Phone number"))
        self.number.setMaxLength(30)
        self.dial = QPushButton(self.tr("&Call"), self)
        self.dial.setObjectName("phoneCallDial")
        self.dial.setAccessibleName(self.tr("Call"))
        self.dial.setToolTip(self.tr("Hand the number to the phone program of this computer"))
        self.dial.clicked.connect(self.place_call)
        row = QHBoxLayout()
        row.addWidget(self.number, 1)
        row.addWidget(self.dial)
        # A label made here, with its buddy: one QFormLayout makes for a layout shows the "&" as it is.
        number_label = QLabel(self.tr("Phone &number:"), self)
        number_label.setBuddy(self.number)
        form.addRow(number_label, row)
        self.template = CodeCombo([(t.code, t.description) for t in templates.list_templates()], parent=self)
        self.template.setObjectName("phoneCallTemplate")
        self.template.setAccessibleName(self.tr("Interaction template"))
        self.template.currentIndexChanged.connect(self._template_changed)
        form.addRow(self.tr("Interaction &template:"), self.template)
        self.description = QLineEdit(call.description, self)
        self.description.setObjectName("phoneCallDescription")
        self.description.setMaxLength(100)
        self.description.setAccessibleName(self.tr("Description"))
        form.addRow(self.tr("&Description:"), self.description)
        self.campaign = CodeCombo(lookups.list_campaigns(), parent=self)
        self.campaign.setObjectName("phoneCallCampaign")
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.campaign.set_code(call.campaign_no)
        # No campaigns yet: a list with only a blank entry would only puzzle.
        if self.campaign.count() > 1:
            form.addRow(self.tr("C&ampaign:"), self.campaign)
        else:
            self.campaign.hide()
        self.opportunity = QLineEdit(call.opportunity_text, self)
        self.opportunity.setObjectName("phoneCallOpportunity")
        self.opportunity.setMaxLength(100)
        self.opportunity.setAccessibleName(self.tr("Opportunity"))
        self.opportunity.setPlaceholderText(self.tr("What the call may lead to, if anything"))
        form.addRow(self.tr("&Opportunity:"), self.opportunity)
        self.evaluation = EnumCombo(enum_texts.evaluations(), self)
        self.evaluation.setObjectName("phoneCallEvaluation")
        self.evaluation.setAccessibleName(self.tr("Evaluation"))
        self.evaluation.set_value(int(call.evaluation))
        form.addRow(self.tr("&Evaluation:"), self.evaluation)
        self.successful = QCheckBox(self.tr("The call was &successful"), self)
        self.successful.setObjectName("phoneCallSuccessful")
        self.successful.setAccessibleName(self.tr("Successful"))
        self.successful.setChecked(call.successful)
        self.successful.setToolTip(self.tr("Clear this when nobody answered: the entry then says the attempt failed"))
        form.addRow("", self.successful)
        self.duration = QSpinBox(self)
        self.duration.setObjectName("phoneCallDuration")
        self.duration.setRange(0, 100_000)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration"))
        self.duration.setSpecialValueText(self.tr("as the template says"))
        form.addRow(self.tr("D&uration:"), self.duration)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("phoneCallComment")
        self.comment.setPlaceholderText(self.tr("Comments, one per line"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(80)
        self.comment.setAccessibleName(self.tr("Comments"))
        form.addRow(self.tr("Co&mments:"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.log_button = buttons.addButton(self.tr("&Log call"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.log_button.setObjectName("phoneCallLog")
        self.log_button.setAccessibleName(self.tr("Log call"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("phoneCallCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.log_call)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _template_changed(self) -> None:
        # The template's description replaces the text only while the user has not typed one of their own.
        code = self.template.code()
        found = next((t for t in templates.list_templates() if t.code == code), None)
        new = found.description if found is not None else ""
        if self.description.text().strip() in ("", self._template_description):
            self.description.setText(new)
        self._template_description = new

    def collect(self) -> PhoneCall:
        """The call as filled in."""
        call = self.call
        call.phone_no = self.number.text().strip()
        call.template_code = self.template.code()
        call.description = self.description.text().strip()
        call.campaign_no = self.campaign.code()
        call.opportunity_text = self.opportunity.text().strip()
        call.evaluation = Evaluation(self.evaluation.value())
        call.successful = self.successful.isChecked()
        call.duration = self.duration.value()
        call.comment = self.comment.toPlainText()
        return call

    def place_call(self) -> None:
        """Open the `tel:` link; a blank number, or no program for it, is said in one sentence."""
        url = phone_calls.tel_url(self.number.text())
        if not url:
            errors.show_error(self, NoPhoneNumberError(self.call.contact_no), self.tr("Phone call"))
            self.number.setFocus()
            return
        if not QDesktopServices.openUrl(QUrl(url)):
            messages.warning(
                self,
                self.tr("Phone call"),
                fill(
                    self.tr(
                        "No program on this computer places phone calls. Dial %1 on your phone, then log the call."
                    ),
                    self.number.text().strip(),
                ),
            )

    def log_call(self) -> None:
        """Log the call; a refusal is explained and the window stays open with what was typed."""
        try:
            self.logged = phone_calls.log_call(self.collect())
        except (DomainError, StoreError) as problem:
            errors.show_error(self, problem, self.tr("Phone call"))
            return
        self.accept()


def start_phone_call(
    parent: QWidget, contact_no: str, segment_no: str = "", line_no: int = 0
) -> PhoneCallDialog | None:
    """Open the Phone call window for a contact (or a segment line's contact); None when it cannot start."""
    try:
        call = phone_calls.new_call(contact_no, segment_no, line_no)
    except (DomainError, StoreError) as problem:
        errors.show_error(parent, problem, QCoreApplication.translate("PhoneCallDialog", "Phone call"))
        return None
    dialog = PhoneCallDialog(call, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
