"""Check a whole file before anything is written: every problem of every row, duplicates, new companies.

The file is read as a stream, row by row (twice when persons may name companies: first the company
rows, so a person can be linked to a company row further down). What the writer needs of a row goes
to spools on disk; memory holds only a few bytes of facts per row and the keys that find duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from peewee import fn

from contactdesk.crm.errors import ImportFileError, MissingSetupError
from contactdesk.crm.imports import facts as fl
from contactdesk.crm.imports import records
from contactdesk.crm.imports.class_codes import ClassCodeChecker
from contactdesk.crm.imports.companies import CompanyLinker
from contactdesk.crm.imports.duplicates import DuplicateFinder, Match
from contactdesk.crm.imports.fields import IMPORT_FIELDS
from contactdesk.crm.imports.queries import tuples
from contactdesk.crm.imports.results import LISTED, DuplicateMatch, ImportCheck, ImportProblem, ImportRow
from contactdesk.crm.imports.row_parser import RowParser
from contactdesk.crm.imports.source import ImportSource
from contactdesk.crm.imports.spool import Spool
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, MarketingSetup, NumberSeries
from contactdesk.store.search import fold

NAME_FIELDS = ("name", "first_name", "middle_name", "surname", "company_name")
PROGRESS_EVERY = 2000
_CHUNK = 500


def snapshot() -> tuple[object, ...]:
    """A cheap fingerprint of the contacts table: the import refuses to run on a changed table."""
    row = next(
        tuples(
            Contact.select(
                fn.COUNT(Contact.id), fn.MAX(Contact.id), fn.MAX(Contact.modified_at), fn.SUM(Contact.version)
            )
        )
    )
    return tuple(str(value) for value in row)


class _CompanyBelow(Exception):
    """A company row came after a person that names it: the check starts again, companies first."""


def check_import(
    source: ImportSource,
    mapping: dict[int, str] | None = None,
    progress: Callable[[int], None] | None = None,
    create_codes: bool | Collection[tuple[str, str]] = (),
) -> ImportCheck:
    """Parse and check every row against the contact rules and the database; reads only.

    `create_codes`: classification codes (kind, code) not set up that the import may create (True: all).
    """
    mapping = dict(source.mapping if mapping is None else mapping)
    unknown = {field for field in mapping.values() if field and field not in IMPORT_FIELDS}
    if unknown:
        raise ValueError(f"unknown import fields {sorted(unknown)}")
    if not any(field in NAME_FIELDS for field in mapping.values()):
        raise ImportFileError(source.path, "no_name_column")
    checker = ImportChecker(source, mapping, progress, create_codes=create_codes)
    try:
        return checker.run()
    except _CompanyBelow:
        checker.companies.close()
        checker.persons.close()
        checker.class_rows.close()
    return ImportChecker(source, mapping, progress, companies_first=True, create_codes=create_codes).run()


class ImportChecker:
    """One pass over the rows in file order, keeping per row only what the writer and the user need."""

    def __init__(
        self,
        source: ImportSource,
        mapping: dict[int, str],
        progress: Callable[[int], None] | None,
        companies_first: bool = False,
        create_codes: bool | Collection[tuple[str, str]] = (),
    ) -> None:
        self.source = source
        self.classes = ClassCodeChecker(source, mapping, create_codes)
        self.class_rows = Spool()
        self.coded_rows: set[int] = set()
        self.mapping = mapping
        self.progress = progress or (lambda _done: None)
        self.parser = RowParser(source, mapping)
        self.linker = CompanyLinker()
        self.finder = DuplicateFinder()
        self.facts = fl.RowFacts()
        self.companies, self.persons = Spool(), Spool()
        self.problems: list[ImportProblem] = []
        self.problem_count = self.warning_count = 0
        self.duplicates: list[DuplicateMatch] = []
        self.kept_numbers: set[str] = set()
        self.kept_max = self.needed = 0
        self.setup = MarketingSetup.get_or_none()
        series = NumberSeries.get_or_none(NumberSeries.code == self.setup.contact_nos) if self.setup else None
        self.prefix = str(series.prefix) if series is not None else None
        # Persons can name a company only through these columns; without them no row links to a company.
        self.links = any(field in ("company_name", "company_no") for field in mapping.values())
        self.companies_first = companies_first and self.links

    def run(self) -> ImportCheck:
        """Check every row; the result holds the spools of rows to write."""
        total = self.source.row_count
        first_pass = 0
        if self.companies_first:
            first_pass = total // 5
            self._index_companies(first_pass)
            self.linker.unseen = None
        count = 0
        for index, cells in enumerate(self.source.iter_rows()):
            self._check_row(index, cells)
            count += 1
            if index % PROGRESS_EVERY == 0:
                self.progress(first_pass + (index * (total - first_pass)) // max(total, 1))
        self._name_duplicates()
        self.needed += len(self.linker.new_companies)
        if self.needed and (self.setup is None or not self.setup.contact_nos):
            raise MissingSetupError("contact_nos")
        self.progress(total)
        return ImportCheck(
            source=self.source,
            mapping=self.mapping,
            row_count=count,
            problems=self.problems,
            problem_count=self.problem_count,
            facts=self.facts,
            duplicates=self.duplicates,
            new_companies=sorted((company.name for company in self.linker.new_companies.values()), key=str.casefold),
            company_rows=self.companies,
            person_rows=self.persons,
            snapshot=snapshot(),
            numbers_needed=self.needed,
            warning_count=self.warning_count,
            new_company_data=self.linker.new_companies,
            existing_numbers=self.finder.numbers,
            kept_max=self.kept_max,
            class_rows=self.class_rows,
            coded_rows=self.coded_rows,
            unknown_codes=self.classes.unknown_codes(),
            codes_to_create=self.classes.to_create,
        )

    def _index_companies(self, share: int) -> None:
        """The company rows without problems, so persons above them can be linked to them too."""
        total = max(self.source.row_count, 1)
        for index, cells in enumerate(self.source.iter_rows()):
            if self.parser.is_company(cells):
                row, found = self.parser.parse(index, cells)
                if all(problem.warning for problem in found):
                    self.linker.add_company(row)
            if index % PROGRESS_EVERY == 0:
                self.progress(index * share // total)

    def _column(self, field: str) -> str:
        return self.parser.column_of(field, {})

    def _has_uid(self, index: int) -> bool:
        return bool(self.facts.flags[index] & fl.HAS_UID)

    def _check_row(self, index: int, cells: list[str]) -> None:
        row, found = self.parser.parse(index, cells)
        codes, class_problems = self.classes.parse(index, cells) if self.classes.columns else ([], [])
        found += class_problems
        bad = False
        if found:
            bad = not all(problem.warning for problem in found)
            self._report(found)
        company = row.data.type == ContactType.COMPANY
        if not bad and company and self.links and not self.companies_first and not self.linker.add_company(row):
            raise _CompanyBelow()
        if not bad and not company and self.links:
            problem = self.linker.link(row, self._column)
            if problem is not None:
                self._report([problem])
                bad = True
        flags = (fl.BAD if bad else 0) | (fl.COMPANY if company else 0) | (fl.HAS_UID if row.uid else 0)
        if bad:
            self.facts.add(flags)
            return
        flags |= self._keeps(row)
        self.facts.add(flags)
        match = self.finder.match(row, self._has_uid)
        if match is not None:
            self._duplicate(row, match)
        if not flags & fl.KEEPS_NO:
            self.needed += 1
        if row.company is not None and row.company.new_name:
            self.linker.new_companies[fold(row.company.new_name)].by_new_row |= match is None
        (self.companies if company else self.persons).append(records.encode(row))
        if codes:
            self.coded_rows.add(index)
            for kind, code in codes:
                self.class_rows.append((index, kind, code))

    def _keeps(self, row: ImportRow) -> int:
        """Whether an insert of this row may keep the file's UID and No. (the first row to give them does)."""
        flags = 0
        uid = row.uid.strip().lower()
        if uid and uid not in self.finder.existing_uids and self.finder.first_with_uid(uid) is None:
            flags |= fl.KEEPS_UID
        number = row.file_no
        if number and number not in self.finder.numbers and number not in self.kept_numbers:
            self.kept_numbers.add(number)
            flags |= fl.KEEPS_NO
            if self.prefix is not None and number.startswith(self.prefix) and number[len(self.prefix) :].isdigit():
                self.kept_max = max(self.kept_max, int(number[len(self.prefix) :]))
        return flags

    def _report(self, found: list[ImportProblem]) -> None:
        for problem in found:
            self.problem_count += 1
            self.warning_count += problem.warning
            if len(self.problems) < LISTED:
                self.problems.append(problem)

    def _duplicate(self, row: ImportRow, match: Match) -> None:
        self.facts.set_target(row.index, match.contact_id, match.other_index)
        if len(self.duplicates) < LISTED:
            other = match.other_index
            self.duplicates.append(
                DuplicateMatch(
                    row.row,
                    row.index,
                    match.reason,
                    row.data.name,
                    contact_id=match.contact_id,
                    other_index=other,
                    other_row=None if other is None else self.source.row_number(other),
                )
            )

    def _name_duplicates(self) -> None:
        """Fill in the number and name of what each listed duplicate matches (read for these only)."""
        ids = sorted({match.contact_id for match in self.duplicates if match.contact_id is not None})
        contacts: dict[int, tuple[str, str]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            query = Contact.select(Contact.id, Contact.no, Contact.name).where(Contact.id.in_(chunk))
            contacts.update({int(row[0]): (str(row[1]), str(row[2])) for row in tuples(query)})
        wanted = {match.other_index for match in self.duplicates if match.other_index is not None}
        names: dict[int, str] = {}
        last = max(wanted, default=-1)
        for spool in (self.companies, self.persons) if wanted else ():
            for record in spool:
                if record[records.INDEX] > last:
                    break  # the rows matched are above the rows matching them
                if record[records.INDEX] in wanted:
                    names[record[records.INDEX]] = record[records.NAME]
        self.duplicates = [
            DuplicateMatch(
                match.row,
                match.index,
                match.reason,
                match.name,
                match.contact_id,
                *contacts.get(match.contact_id, ("", "")),
                other_index=match.other_index,
                other_row=match.other_row,
            )
            if match.contact_id is not None
            else DuplicateMatch(
                match.row,
                match.index,
                match.reason,
                match.name,
                contact_name=names.get(int(match.other_index or 0), ""),
                other_index=match.other_index,
                other_row=match.other_row,
            )
            for match in self.duplicates
        ]
