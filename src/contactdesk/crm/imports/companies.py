"""Link person rows to their company: a company row of the same file, an existing company, or a new one.

A company named by several rows is created once. Persons take the company's values where their own
are blank, as a person joining a company on the card does (Marketing Setup's inherit flags).
"""

from __future__ import annotations

from collections.abc import Callable

from contactdesk.crm import contact_rules as rules
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.imports.queries import tuples
from contactdesk.crm.imports.results import CompanyRef, ImportProblem, ImportRow
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, MarketingSetup
from contactdesk.store.search import fold

_CHUNK = 500


class CompanyLinker:
    """Resolves every person row's company once all rows are parsed (a company row may come later)."""

    def __init__(self, rows: list[ImportRow], bad: set[int]) -> None:
        self.rows = rows
        self.by_no: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        for row in rows:
            if row.data.type == ContactType.COMPANY and row.index not in bad:
                if row.file_no:
                    self.by_no.setdefault(row.file_no, row.index)
                self.by_name.setdefault(fold(row.data.name), row.index)
        self.existing_by_name: dict[str, int] = {}
        self.existing_by_no: dict[str, tuple[int, int, str]] = {}
        self.existing_names: dict[int, str] = {}
        query = Contact.select(Contact.id, Contact.no, Contact.type, Contact.search_name, Contact.name).order_by(
            Contact.no)
        for contact_id, no, kind, search_name, name in tuples(query):
            self.existing_by_no[str(no)] = (int(contact_id), int(kind), str(search_name))
            if kind == ContactType.COMPANY:
                self.existing_by_name.setdefault(str(search_name), int(contact_id))
                self.existing_names[int(contact_id)] = str(name)
        self.new_companies: dict[str, str] = {}

    def _ref(self, row: ImportRow) -> tuple[CompanyRef | None, str]:
        """The company reference, or the problem with the company number ('unknown', 'not_a_company')."""
        number, name = row.data.company_no, row.data.company_name
        key = fold(name)
        if number:
            if number in self.by_no:
                return CompanyRef(index=self.by_no[number]), ""
            existing = self.existing_by_no.get(number)
            # A number from another database may name a different company here: it counts only when
            # the name agrees (or the file gives no name).
            if existing is not None and existing[1] == ContactType.COMPANY and (not name or existing[2] == key):
                return CompanyRef(contact_id=existing[0]), ""
            if not name:
                return None, "not_a_company" if existing is not None else "unknown"
        if not name:
            return None, ""
        if key in self.by_name:
            return CompanyRef(index=self.by_name[key]), ""
        if key in self.existing_by_name:
            return CompanyRef(contact_id=self.existing_by_name[key]), ""
        self.new_companies.setdefault(key, name.strip())
        return CompanyRef(new_name=self.new_companies[key]), ""

    def link(self, bad: set[int], column_of: Callable[[str], str]) -> list[ImportProblem]:
        """Set each person row's company reference; returns problems with company numbers and names."""
        problems: list[ImportProblem] = []
        limit = int(Contact.name.max_length)
        for row in self.rows:
            if row.data.type != ContactType.PERSON or row.index in bad:
                continue
            if len(row.data.company_name) > limit:
                problems.append(ImportProblem(row.row, column_of("company_name"), "company_name", "too_long",
                                              row.data.company_name, limit))
                continue
            ref, problem = self._ref(row)
            if problem:
                problems.append(ImportProblem(row.row, column_of("company_no"), "company_no", problem,
                                              row.data.company_no))
                continue
            row.company = ref
        self._inherit(bad)
        return problems

    def _inherit(self, bad: set[int]) -> None:
        setup = MarketingSetup.get_or_none()
        flags = [names for flag, names in rules.INHERITED.items() if setup is None or getattr(setup, flag)]
        if not flags:
            return
        existing_ids = {row.company.contact_id for row in self.rows
                        if row.company is not None and row.company.contact_id is not None}
        existing = self._existing_data(sorted(existing_ids))
        by_index = {row.index: row for row in self.rows}
        for row in self.rows:
            ref = row.company
            if ref is None or row.index in bad:
                continue
            company: ContactData | None = None
            if ref.index is not None:
                company = by_index[ref.index].data
            elif ref.contact_id is not None:
                company = existing.get(ref.contact_id)
            if company is None:
                continue
            for names in flags:
                for name in names:
                    if not getattr(row.data, name):
                        setattr(row.data, name, getattr(company, name))

    @staticmethod
    def _existing_data(ids: list[int]) -> dict[int, ContactData]:
        found: dict[int, ContactData] = {}
        for start in range(0, len(ids), _CHUNK):
            for contact in Contact.select().where(Contact.id.in_(ids[start:start + _CHUNK])):
                found[int(contact.id)] = rules.to_data(contact)
        return found
