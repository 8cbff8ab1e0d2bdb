"""Typed errors of the mail merge; each says what happened in words a user can act on.

They derive from crm's DomainError so the UI maps them like every other rule a user action breaks.
Each keeps its constructor arguments in `args`, so an error raised in a worker process pickles back.
"""

from __future__ import annotations

from contactdesk.crm.errors import DomainError


class MergeError(DomainError):
    """Base of every mail-merge problem."""

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        # Exceptions pickle as cls(*args); ours keep their own arguments there, not the message.
        return (type(self), self._init_args)

    def _remember(self, *args: object) -> None:
        self._init_args = args


class TemplateRefusedError(MergeError):
    """The template tried something a letter may not do (reach Python internals, loop for ever, …).

    reason is one of: unsafe, too_slow, too_large, too_many_steps, not_printable, too_complex (nested too
    deeply or too many fields to be read at all).
    """

    def __init__(self, reason: str, detail: str, template: str = "", contact_no: str = "") -> None:
        where = f" ({template}{', contact ' + contact_no if contact_no else ''})" if template or contact_no else ""
        super().__init__(f"the template was refused{where}: {detail}")
        self._remember(reason, detail, template, contact_no)
        self.reason = reason
        self.detail = detail
        self.template = template
        self.contact_no = contact_no


class TemplateSyntaxProblem(MergeError):
    """The template's placeholders are not valid; place is the text of the paragraph concerned."""

    def __init__(self, message: str, part: str, place: str, template: str = "") -> None:
        super().__init__(f"{template or 'template'}: {message} in {part} near {place!r}")
        self._remember(message, part, place, template)
        self.message = message
        self.part = part
        self.place = place
        self.template = template


class LetterRenderError(MergeError):
    """One letter could not be rendered (a value the template cannot use, a division by zero, …)."""

    def __init__(self, contact_no: str, detail: str, template: str = "") -> None:
        super().__init__(f"letter for contact {contact_no} ({template}): {detail}")
        self._remember(contact_no, detail, template)
        self.contact_no = contact_no
        self.detail = detail
        self.template = template


class TemplateCheckError(MergeError):
    """The check found problems that stop the merge; problems is the full list (errors and warnings)."""

    def __init__(self, problems: list[dict[str, object]]) -> None:
        errors = [p for p in problems if p.get("severity") == "error"]
        super().__init__(
            f"the template check found {len(errors)} problem(s): "
            + "; ".join(str(p.get("message", "")) for p in errors[:5])
        )
        self._remember(problems)
        self.problems = problems


class IncompatibleLettersError(MergeError):
    """Letters made from templates with different styles cannot share one combined document."""

    def __init__(self, first: str, other: str) -> None:
        super().__init__(f"{other} does not use the same styles as {first}; combine them separately")
        self._remember(first, other)
        self.first = first
        self.other = other


class EmailDraftError(MergeError):
    """A value cannot go into an e-mail draft's header. problem: line_break (in the address)."""

    def __init__(self, value: str, problem: str) -> None:
        super().__init__(f"the e-mail draft cannot use {value!r}: {problem}")
        self._remember(value, problem)
        self.value = value
        self.problem = problem


class LibreOfficeMissingError(MergeError):
    """PDF needs LibreOffice, which is not installed.

    source says how to get it ("linux": the distribution's packages, "download": the installer), a code
    the GUI words in the user's language; install_hint is the English hint for the command line and logs.
    """

    def __init__(self, source: str, install_hint: str = "") -> None:
        super().__init__(f"LibreOffice is needed to make PDF files: {install_hint or source}")
        self._remember(source, install_hint)
        self.source = source
        self.install_hint = install_hint


class PdfConversionError(MergeError):
    """LibreOffice ran but gave no PDF (problem: failed or timeout); output is what it printed."""

    def __init__(self, path: str, problem: str, output: str = "") -> None:
        super().__init__(f"no PDF made of {path}: {problem}" + (f" ({output.strip()[:300]})" if output.strip() else ""))
        self._remember(path, problem, output)
        self.path = path
        self.problem = problem
        self.output = output
