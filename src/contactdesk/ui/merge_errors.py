"""Sentences for mail-merge problems: what happened and what to do, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from contactdesk.merge import errors as m


class MergeTexts(QObject):
    """Translated sentences for merge errors."""

    def describe(self, error: m.MergeError) -> str:
        """One sentence per kind of merge problem."""
        if isinstance(error, m.TemplateRefusedError) and error.reason == "too_complex":
            return self.tr("The Word template %1 is too complicated to read: %2. Simplify its fields in Word "
                           "(fewer brackets and tags inside each other, fewer fields) and import it again.") \
                .replace("%1", error.template or "").replace("%2", error.detail)
        if isinstance(error, m.TemplateRefusedError):
            return self.tr("The Word template %1 was refused: %2. Letters may only show values; remove that "
                           "part of the template and try again.").replace("%1", error.template or "") \
                .replace("%2", error.detail)
        if isinstance(error, m.TemplateSyntaxProblem):
            return self.tr("The Word template %1 has a mistake in its fields (%2) near “%3”. Correct it in Word "
                           "and import it again.").replace("%1", error.template or "") \
                .replace("%2", error.message).replace("%3", error.place)
        if isinstance(error, m.LetterRenderError):
            return self.tr("The letter for contact %1 could not be made: %2. Check the contact's data and the "
                           "template's fields.").replace("%1", error.contact_no).replace("%2", error.detail)
        if isinstance(error, m.TemplateCheckError):
            errors = [p for p in error.problems if p.get("severity") == "error"]
            lines = "\n".join(f"• {p.get('message', '')}" for p in errors[:10])
            return self.tr("The template check found %n problem(s); nothing was written:", "", len(errors)) \
                + "\n" + lines
        if isinstance(error, m.IncompatibleLettersError):
            return self.tr("%1 does not use the same styles as %2, so they cannot share one print document. "
                           "They are combined separately.").replace("%1", error.other).replace("%2", error.first)
        if isinstance(error, m.LibreOfficeMissingError):
            return self.tr("PDF files need LibreOffice, which is not installed on this computer. Install it "
                           "(%1) and try again; the Word letters are made without it.").replace(
                "%1", error.install_hint)
        if isinstance(error, m.PdfConversionError):
            if error.problem == "timeout":
                return self.tr("LibreOffice took too long to make a PDF of %1 and was stopped. The Word file is "
                               "there; try again, or print it from Word.").replace("%1", error.path)
            return self.tr("LibreOffice could not make a PDF of %1. The Word file is there; open it and save "
                           "it as PDF yourself.").replace("%1", error.path)
        return self.tr("The letters could not be made: %1").replace("%1", str(error))
