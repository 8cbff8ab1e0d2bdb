"""Typed errors of importing and exporting contacts (files, problems found, contacts changed meanwhile)."""

from __future__ import annotations

from contactdesk.crm.error_base import DomainError


class ImportFileError(DomainError):
    """A contacts file cannot be imported as a whole.

    problem is one of: missing, unreadable, too_large, empty, not_vcard, no_name_column, unsupported, changed.
    """

    _TEXTS = {
        "changed": "changed while it was being read; choose it again",
        "missing": "file not found",
        "unreadable": "cannot be read",
        "too_large": "too large to be a contacts file",
        "empty": "holds no rows",
        "not_vcard": "is not a vCard file",
        "no_name_column": "no column holds a name, first name, surname or company",
        "unsupported": "is a workbook, not a CSV file: save it as CSV first",
    }

    def __init__(self, path: str, problem: str, detail: str = "") -> None:
        super().__init__(f"{path}: {self._TEXTS.get(problem, problem)}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem
        self.detail = detail


class ImportProblemsError(DomainError):
    """Rows have problems and the user did not choose to skip them: nothing was written."""

    def __init__(self, rows: int, problems: int) -> None:
        super().__init__(f"{problems} problems in {rows} rows; fix the file or skip the bad rows")
        self.rows = rows
        self.problems = problems


class ImportOutdatedError(DomainError):
    """Contacts changed between the check and the import; the check must run again."""

    def __init__(self) -> None:
        super().__init__("contacts were changed since the import was checked; check the file again")


class ExportFileError(DomainError):
    """An export cannot be written. problem: unsupported (extension or vCard version), unwritable."""

    _TEXTS = {"unsupported": "use a .csv or .vcf file name", "unwritable": "cannot be written"}

    def __init__(self, path: str, problem: str, detail: str = "") -> None:
        super().__init__(f"{path}: {self._TEXTS.get(problem, problem)}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem
        self.detail = detail
