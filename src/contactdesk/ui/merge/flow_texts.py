"""Sentences of the merge dialog built from the check's findings, in the user's language.

The engine describes problems in English for the command line; the dialog rebuilds each sentence from
the problem's kind and values so it can be translated. An unknown kind falls back to the engine's text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject

from contactdesk.merge.email_draft import DRAFT_PROBLEMS
from contactdesk.merge.segment_check import CheckedProblem, Recipient, TemplateVersion
from contactdesk.merge.template_check import Problem
from contactdesk.ui.placeholders import fill


class FlowTexts(QObject):
    """Translated texts of the merge dialog that depend on counts or on the check's findings."""

    def severity(self, severity: str) -> str:
        """ "Error" stops the merge, "Warning" does not."""
        return self.tr("Stops the merge") if severity == "error" else self.tr("Warning")

    def version(self, version: TemplateVersion) -> str:
        """Which document: "WELCOME · nl · welcome_letter.docx", or a personalised letter."""
        if version.personal:
            return fill(self.tr("Personal letter %1"), version.file_name)
        return " · ".join(part for part in (version.code, version.language, version.file_name) if part)

    def where(self, item: CheckedProblem) -> str:
        """The part of the document and the paragraph the problem is in."""
        part = item.problem.part
        label = (
            self.tr("Header")
            if "header" in part
            else self.tr("Footer")
            if "footer" in part
            else self.tr("Letter")
            if part
            else ""
        )
        place = item.problem.place
        return f"{label}: “{place}”" if label and place else label or place

    def problem(self, item: CheckedProblem) -> str:
        """One sentence per kind of problem."""
        problem = item.problem
        names = ", ".join(problem.contacts)
        more = problem.count - len(problem.contacts)
        if more > 0:
            names += " " + self.tr("and %n more", "", more)
        kind = problem.kind
        if kind == "unknown_field":
            return fill(
                self.tr(
                    "Unknown field “%1”: no merge field has that name. Correct it in Word (the README lists "
                    "every field)."
                ),
                problem.field,
            )
        if kind == "unsafe":
            return fill(
                self.tr(
                    "“%1” reaches into the program's internals; a letter may only show values. Remove it "
                    "from the template."
                ),
                problem.field or problem.message,
            )
        if kind == "syntax":
            # The engine's message ends in the place, which the Where column shows already.
            return fill(
                self.tr(
                    "The placeholders are not written correctly (%1). Check the {{ }} and {% %} marks "
                    "around this place."
                ),
                problem.message.split(" near “")[0],
            )
        if kind == "empty_field":
            return fill(
                self.tr(
                    "“%1” is empty for %n recipient(s), so their letters show nothing there: %2", "", problem.count
                ),
                problem.field,
                names,
            )
        if kind == "split_placeholder":
            return self.tr(
                "Word split a placeholder across differently formatted pieces. The letter still works; "
                "retype it in one go so it keeps one formatting."
            )
        if kind == "too_large":
            return self.tr(
                "The template is too large to use, or unpacks to far more than it holds; it may be damaged or "
                "made to harm programs. Open it in Word, remove very large pictures or embedded files, save it "
                "again as .docx and attach it again."
            )
        if kind == "too_complex":
            return self.tr(
                "The template's fields are too complicated to read: too many fields, or brackets and tags "
                "nested too deeply. Simplify them in Word and attach the document again."
            )
        if kind == "not_docx":
            return self.tr("The template is not a Word (.docx) document. Save it as .docx in Word and attach it again.")
        if kind == "render_failed":
            return fill(self.tr("A trial letter could not be made: %1"), problem.message)
        if kind == "no_lines":
            return self.tr("The segment has no lines. Add contacts first.")
        if kind == "no_document":
            return fill(
                self.tr(
                    "%n line(s) have no Word document in their language: %1. Attach a document to the "
                    "interaction template under Setup.",
                    "",
                    problem.count,
                ),
                names,
            )
        if kind == "draft_line_break":
            return fill(
                self.tr(
                    "%n e-mail draft(s) had a line break in the name or subject, which was put on one line: %1. "
                    "Correct the contact or the segment line.",
                    "",
                    problem.count,
                ),
                names,
            )
        if kind == "draft_refused":
            return fill(
                self.tr(
                    "%n e-mail draft(s) were not written because the e-mail address holds a line break: %1. "
                    "Their letter is written; correct the e-mail address on the contact card.",
                    "",
                    problem.count,
                ),
                names,
            )
        if kind == "no_email":
            return fill(
                self.tr(
                    "%n e-mail line(s) have no e-mail address: %1. Their letter is written, but no e-mail draft.",
                    "",
                    problem.count,
                ),
                names,
            )
        return problem.message

    def problem_from(self, values: Mapping[str, Any]) -> str:
        """The sentence for a finding given as plain values (Problem.as_dict(), as errors carry them)."""
        known = {name: values[name] for name in Problem.__dataclass_fields__ if name in values}
        known["contacts"] = tuple(known.get("contacts", ()))
        problem = Problem(**{"kind": "", "severity": "error", "message": "", **known})
        text = self.problem(CheckedProblem(problem))
        place = problem.place
        if place and problem.kind in ("syntax", "unknown_field", "too_complex"):
            return text + "\n    " + fill(self.tr("In the paragraph “%1”"), place)
        return text

    def draft_problems(self, problems: Sequence[Problem]) -> list[str]:
        """Sentences for the drafts a contact's value changed or stopped (found while writing them)."""
        return [self.problem(CheckedProblem(problem)) for problem in problems if problem.kind in DRAFT_PROBLEMS]

    def reason(self, reason: str) -> str:
        """Why a recipient is worth a look (the engine's reasons, translated)."""
        reasons = {
            "longest name": self.tr("longest name"),
            "longest address": self.tr("longest address"),
            "most missing fields": self.tr("most missing fields"),
            "non-ASCII text": self.tr("special letters"),
            "“&” in a value": self.tr("“&” in a value"),
            "“<” in a value": self.tr("“<” in a value"),
        }
        return reasons.get(reason, reason)

    def recipient(self, recipient: Recipient) -> str:
        """A line of the preview's pick list."""
        text = f"{recipient.contact_no} – {recipient.name}"
        if recipient.template.language:
            text += f" ({recipient.template.language})"
        if recipient.reasons:
            text += " — " + ", ".join(self.reason(reason) for reason in recipient.reasons)
        return text

    def check_summary(self, errors: int, warnings: int, letters: int, drafts: int) -> str:
        """The headline of the check step."""
        if errors and not letters:
            # The template advice below would send the user to Word for a problem that is not in it.
            return self.tr(
                "The segment has no lines, so there is nothing to merge. Add contacts to it first "
                "(Add contacts… on the segment), then check again."
            )
        if errors:
            return self.tr(
                "%n problem(s) stop the merge. Correct the template in Word, attach it again under "
                "Setup → Interaction templates, and check again.",
                "",
                errors,
            )
        text = self.tr("Ready to merge %n letter(s).", "", letters)
        if drafts:
            text += " " + self.tr("%n of them also become an e-mail draft.", "", drafts)
        if warnings:
            text += " " + self.tr(
                "%n warning(s): look at them and at the preview; they do not stop the merge.", "", warnings
            )
        return text

    def existing_files(self, count: int) -> str:
        """Warning under the folder field."""
        return self.tr(
            "This folder already holds %n Word document(s); a letter with the same name replaces it.", "", count
        )

    def letters_written(self, count: int, folder: str) -> str:
        """Summary: the letters."""
        return fill(self.tr("%n letter(s) in %1", "", count), folder)

    def drafts_written(self, count: int, folder: str) -> str:
        """Summary: the e-mail drafts."""
        return fill(
            self.tr("%n e-mail draft(s) in %1 — open them in your mail program to send them.", "", count), folder
        )

    def cancelled(self, count: int) -> str:
        """Summary after Cancel."""
        return self.tr(
            "The merge was canceled. %n letter(s) were finished and kept; no combined document and no "
            "e-mail drafts were made.",
            "",
            count,
        )

    def lines(self, count: int) -> str:
        """How many letters the merge will make."""
        return self.tr("The segment has %n line(s).", "", count)
