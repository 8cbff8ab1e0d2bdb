"""Link person rows to their company: a company row of the same file, an existing company, or a new one.

A company named by several rows is created once. Persons take the company's values where their own
are blank, as a person joining a company on the card does (Marketing Setup's inherit flags).
Only companies are held: by number, by name, and the values persons inherit. A company row may come
after persons that name it; the linker notices when one does, and the check then indexes every
company row first (a second read of the file) instead of holding the persons until the end.
"""

from __future__ import annotations

from collections.abc import Callable

from contactdesk.crm import contact_rules as rules
from contactdesk.crm.imports.queries import tuples
from contactdesk.crm.imports.results import CompanyRef, ImportProblem, ImportRow, NewCompany
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, MarketingSetup
from contactdesk.store.search import fold

ADDRESS_FIELDS = ("address", "address_2", "post_code", "city", "county", "country_code")


class CompanyLinker:
    """Resolves each person row's company against the file's company rows and the existing companies."""

    def __init__(self) -> None:
        self.by_no: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        setup = MarketingSetup.get_or_none()
        self.inherited = tuple(
            name for flag, names in rules.INHERITED.items() if setup is None or getattr(setup, flag) for name in names
        )
        self.values: dict[int, tuple[str, ...]] = {}
        self.existing_by_name: dict[str, int] = {}
        self.existing_by_no: dict[str, tuple[int, int, str]] = {}
        self.existing_names: dict[int, str] = {}
        query = Contact.select(Contact.id, Contact.no, Contact.type, Contact.search_name, Contact.name).order_by(
            Contact.no
        )
        for contact_id, no, kind, search_name, name in tuples(query):
            self.existing_by_no[str(no)] = (int(contact_id), int(kind), str(search_name))
            if kind == ContactType.COMPANY:
                self.existing_by_name.setdefault(str(search_name), int(contact_id))
                self.existing_names[int(contact_id)] = str(name)
        self._existing_values: dict[int, tuple[str, ...]] | None = None
        self.new_companies: dict[str, NewCompany] = {}
        self.limit = int(Contact.name.max_length)
        # Numbers and names persons gave that no company row above them had; None once all are indexed.
        self.unseen: tuple[set[str], set[str]] | None = (set(), set())

    def add_company(self, row: ImportRow) -> bool:
        """A company row without problems that persons may name; False when a person above named it already."""
        key = fold(row.data.name)
        if self.unseen is not None and (row.file_no in self.unseen[0] or key in self.unseen[1]):
            return False
        if row.file_no:
            self.by_no.setdefault(row.file_no, row.index)
        self.by_name.setdefault(key, row.index)
        self.values[row.index] = tuple(getattr(row.data, name) for name in self.inherited)
        return True

    def _ref(self, row: ImportRow) -> tuple[CompanyRef | None, str]:
        """The company reference, or the problem with the company number ('unknown', 'not_a_company')."""
        number, name = row.data.company_no, row.data.company_name
        key = fold(name)
        if number:
            if number in self.by_no:
                return CompanyRef(index=self.by_no[number]), ""
            if self.unseen is not None:
                self.unseen[0].add(number)
            existing = self.existing_by_no.get(number)
            # A number from another database may name a different company here: it counts only when
            # the name agrees (or the file gives no name).
            if existing is not None and existing[1] == ContactType.COMPANY and (not name or existing[2] == key):
                return CompanyRef(contact_id=existing[0], name=self.existing_names.get(existing[0], "")), ""
            if not name:
                return None, "not_a_company" if existing is not None else "unknown"
        if not name:
            return None, ""
        if key in self.by_name:
            return CompanyRef(index=self.by_name[key]), ""
        if self.unseen is not None:
            self.unseen[1].add(key)
        if key in self.existing_by_name:
            found = self.existing_by_name[key]
            return CompanyRef(contact_id=found, name=self.existing_names.get(found, "")), ""
        company = self.new_companies.setdefault(key, NewCompany(name.strip()))
        if row.work_address and not company.address:
            # The company takes the business address of the person naming it: that is where it is.
            company.address = {field: getattr(row.data, field) for field in ADDRESS_FIELDS}
        return CompanyRef(new_name=company.name), ""

    def link(self, row: ImportRow, column_of: Callable[[str], str]) -> ImportProblem | None:
        """Set a person row's company reference and inherit its values; the problem with it, if any."""
        limit = self.limit
        if len(row.data.company_name) > limit:
            return ImportProblem(
                row.row, column_of("company_name"), "company_name", "too_long", row.data.company_name, limit
            )
        ref, problem = self._ref(row)
        if problem:
            return ImportProblem(row.row, column_of("company_no"), "company_no", problem, row.data.company_no)
        row.company = ref
        self._inherit(row)
        return None

    def _inherit(self, row: ImportRow) -> None:
        ref = row.company
        if ref is None or not self.inherited:
            return
        values: tuple[str, ...] | None = None
        if ref.index is not None:
            values = self.values.get(ref.index)
        elif ref.contact_id is not None:
            values = self._existing().get(ref.contact_id)
        if values is None:
            return
        for name, value in zip(self.inherited, values, strict=True):
            if not getattr(row.data, name):
                setattr(row.data, name, value)

    def _existing(self) -> dict[int, tuple[str, ...]]:
        """What persons inherit from each existing company, read in one query when first needed."""
        if self._existing_values is None:
            columns = [
                Contact.salesperson if name == "salesperson_code" else getattr(Contact, name) for name in self.inherited
            ]
            query = Contact.select(Contact.id, *columns).where(Contact.type == ContactType.COMPANY)
            self._existing_values = {int(row[0]): tuple(str(value or "") for value in row[1:]) for row in tuples(query)}
        return self._existing_values
