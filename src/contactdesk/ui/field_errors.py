"""The sentences for a field laptop's errors: numbers used up, conflicts that cannot be resolved, a refused sync."""

from __future__ import annotations

from PySide6.QtCore import QObject

from contactdesk.crm.errors import DomainError
from contactdesk.crm.field.conflict_errors import ConflictResolveError, ConflictValueError
from contactdesk.crm.field.devices import MAX_DAYS, MIN_DAYS
from contactdesk.crm.field.errors import (
    BlockUsedUpError,
    FieldAdminError,
    NotFieldCopyError,
    SyncCancelledError,
    SyncRefusedError,
)
from contactdesk.ui.placeholders import fill

# What FieldTexts.describe() knows (ui/errors.py sends these here).
FIELD_ERRORS = (
    BlockUsedUpError,
    ConflictResolveError,
    ConflictValueError,
    FieldAdminError,
    NotFieldCopyError,
    SyncRefusedError,
    SyncCancelledError,
)


class FieldTexts(QObject):
    """One sentence per field-laptop error: what is wrong and what to do."""

    def describe(self, error: BlockUsedUpError | DomainError) -> str:
        """The sentence for `error`."""
        if isinstance(error, ConflictValueError):
            return self.value_refused(error)
        if isinstance(error, ConflictResolveError):
            return self.resolve_refused(error)
        if isinstance(error, FieldAdminError):
            return self.admin_refused(error)
        if isinstance(error, NotFieldCopyError):
            return self.sync_refused("not_field_copy")
        if isinstance(error, SyncCancelledError):
            return self.canceled()
        if isinstance(error, SyncRefusedError):
            return self.sync_refused(error.reason, error.export, error.office_version, error.laptop_version)
        if isinstance(error, BlockUsedUpError):
            return fill(
                self.tr(
                    "This laptop has used all the numbers the office gave it (%1). Nothing was saved. "
                    "Check out a new copy from the office to get more numbers."
                ),
                error.series_code,
            )
        return self.sync_refused("")

    def admin_refused(self, error: FieldAdminError) -> str:
        """An administrator's action on the field laptops that was refused (nothing was changed)."""
        if error.reason == "days":
            return fill(
                self.tr("Keep the office's changes between %1 and %2 days. Nothing was changed."),
                str(MIN_DAYS),
                str(MAX_DAYS),
            )
        if error.reason == "no_device":
            return fill(
                self.tr("Laptop %1 is no longer registered in this office database. The list shows those that are."),
                error.value,
            )
        return self.tr(
            "Only an administrator can change the field laptops' retention or retire a laptop. Nothing was "
            "changed; ask an administrator of ContactDesk."
        )

    def canceled(self) -> str:
        """A sync the user stopped."""
        return self.tr("The sync was canceled. What was not finished was left as it was; synchronise again.")

    def value_refused(self, error: ConflictValueError) -> str:
        """A kept or typed value that does not fit its column."""
        from contactdesk.ui.errors import field_label

        problems = {
            "required": self.tr("%1 must have a value. Nothing was changed; type a value and try again."),
            "too_long": self.tr("%1 is too long: use at most %3 characters. Nothing was changed."),
            "unknown": self.tr('%1 "%2" does not exist on this laptop. Nothing was changed; type one that exists.'),
            "invalid": self.tr(
                '%1 cannot hold "%2". Nothing was changed; type a value of the right kind '
                "(a number, a date such as 2026-12-31, yes or no)."
            ),
        }
        text = problems.get(error.problem, problems["invalid"])
        value = "" if error.value is None else str(error.value)
        return fill(text, field_label(error.column), value, str(error.limit or ""))

    def resolve_refused(self, error: ConflictResolveError) -> str:
        """A conflict that cannot be resolved the way chosen."""
        reasons = {
            "gone": self.tr(
                "This record is no longer on this laptop, so no value can be written to it. "
                "Keep the office value to close the conflict."
            ),
            "resolved": self.tr("This conflict was already resolved. The list shows the conflicts still open."),
            "choice": self.tr("That choice does not fit this conflict. Use one of the buttons that are available."),
            "in_use": self.tr(
                "%1 cannot be deleted again: other records still refer to it. Keep it, or delete those first."
            ),
        }
        return fill(reasons.get(error.reason, reasons["choice"]), error.record)

    def sync_refused(self, reason: str, export: str = "", office: int = 0, laptop: int = 0) -> str:
        """Why a sync could not run (nothing was changed, except where it says so)."""
        reasons = {
            "not_field_copy": self.tr(
                "This database is not a field copy, so there is nothing to synchronise. "
                "Check out a field copy from the office first."
            ),
            "sqlite_office": self.tr(
                "This laptop was checked out of a database file, not the office's server, so it cannot "
                "synchronise. Check out a new field copy from the office's PostgreSQL database."
            ),
            "schema_newer": self.tr(
                "The office database is newer than this laptop's ContactDesk (version %1, this laptop %2). "
                "Nothing was changed; update ContactDesk on this laptop, then synchronise."
            ),
            "schema_older": self.tr(
                "The office database is older than this laptop's ContactDesk (version %1, this laptop %2). "
                "Nothing was changed; have the office database updated first, then synchronise."
            ),
            "expired": self.tr(
                "This laptop has not synchronised for longer than the office keeps its changes, so it must be "
                "checked out again. Your unsent work was saved to %3 first; check out a new field copy."
            ),
            "retired": self.tr(
                "This laptop's registration was removed in the office, so it can no longer synchronise. Your "
                "unsent work was saved to %3 first; check out a new field copy."
            ),
            "unreachable": self.tr(
                "The office database cannot be reached. Nothing was changed; connect to the office network "
                "or VPN and synchronise again."
            ),
            "login_refused": self.tr(
                "The office database refused your login. Nothing was changed; check your password and "
                "synchronise again."
            ),
        }
        text = reasons.get(
            reason, self.tr("The sync could not run. Nothing was changed; try again later or ask your administrator.")
        )
        return fill(text, str(office), str(laptop), export)
