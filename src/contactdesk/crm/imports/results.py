"""Plain records the import check and the import return: rows, problems, duplicates and totals."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.imports.source import ImportSource


class OnDuplicate(StrEnum):
    """What happens to a row that matches a contact already there (or an earlier row of the file)."""

    SKIP = "skip"
    UPDATE = "update"
    ADD = "add"


# English sentences for the command line and logs; the GUI words each problem itself (ui/contacts_io).
_FIELD_NAMES = {
    "name": "Name", "email": "E-mail", "email_2": "E-mail 2", "salesperson_code": "Salesperson",
    "country_code": "Country/region", "language_code": "Language", "territory_code": "Territory",
    "company_no": "Company No.", "type": "Type", "correspondence_type": "Correspondence type", "no": "No.",
}


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with one row: problem as in ValidationError (required, invalid_email, unknown, …)."""

    row: int
    column: str
    field: str
    problem: str
    value: str = ""
    limit: int = 0

    @property
    def message(self) -> str:
        """The problem in one English sentence."""
        label = _FIELD_NAMES.get(self.field, self.field.replace("_", " ").capitalize())
        texts = {
            "required": f"{label} must have a value",
            "invalid_email": f"'{self.value}' is not a valid e-mail address",
            "unknown": f"{label} '{self.value}' does not exist",
            "too_long": f"{label} is too long (at most {self.limit} characters)",
            "not_a_company": f"{label} '{self.value}' is a person, not a company",
            "line_break": f"{label} holds a line break or other control character: put it on one line",
            "control_character": f"{label} holds an invisible control character (such as a tab): remove it",
        }
        return texts.get(self.problem, f"'{self.value}' is not a valid value for {label}")

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of the command line: row, column, message."""
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class DuplicateMatch:
    """A row that matches an existing contact, or an earlier row of the same file."""

    row: int
    index: int
    reason: str  # "uid", "email" or "name_post_code"
    name: str
    contact_id: int | None = None
    contact_no: str = ""
    contact_name: str = ""
    other_index: int | None = None
    other_row: int | None = None


@dataclass
class CompanyRef:
    """Which company a person row belongs to: a row of the file, an existing company, or one to create."""

    index: int | None = None
    contact_id: int | None = None
    new_name: str = ""


@dataclass
class ImportRow:
    """One checked row: the contact as it would be saved, plus what the file said about it."""

    index: int
    row: int
    data: ContactData
    uid: str = ""
    file_no: str = ""
    company: CompanyRef | None = None
    # Fields the file gave a non-empty value for: an update changes only these.
    given: frozenset[str] = frozenset()


@dataclass
class ImportCheck:
    """Everything the user sees before confirming; nothing has been written."""

    source: ImportSource
    mapping: dict[int, str]
    rows: list[ImportRow]
    problems: list[ImportProblem]
    bad: set[int]
    duplicates: list[DuplicateMatch]
    new_companies: list[str]
    snapshot: tuple[object, ...] = ()
    numbers_needed: int = 0
    by_index: dict[int, DuplicateMatch] = field(default_factory=dict)
    # What the database held at check time (the snapshot proves it still does at import time).
    existing_companies: dict[str, int] = field(default_factory=dict)
    existing_company_names: dict[int, str] = field(default_factory=dict)
    existing_numbers: set[str] = field(default_factory=set)
    existing_uids: set[str] = field(default_factory=set)

    @property
    def bad_rows(self) -> list[int]:
        """Row numbers (as the user sees them) that have at least one problem."""
        return sorted(self.source.row_number(index) for index in self.bad)

    def plan(self, on_duplicate: OnDuplicate, skip_bad: bool) -> tuple[int, int, int]:
        """(added, updated, skipped) if the import ran with these choices."""
        added = updated = skipped = 0
        for row in self.rows:
            if row.index in self.bad:
                skipped += 1
                continue
            match = self.by_index.get(row.index)
            if match is None or on_duplicate == OnDuplicate.ADD:
                added += 1
            elif on_duplicate == OnDuplicate.SKIP:
                skipped += 1
            else:
                updated += 1
        if self.bad and not skip_bad:
            return 0, 0, len(self.rows)
        return added, updated, skipped


@dataclass(frozen=True)
class ImportResult:
    """What the import did."""

    imported: int
    updated: int
    skipped: int
    companies_created: int
    problems: list[ImportProblem]

    def as_dict(self) -> dict[str, object]:
        """The JSON the command line prints."""
        return {"imported": self.imported, "updated": self.updated, "skipped": self.skipped,
                "problems": [problem.as_dict() for problem in self.problems]}
