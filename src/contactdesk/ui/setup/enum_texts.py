"""Display texts of the stored option values, shared by every page that shows or picks them."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from contactdesk.crm.enums import CorrespondenceType, Evaluation, InformationFlow, InitiatedBy, WizardAction

translate = QCoreApplication.translate


def correspondence_types() -> list[tuple[CorrespondenceType, str]]:
    """Correspondence type: blank, Hard copy, E-mail."""
    return [
        (CorrespondenceType.BLANK, ""),
        (CorrespondenceType.HARD_COPY, translate("EnumTexts", "Hard copy")),
        (CorrespondenceType.EMAIL, translate("EnumTexts", "E-mail")),
    ]


def information_flows() -> list[tuple[InformationFlow, str]]:
    """Information flow: blank, Outbound, Inbound."""
    return [
        (InformationFlow.BLANK, ""),
        (InformationFlow.OUTBOUND, translate("EnumTexts", "Outbound")),
        (InformationFlow.INBOUND, translate("EnumTexts", "Inbound")),
    ]


def initiators() -> list[tuple[InitiatedBy, str]]:
    """Initiated by: blank, Us, Them."""
    return [
        (InitiatedBy.BLANK, ""),
        (InitiatedBy.US, translate("EnumTexts", "Us")),
        (InitiatedBy.THEM, translate("EnumTexts", "Them")),
    ]


def wizard_actions() -> list[tuple[WizardAction, str]]:
    """Wizard action: blank, Open, Import, Merge."""
    return [
        (WizardAction.BLANK, ""),
        (WizardAction.OPEN, translate("EnumTexts", "Open")),
        (WizardAction.IMPORT, translate("EnumTexts", "Import")),
        (WizardAction.MERGE, translate("EnumTexts", "Merge")),
    ]


def evaluations() -> list[tuple[Evaluation, str]]:
    """Evaluation of an interaction: blank, Very positive … Very negative."""
    return [
        (Evaluation.BLANK, ""),
        (Evaluation.VERY_POSITIVE, translate("EnumTexts", "Very positive")),
        (Evaluation.POSITIVE, translate("EnumTexts", "Positive")),
        (Evaluation.NEUTRAL, translate("EnumTexts", "Neutral")),
        (Evaluation.NEGATIVE, translate("EnumTexts", "Negative")),
        (Evaluation.VERY_NEGATIVE, translate("EnumTexts", "Very negative")),
    ]


def text_of(items: Sequence[tuple[IntEnum, str]], value: object) -> str:
    """The display text of `value` in one of the lists above ('' when unknown)."""
    for member, text in items:
        if int(member) == value:
            return text
    return ""
