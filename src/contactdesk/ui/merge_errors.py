"""Sentences for mail-merge problems: what happened and what to do, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from contactdesk.merge import errors as m
from contactdesk.merge import pdf
from contactdesk.ui.placeholders import fill


class MergeTexts(QObject):
    """Translated sentences for merge errors."""

    def install_hint(self, source: str) -> str:
        """How to install LibreOffice here (source as merge.pdf.install_source() says), as a sentence."""
        if source == "linux":
            return fill(
                self.tr(
                    "Install LibreOffice Writer with your system's software manager; on Debian or "
                    "Ubuntu: sudo apt-get install %1 (the second package gives Calibri-compatible "
                    "text)."
                ),
                pdf.DEBIAN_PACKAGES,
            )
        return fill(self.tr("Download LibreOffice from %1 and install it."), pdf.DOWNLOAD_URL)

    def describe(self, error: m.MergeError) -> str:
        """One sentence per kind of merge problem."""
        if isinstance(error, m.TemplateRefusedError) and error.reason == "too_complex":
            return fill(
                self.tr(
                    "The Word template %1 is too complicated to read: %2. Simplify its fields in Word "
                    "(fewer brackets and tags inside each other, fewer fields) and import it again."
                ),
                error.template or "",
                error.detail,
            )
        if isinstance(error, m.TemplateRefusedError):
            return fill(
                self.tr(
                    "The Word template %1 was refused: %2. Letters may only show values; remove that "
                    "part of the template and try again."
                ),
                error.template or "",
                error.detail,
            )
        if isinstance(error, m.TemplateSyntaxProblem):
            return fill(
                self.tr(
                    "The Word template %1 has a mistake in its fields (%2) near “%3”. Correct it in Word "
                    "and import it again."
                ),
                error.template or "",
                error.message,
                error.place,
            )
        if isinstance(error, m.LetterRenderError):
            return fill(
                self.tr(
                    "The letter for contact %1 could not be made: %2. Check the contact's data and the "
                    "template's fields."
                ),
                error.contact_no,
                error.detail,
            )
        if isinstance(error, m.TemplateCheckError):
            errors = [p for p in error.problems if p.get("severity") == "error"]
            # Each finding in the user's language, from its kind and values (the engine's text is English).
            # Imported here: the check's modules load the merge engine, which the app loads on first use.
            from contactdesk.ui.merge.flow_texts import FlowTexts

            texts = FlowTexts()
            lines = "\n".join(f"• {texts.problem_from(p)}" for p in errors[:10])
            return (
                self.tr("The template check found %n problem(s); nothing was written:", "", len(errors)) + "\n" + lines
            )
        if isinstance(error, m.IncompatibleLettersError):
            return fill(
                self.tr(
                    "%1 does not use the same styles as %2, so they cannot share one print document. "
                    "They are combined separately."
                ),
                error.other,
                error.first,
            )
        if isinstance(error, m.LibreOfficeMissingError):
            return fill(
                self.tr(
                    "PDF files need LibreOffice, which is not installed on this computer. %1 Then try again; "
                    "the Word letters are made without it."
                ),
                self.install_hint(error.source),
            )
        if isinstance(error, m.EmailDraftError):
            return fill(
                self.tr(
                    "The e-mail address “%1” holds a line break, so no e-mail draft can be made for it. "
                    "Correct it on the contact card."
                ),
                error.value.replace("\r", " ").replace("\n", " "),
            )
        if isinstance(error, m.PdfConversionError):
            if error.problem == "timeout":
                return fill(
                    self.tr(
                        "LibreOffice took too long to make a PDF of %1 and was stopped. The Word file is "
                        "there; try again, or print it from Word."
                    ),
                    error.path,
                )
            return fill(
                self.tr(
                    "LibreOffice could not make a PDF of %1. The Word file is there; open it and save "
                    "it as PDF yourself."
                ),
                error.path,
            )
        return fill(self.tr("The letters could not be made: %1"), str(error))
