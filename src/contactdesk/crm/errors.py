"""Every typed error of the services, by name, for callers that import them from one place.

The errors live in modules by area (error_base, contact_errors, interaction_errors, transfer_errors,
segment_errors, user_errors, and the store's); this index keeps `from contactdesk.crm.errors import X` and
ui/errors.py's `e.X` working. A new error goes into its area's module and is added here.
"""

from __future__ import annotations

from contactdesk.crm.contact_errors import (
    CompanyHasPersonsError,
    ContactBlockedError,
    ContactOnSegmentError,
    NoContactError,
    NoEmailError,
    NoPhoneNumberError,
)
from contactdesk.crm.error_base import (
    ConcurrentEditError,
    DomainError,
    DuplicateCodeError,
    InUseError,
    MissingSetupError,
    NotFoundError,
    ValidationError,
    ValidationErrors,
)
from contactdesk.crm.interaction_errors import (
    AttachmentError,
    CampaignEntryStateError,
    EntryStateError,
    InteractionDocumentError,
)
from contactdesk.crm.segment_errors import (
    LoggedSegmentStateError,
    LogRefusedError,
    NoCriteriaActionsError,
    NothingMatchedError,
    UndoRefusedError,
)
from contactdesk.crm.transfer_errors import (
    ExportFileError,
    ImportFileError,
    ImportOutdatedError,
    ImportProblemsError,
)
from contactdesk.crm.user_errors import (
    UserSetupError,
)
from contactdesk.store.errors import (
    BackupNotAvailableError,
    DatabaseLockedError,
    DatabaseMissingError,
    LoginRefusedError,
    NotADatabaseError,
    NotInitialisedError,
    PasswordNeededError,
    PasswordRefusedError,
    PermissionDeniedError,
    ReadOnlyDatabaseError,
    SchemaTooNewError,
    ServerNotTrustedError,
    ServerUnreachableError,
    StoreError,
    UnsupportedDatabaseUrlError,
)
from contactdesk.store.numbering import NumberSeriesError

__all__ = [
    "AttachmentError",
    "BackupNotAvailableError",
    "CampaignEntryStateError",
    "CompanyHasPersonsError",
    "ConcurrentEditError",
    "ContactBlockedError",
    "ContactOnSegmentError",
    "DatabaseLockedError",
    "DatabaseMissingError",
    "DomainError",
    "DuplicateCodeError",
    "EntryStateError",
    "ExportFileError",
    "ImportFileError",
    "ImportOutdatedError",
    "ImportProblemsError",
    "InUseError",
    "InteractionDocumentError",
    "LogRefusedError",
    "LoggedSegmentStateError",
    "LoginRefusedError",
    "MissingSetupError",
    "NoContactError",
    "NoCriteriaActionsError",
    "NoEmailError",
    "NoPhoneNumberError",
    "NotADatabaseError",
    "NotFoundError",
    "NotInitialisedError",
    "NothingMatchedError",
    "NumberSeriesError",
    "PasswordNeededError",
    "PasswordRefusedError",
    "PermissionDeniedError",
    "ReadOnlyDatabaseError",
    "SchemaTooNewError",
    "ServerNotTrustedError",
    "ServerUnreachableError",
    "StoreError",
    "UndoRefusedError",
    "UnsupportedDatabaseUrlError",
    "UserSetupError",
    "ValidationError",
    "ValidationErrors",
]
