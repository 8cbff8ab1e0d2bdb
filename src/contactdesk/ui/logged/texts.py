"""Words of logging: the checks' problems, the last-moment reasons, what blocks an undo, counted sentences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from contactdesk.crm import errors as e
from contactdesk.crm.log_data import FlaggedContact, LogProblem, UndoBlocker
from contactdesk.ui.placeholders import fill


class LoggingTexts(QObject):
    """Every user-facing sentence about logging segments (plural forms need self.tr, so they live here)."""

    def problem(self, problem: LogProblem) -> str:
        """One reason a segment cannot be logged, with the contacts concerned."""
        n = problem.count
        texts = {
            "already_logged": fill(
                self.tr("Segment %1 has been logged already (a logged segment exists for it)."), problem.key
            ),
            "no_description": self.tr("The segment has no description. Fill in Description on the segment header."),
            "empty": self.tr("The segment has no lines to log. Add contacts first."),
            "no_template": self.tr(
                "%n line(s) have no interaction template. Choose one on the header or the lines.", "", n
            ),
            "no_salesperson": self.tr("%n line(s) have no salesperson. Choose one on the header or the lines.", "", n),
            "no_date": self.tr("%n line(s) have no date. Fill in the date on the segment header.", "", n),
            "no_document": self.tr(
                "%n line(s) to deliver have no Word document in their language. Add one to the "
                "interaction template under Setup, or turn off Deliver.",
                "",
                n,
            ),
            "no_logged_series": self.tr(
                "Marketing Setup has no number series for logged segments. Choose one under Setup → Marketing setup."
            ),
            "no_follow_up_series": self.tr(
                "A follow-up segment needs a number series for segments in Marketing "
                "Setup. Choose one under Setup, or turn off Create follow-up segment."
            ),
        }
        text = texts.get(problem.kind, problem.kind)
        if problem.contacts:
            more = self.tr(" (for example %1)") if n > len(problem.contacts) else " (%1)"
            text += fill(more, ", ".join(problem.contacts))
        return text

    def reasons(self, flagged: FlaggedContact) -> str:
        """Why the last-moment check lists a contact."""
        names = {
            "blocked": self.tr("privacy blocked"),
            "excluded": self.tr("excluded from segments"),
            "no_address": self.tr("no address for a letter"),
            "no_email": self.tr("no e-mail address"),
        }
        return ", ".join(names.get(reason, reason) for reason in flagged.reasons)

    def flagged_line(self, flagged: FlaggedContact) -> str:
        """ "CT000012 – Name: privacy blocked"."""
        return f"{flagged.contact_no} – {flagged.contact_name}: {self.reasons(flagged)}"

    def flagged_heading(self, n: int) -> str:
        """Above the last-moment list."""
        return self.tr(
            "%n contact(s) should not get this interaction now. Skip them and log the rest, or stop and "
            "fix them first:",
            "",
            n,
        )

    def blanked(self, n: int) -> str:
        """The note about e-mail lines logged without a channel."""
        return self.tr(
            "%n e-mail line(s) have a contact without an e-mail address; they are logged without a "
            "correspondence type (nothing is sent).",
            "",
            n,
        )

    def blocker(self, blocker: UndoBlocker) -> str:
        """One reason a logging cannot be undone."""
        n, keys = blocker.count, ", ".join(blocker.keys)
        texts = {
            "no_undo_record": self.tr("It was logged before undo was possible, so it can only be canceled."),
            "entries_canceled": self.tr("%n of its entries are canceled. Restore them first.", "", n),
            "entries_deleted": self.tr("%n of its entries were deleted.", "", n),
            "entries_changed": self.tr("Its entries were changed since (evaluation or document)."),
            "entries_commented": self.tr("Comments on its entries were added or changed since."),
            "letters_delivered": self.tr("Letters were delivered for %n of its entries.", "", n),
            "contact_deleted": self.tr("%n of its contacts were deleted since.", "", n),
            "references_missing": self.tr("Templates, salespeople, campaigns or documents it used were deleted since."),
            "follow_up_changed": fill(self.tr("Its follow-up segment %1 was changed since."), keys),
            "follow_up_logged": fill(
                self.tr("Its follow-up segment %1 has been logged. Undo that logging first."), keys
            ),
            "reused_by": fill(self.tr("Segment(s) %1 were built from it."), keys),
            "segment_exists": fill(self.tr("A segment numbered %1 exists again."), keys),
        }
        return texts.get(blocker.kind, blocker.kind)

    def describe(self, error: BaseException) -> str:
        """The sentence for a logging error."""
        if isinstance(error, e.LogRefusedError):
            lines = [fill(self.tr("Segment %1 cannot be logged:"), error.segment_no)]
            lines += [f"• {self.problem(problem)}" for problem in error.problems]
            if error.flagged:
                lines.append(f"• {self.flagged_heading(len(error.flagged))}")
                lines += [f"   {self.flagged_line(item)}" for item in error.flagged[:10]]
            return "\n".join(lines)
        if isinstance(error, e.UndoRefusedError):
            lines = [
                fill(
                    self.tr("Logging %1 cannot be undone because something done since depends on it:"), error.logged_no
                )
            ]
            return "\n".join(lines + [f"• {self.blocker(blocker)}" for blocker in error.blockers])
        if isinstance(error, e.LoggedSegmentStateError):
            return fill(
                self.tr(
                    "Logged segment %1 is not canceled. Only canceled logged segments can be deleted; cancel it first."
                ),
                error.logged_no,
            )
        return str(error)

    def delivery_error(self, result: Any) -> str:
        """Why letters of a logged segment are missing (merge.deliver.DeliverResult), in the user's language."""
        from contactdesk.ui import errors

        if result.error is not None:
            return errors.describe(result.error)
        return self.tr("The letters were not finished.")

    def follow_up_description(self, segment_no: str) -> str:
        """The description of a follow-up segment, in the user's language (the reference cuts it to 50)."""
        return fill(self.tr("Follow-up on segment %1"), segment_no)[:50]

    def logged_segments(self, n: int) -> str:
        """The page's status line."""
        return self.tr("%n logged segment(s)", "", n)

    def entries(self, n: int) -> str:
        """Entries of the selected logged segment."""
        return self.tr("%n interaction log entr(y/ies)", "", n)

    def logged_done(self, segment_no: str, logged_no: str, n: int) -> str:
        """After logging."""
        return fill(
            self.tr("Segment %1 has been logged as %2 with %n interaction log entr(y/ies).", "", n),
            segment_no,
            logged_no,
        )

    def letters_done(self, letters: int, emails: int, folder: str) -> str:
        """After delivering."""
        return (
            fill(self.tr("%n letter(s) written to %1", "", letters), folder)
            + "; "
            + self.tr("%n e-mail draft(s) in the outbox.", "", emails)
        )

    def skipped(self, n: int) -> str:
        """Contacts left out at the last-moment check."""
        return self.tr("%n contact(s) were skipped.", "", n)

    def cancel_question(self, no: str, n: int) -> str:
        """Before canceling a logged segment (default Yes)."""
        return fill(
            self.tr(
                "Cancel logged segment %1 and its %n interaction log entr(y/ies)? They stay in the log but no "
                "longer count in any statistic.",
                "",
                n,
            ),
            no,
        )

    def restore_question(self, no: str, n: int) -> str:
        """Before un-canceling a logged segment (default Yes)."""
        return fill(
            self.tr(
                "Restore logged segment %1 and its %n canceled entr(y/ies)? They count in the statistics again.", "", n
            ),
            no,
        )

    def delete_question(self, n: int) -> str:
        """Before deleting canceled logged segments."""
        return self.tr(
            "Delete %n canceled logged segment(s)? Their entries stay in the interaction log, no longer "
            "linked to a logged segment. This cannot be undone.",
            "",
            n,
        )

    def deleted(self, n: int) -> str:
        """After deleting canceled logged segments."""
        return self.tr("%n logged segment(s) deleted.", "", n)

    def undo_question(self, no: str, segment_no: str, n: int) -> str:
        """Before undoing a logging (default No)."""
        return fill(
            self.tr(
                "Undo logging %1? Its %n interaction log entr(y/ies) are removed and segment %2 is back on the "
                "Segments page exactly as it was.",
                "",
                n,
            ),
            no,
            segment_no,
        )
