"""The choices a user makes (contact type, correspondence type, evaluation, …), as the services name them.

They are defined beside the tables that store them (store/enums.py); the faces take them from here, so
the GUI never reaches into store/.
"""

from __future__ import annotations

from contactdesk.store.enums import (
    ContactType,
    CorrespondenceType,
    CriteriaAction,
    DeliveryStatus,
    Evaluation,
    InformationFlow,
    InitiatedBy,
    UserRole,
    WizardAction,
)

__all__ = [
    "ContactType",
    "CorrespondenceType",
    "CriteriaAction",
    "DeliveryStatus",
    "Evaluation",
    "InformationFlow",
    "InitiatedBy",
    "UserRole",
    "WizardAction",
]
