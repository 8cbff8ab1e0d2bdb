"""Classification columns of an import: codes separated by ';', checked against the codes set up (in memory).

A code that is not set up is a problem of its row (row and column named), unless the user asked to create
it: then it is created, once, in the import's own transaction, and the row keeps it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from contactdesk.crm.contact_class_kinds import BUSINESS_RELATION, INDUSTRY_GROUP, JOB_RESPONSIBILITY, MAILING_GROUP
from contactdesk.crm.contact_classes import LINKS
from contactdesk.crm.imports.queries import tuples
from contactdesk.crm.imports.results import ImportProblem, UnknownCode
from contactdesk.crm.imports.source import ImportSource
from contactdesk.crm.lookups import max_length

# Import field (fields.CLASS_COLUMNS) → classification kind; the CSV headers are in fields.CLASS_OWN_COLUMNS.
CLASS_FIELDS: dict[str, str] = {
    "industry_groups": INDUSTRY_GROUP,
    "business_relations": BUSINESS_RELATION,
    "mailing_groups": MAILING_GROUP,
    "job_responsibilities": JOB_RESPONSIBILITY,
}
SEPARATOR = ";"
CREATE_ALL = True  # create_codes=True: every code not set up is created (the CLI's --create-codes)
Code = tuple[str, str]  # (kind, code)


def split_codes(text: str) -> list[str]:
    """'retail; wholesale' → ['RETAIL', 'WHOLESALE'] (codes are kept in capitals, as the card keeps them)."""
    found: list[str] = []
    for part in text.split(SEPARATOR):
        code = part.strip().upper()
        if code and code not in found:
            found.append(code)
    return found


class ClassCodeChecker:
    """Reads a row's classification cells; knows the codes set up and which unknown ones to create."""

    def __init__(self, source: ImportSource, mapping: dict[int, str], create: bool | Collection[Code] = ()) -> None:
        self.source = source
        self.columns = [(column, field) for column, field in sorted(mapping.items()) if field in CLASS_FIELDS]
        self.known: dict[str, set[str]] = {}
        for kind, link in LINKS.items():
            model: Any = link.codes
            self.known[kind] = {str(code) for (code,) in tuples(model.select(model.code))}
        self.limit = {kind: max_length(link.codes, "code") for kind, link in LINKS.items()}
        self.create_all = create is True
        self.create: set[Code] = set() if isinstance(create, bool) else {(k, c.upper()) for k, c in create}
        self.unknown: dict[Code, UnknownCode] = {}
        self.to_create: set[Code] = set()

    def parse(self, index: int, cells: list[str]) -> tuple[list[Code], list[ImportProblem]]:
        """The row's codes and its problems (unknown codes not to be created; codes too long)."""
        codes: list[Code] = []
        problems: list[ImportProblem] = []
        for column, field in self.columns:
            kind = CLASS_FIELDS[field]
            for code in split_codes(cells[column] if column < len(cells) else ""):
                problem = self._problem(kind, code, index)
                if problem:
                    row = self.source.row_number(index)
                    limit = self.limit[kind] if problem == "too_long" else 0
                    problems.append(ImportProblem(row, self.source.headers[column], field, problem, code, limit))
                else:
                    codes.append((kind, code))
        return codes, problems

    def _problem(self, kind: str, code: str, index: int) -> str:
        if len(code) > self.limit[kind]:
            return "too_long"
        if code in self.known[kind]:
            return ""
        key = (kind, code)
        seen = self.unknown.get(key)
        row = self.source.row_number(index)
        self.unknown[key] = UnknownCode(kind, code, (seen.rows if seen else 0) + 1, seen.first_row if seen else row)
        if self.create_all or key in self.create:
            self.to_create.add(key)
            return ""
        return "unknown"

    def unknown_codes(self) -> list[UnknownCode]:
        """Every code the file uses that is not set up, once each, by kind and code."""
        return sorted(self.unknown.values(), key=lambda found: (list(LINKS).index(found.kind), found.code))
