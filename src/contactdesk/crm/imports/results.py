"""Plain records the import check and the import return: rows, problems, duplicates and totals."""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.imports.facts import BadRows, RowFacts
from contactdesk.crm.imports.source import ImportSource

if TYPE_CHECKING:
    from contactdesk.crm.imports.spool import Spool

# How many problems and duplicates a check keeps to show; it counts them all. Nobody reads more, and a
# file where every one of 800,000 rows is wrong must not need gigabytes to say so.
LISTED = 10_000


class OnDuplicate(StrEnum):
    """What happens to a row that matches a contact already there (or an earlier row of the file)."""

    SKIP = "skip"
    UPDATE = "update"
    ADD = "add"


# English sentences for the command line and logs; the GUI words each problem itself (ui/contacts_io).
_FIELD_NAMES = {
    "name": "Name",
    "email": "E-mail",
    "email_2": "E-mail 2",
    "salesperson_code": "Salesperson",
    "country_code": "Country/region",
    "language_code": "Language",
    "territory_code": "Territory",
    "company_no": "Company No.",
    "type": "Type",
    "correspondence_type": "Correspondence type",
    "no": "No.",
    # A classification cell holds several codes: a problem is about one of them.
    "industry_groups": "Industry group",
    "business_relations": "Business relation",
    "mailing_groups": "Mailing group",
    "job_responsibilities": "Job responsibility",
}


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with one row: problem as in ValidationError (required, invalid_email, unknown, …).

    A warning does not stop the row: it is imported with a default in place of the value (an unknown
    language gets the default language).
    """

    row: int
    column: str
    field: str
    problem: str
    value: str = ""
    limit: int = 0
    warning: bool = False

    @property
    def message(self) -> str:
        """The problem in one English sentence."""
        label = _FIELD_NAMES.get(self.field, self.field.replace("_", " ").capitalize())
        if self.warning:
            return f"{label} '{self.value}' is not known; the default is used"
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
        """The JSON shape of the command line: row, column, message, severity."""
        return {
            "row": self.row,
            "column": self.column,
            "message": self.message,
            "severity": "warning" if self.warning else "error",
        }


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
    name: str = ""  # the existing company's name


@dataclass
class NewCompany:
    """A company the import creates because person rows name it."""

    name: str
    # The business address of the first person row naming it that had one (address … country_code).
    address: dict[str, str] = field(default_factory=dict)
    # Named by a row that is imported whatever the duplicate choice, or only by duplicates (then only
    # "add them anyway" creates it).
    by_new_row: bool = False


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
    # The address came from the first (business) block of a layout with several (Outlook).
    work_address: bool = False


@dataclass(frozen=True)
class UnknownCode:
    """A classification code a file uses that is not set up: how many rows use it, and the first of them."""

    kind: str
    code: str
    rows: int
    first_row: int


@dataclass
class ImportCheck:
    """Everything the user sees before confirming; nothing has been written.

    Holds no row objects: per row only its facts (flags, duplicate target); the parsed rows without
    problems wait on disk for the writer (companies and persons apart, as the writer inserts them),
    and the first LISTED problems and duplicates are kept to show.
    """

    source: ImportSource
    mapping: dict[int, str]
    row_count: int
    problems: list[ImportProblem]
    problem_count: int
    facts: RowFacts
    duplicates: list[DuplicateMatch]
    new_companies: list[str]
    company_rows: Spool
    person_rows: Spool
    snapshot: tuple[object, ...] = ()
    numbers_needed: int = 0
    warning_count: int = 0
    new_company_data: dict[str, NewCompany] = field(default_factory=dict)
    # What the database held at check time (the snapshot proves it still does at import time).
    existing_numbers: set[str] = field(default_factory=set)
    # The highest number of the contact series a row of the file keeps: new numbers come after it.
    kept_max: int = 0
    # Classification: (row index, kind, code) of the rows without problems, the rows that have any,
    # the codes not set up (once each) and those of them the user chose to create.
    class_rows: Spool | None = None
    coded_rows: set[int] = field(default_factory=set)
    unknown_codes: list[UnknownCode] = field(default_factory=list)
    codes_to_create: set[tuple[str, str]] = field(default_factory=set)

    def records(self) -> Iterator[tuple[Any, ...]]:
        """Every parsed row without problems (see records.py), in file order."""
        return heapq.merge(self.company_rows, self.person_rows, key=lambda record: int(record[0]))

    @property
    def bad(self) -> BadRows:
        """The indices of the rows with problems (only warnings do not count)."""
        return BadRows(self.facts)

    @property
    def duplicate_count(self) -> int:
        """Rows without problems that match a contact or an earlier row (all, not only those listed)."""
        return self.facts.duplicate_count

    @property
    def bad_rows(self) -> list[int]:
        """Row numbers (as the user sees them) that have at least one problem."""
        return [self.source.row_number(index) for index in self.bad]

    def plan(self, on_duplicate: OnDuplicate, skip_bad: bool) -> tuple[int, int, int]:
        """(added, updated, skipped) if the import ran with these choices."""
        bad, duplicates = len(self.bad), self.duplicate_count
        if bad and not skip_bad:
            return 0, 0, self.row_count
        added = self.row_count - bad - duplicates
        if on_duplicate == OnDuplicate.ADD:
            return added + duplicates, 0, bad
        if on_duplicate == OnDuplicate.SKIP:
            return added, 0, bad + duplicates
        return added, duplicates, bad


@dataclass(frozen=True)
class ImportResult:
    """What the import did."""

    imported: int
    updated: int
    skipped: int
    companies_created: int
    problems: list[ImportProblem]
    # All problems and warnings found, also those beyond the LISTED kept in `problems`.
    problem_count: int = 0
    codes_created: int = 0

    def as_dict(self) -> dict[str, object]:
        """The JSON the command line prints."""
        return {
            "imported": self.imported,
            "updated": self.updated,
            "skipped": self.skipped,
            "problems": [problem.as_dict() for problem in self.problems],
            "problem_count": max(self.problem_count, len(self.problems)),
        }
