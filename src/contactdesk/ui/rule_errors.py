"""Sentences for the template and segment-header rule errors (crm/rule_errors.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from contactdesk.crm.rule_errors import InheritedDocumentsError, OwnLetterError, TemplateActionError
from contactdesk.ui.placeholders import fill


class RuleTexts(QObject):
    """One sentence per rule: what is wrong and what to do."""

    def describe(self, error: BaseException) -> str | None:
        """The sentence for a rule error; None for any other error."""
        if isinstance(error, TemplateActionError):
            return fill(self._template_action(error), error.template_code)
        if isinstance(error, InheritedDocumentsError):
            return self.tr(
                "The template cannot change without updating the segment lines, because %n line(s) use the "
                "segment's document. Answer Yes to apply the new template to all lines, or keep the template.",
                "",
                error.lines,
            )
        if isinstance(error, OwnLetterError):
            return self.tr(
                "%n line(s) of this segment have their own edited letter, which this change would discard, so "
                "nothing was changed. Make the change again and answer Yes to discard the letters.",
                "",
                len(error.line_nos),
            )
        return None

    def _template_action(self, error: TemplateActionError) -> str:
        if error.problem == "merge_needs_document":
            if error.changed == "document":
                return self.tr(
                    "Template %1 merges its default language's Word document (wizard action Merge), so that "
                    "document cannot go. Choose another wizard action first."
                )
            return self.tr(
                "Template %1 cannot use the wizard action Merge: its default language has no Word document to "
                "merge. Add a document for the default language first, or choose another wizard action."
            )
        if error.changed == "document":
            return self.tr(
                "Template %1 uses the wizard action Import, so its default language cannot have a Word document "
                "to merge. Choose another wizard action first, or add the document to another language."
            )
        return self.tr(
            "Template %1 cannot use the wizard action Import while its default language has a Word document to "
            "merge. Remove that document first, or choose another wizard action."
        )
