"""Check a whole file before anything is written: every problem of every row, duplicates, new companies."""

from __future__ import annotations

from collections.abc import Callable

from peewee import fn

from contactdesk.crm.errors import ImportFileError, MissingSetupError
from contactdesk.crm.imports.companies import CompanyLinker
from contactdesk.crm.imports.duplicates import DuplicateFinder
from contactdesk.crm.imports.fields import IMPORT_FIELDS
from contactdesk.crm.imports.queries import tuples
from contactdesk.crm.imports.results import ImportCheck, ImportProblem, ImportRow
from contactdesk.crm.imports.row_parser import RowParser
from contactdesk.crm.imports.source import ImportSource
from contactdesk.store.models import Contact, MarketingSetup

NAME_FIELDS = ("name", "first_name", "middle_name", "surname", "company_name")
PROGRESS_EVERY = 2000


def snapshot() -> tuple[object, ...]:
    """A cheap fingerprint of the contacts table: the import refuses to run on a changed table."""
    row = next(tuples(Contact.select(fn.COUNT(Contact.id), fn.MAX(Contact.id), fn.MAX(Contact.modified_at),
                                     fn.SUM(Contact.version))))
    return tuple(str(value) for value in row)


def check_import(source: ImportSource, mapping: dict[int, str] | None = None,
                 progress: Callable[[int], None] | None = None) -> ImportCheck:
    """Parse and check every row against the contact rules and the database; reads only."""
    mapping = dict(source.mapping if mapping is None else mapping)
    unknown = {field for field in mapping.values() if field and field not in IMPORT_FIELDS}
    if unknown:
        raise ValueError(f"unknown import fields {sorted(unknown)}")
    if not any(field in NAME_FIELDS for field in mapping.values()):
        raise ImportFileError(source.path, "no_name_column")
    parser = RowParser(source, mapping)
    rows: list[ImportRow] = []
    problems: list[ImportProblem] = []
    for index, cells in enumerate(source.rows):
        row, found = parser.parse(index, cells)
        rows.append(row)
        problems.extend(found)
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index)
    bad = {problem.row - source.first_row for problem in problems}
    linker = CompanyLinker(rows, bad)
    link_problems = linker.link(bad, lambda field: parser.column_of(field, {}))
    problems.extend(link_problems)
    bad |= {problem.row - source.first_row for problem in link_problems}
    problems.sort(key=lambda problem: problem.row)
    finder = DuplicateFinder()
    duplicates = []
    for row in rows:
        if row.index in bad:
            continue
        match = finder.match(row)
        if match is not None:
            duplicates.append(match)
    needed = sum(1 for row in rows if row.index not in bad and (not row.file_no or row.file_no in finder.numbers))
    needed += len(linker.new_companies)
    setup = MarketingSetup.get_or_none()
    if needed and (setup is None or not setup.contact_nos):
        raise MissingSetupError("contact_nos")
    if progress is not None:
        progress(len(source.rows))
    return ImportCheck(
        source=source, mapping=mapping, rows=rows, problems=problems, bad=bad, duplicates=duplicates,
        new_companies=sorted(linker.new_companies.values(), key=str.casefold), snapshot=snapshot(),
        numbers_needed=needed, by_index={match.index: match for match in duplicates},
        existing_companies=dict(linker.existing_by_name),
        existing_company_names=linker.existing_names, existing_numbers=finder.numbers,
        existing_uids={key[1][0] for key in finder.existing if key[0] == "uid"},
    )
