"""Write a checked import in ONE transaction: numbers reserved at once, rows inserted and updated in bulk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from peewee import fn

from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.errors import ImportOutdatedError, ImportProblemsError, MissingSetupError
from contactdesk.crm.imports.checker import snapshot
from contactdesk.crm.imports.results import (
    CompanyRef,
    DuplicateMatch,
    ImportCheck,
    ImportResult,
    ImportRow,
    OnDuplicate,
)
from contactdesk.crm.imports.updates import apply_updates
from contactdesk.store import fulltext
from contactdesk.store.bulk import insert_model_rows
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, MarketingSetup, NumberSeries
from contactdesk.store.models.base import new_uid, utcnow
from contactdesk.store.numbering import reserve
from contactdesk.store.search import fold, search_text_for

BATCH = 5000
_DATA_COLUMNS = ("name", "name_2", "first_name", "middle_name", "surname", "initials", "job_title", "address",
                 "address_2", "post_code", "city", "county", "country_code", "phone_no", "mobile_phone_no", "email",
                 "email_2", "home_page", "vat_registration_no", "territory_code", "language_code",
                 "correspondence_type", "salutation_code", "exclude_from_segment", "privacy_blocked", "minor",
                 "parental_consent_received")
FIELDS = [Contact.id, Contact.no, Contact.uid, Contact.type, Contact.company, Contact.company_name,
          *[getattr(Contact, name) for name in _DATA_COLUMNS], Contact.salesperson, Contact.search_name,
          Contact.search_text, Contact.version, Contact.created_at, Contact.modified_at]
Target = tuple[str, Any]  # ("existing", contact id) or ("row", row index)


class ImportWriter:
    """Decides what each row becomes under the user's choices, then writes it all."""

    def __init__(self, check: ImportCheck, on_duplicate: OnDuplicate,
                 progress: Callable[[int], None] | None) -> None:
        self.check = check
        self.on_duplicate = on_duplicate
        self.progress = progress or (lambda _done: None)
        self.rows = {row.index: row for row in check.rows}
        self.inserts: list[ImportRow] = []
        self.data: dict[int, ContactData] = {}
        self.updates: dict[int, list[ImportRow]] = {}
        self.merged = 0
        self.skipped = len(check.bad)
        self.now = utcnow()
        self.done = 0

    def _target(self, match: DuplicateMatch) -> Target:
        """What a duplicate finally points at: an existing contact, or the first row of a chain in the file."""
        seen: set[int] = set()
        while match.contact_id is None and match.other_index is not None and match.other_index not in seen:
            seen.add(match.other_index)
            earlier = self.check.by_index.get(match.other_index)
            if earlier is None:
                return "row", match.other_index
            match = earlier
        return ("existing", match.contact_id) if match.contact_id is not None else ("row", match.other_index)

    def _decide(self) -> None:
        for row in self.check.rows:
            if row.index in self.check.bad:
                continue
            match = self.check.by_index.get(row.index)
            if match is None or self.on_duplicate == OnDuplicate.ADD:
                self.inserts.append(row)
                self.data[row.index] = row.data
            elif self.on_duplicate == OnDuplicate.SKIP:
                self.skipped += 1
            else:
                kind, key = self._target(match)
                if kind == "existing":
                    self.updates.setdefault(int(key), []).append(row)
                else:
                    # A later row of the same contact fills in the earlier row before it is inserted.
                    merged = replace(self.data[int(key)])
                    for name in row.given:
                        setattr(merged, name, getattr(row.data, name))
                    self.data[int(key)] = merged
                    self.merged += 1

    def _company(self, ref: CompanyRef | None, inserted: set[int]) -> Target | tuple[str, str] | None:
        """("existing", id), ("row", index) of an inserted row, or ("new", name) for a company to create."""
        if ref is None:
            return None
        if ref.contact_id is not None:
            return "existing", ref.contact_id
        if ref.index is None:
            return "new", ref.new_name
        if ref.index in inserted:
            return "row", ref.index
        match = self.check.by_index.get(ref.index)
        if match is not None:
            kind, key = self._target(match)
            return (kind, key) if kind == "existing" or key in inserted else None
        name = self.rows[ref.index].data.name  # a bad company row that is skipped: link by its name
        existing = self.check.existing_companies.get(fold(name))
        return ("existing", existing) if existing is not None else ("new", name)

    def _numbers(self, count: int, kept: list[str]) -> list[str]:
        setup = MarketingSetup.get_or_none()
        if count and (setup is None or not setup.contact_nos):
            raise MissingSetupError("contact_nos")
        taken = self.check.existing_numbers | set(kept)
        if setup is not None and setup.contact_nos and kept:
            series = NumberSeries.get_or_none(NumberSeries.code == setup.contact_nos)
            if series is not None:
                # Numbers kept from the file move the series on, so it never hands them out again.
                prefix, used = str(series.prefix), [0]
                used += [int(no[len(prefix):]) for no in kept if no.startswith(prefix) and no[len(prefix):].isdigit()]
                if max(used) > series.last_number:
                    NumberSeries.update(last_number=max(used)).where(NumberSeries.code == series.code).execute()
        numbers: list[str] = []
        while len(numbers) < count:
            numbers += [no for no in reserve(setup.contact_nos, count - len(numbers)) if no not in taken]  # type: ignore[union-attr]
        return numbers

    def _row_tuple(self, contact_id: int, no: str, uid: str, data: ContactData, company_id: int | None,
                   company_name: str) -> tuple[Any, ...]:
        values = [getattr(data, name) for name in _DATA_COLUMNS]
        text = search_text_for(no, data.name, company_name, data.city, data.post_code, data.email, data.phone_no)
        return (contact_id, no, uid, int(data.type), company_id, company_name, *values,
                data.salesperson_code or None, fold(data.name), text, 1, self.now, self.now)

    def _insert(self, rows: list[tuple[Any, ...]]) -> None:
        for start in range(0, len(rows), BATCH):
            insert_model_rows(Contact, FIELDS, rows[start:start + BATCH])
            self.done += len(rows[start:start + BATCH])
            self.progress(self.done)

    def run(self) -> ImportResult:
        """Everything in one transaction; a failure or a cancel leaves the database as it was."""
        self.progress(0)
        with write_transaction():
            if snapshot() != self.check.snapshot:
                raise ImportOutdatedError()
            self._decide()
            inserted = {row.index for row in self.inserts}
            links = {row.index: self._company(row.company, inserted) for row in self.inserts
                     if row.data.type == ContactType.PERSON}
            new_names: dict[str, str] = {}
            for link in links.values():
                if link is not None and link[0] == "new":
                    new_names.setdefault(fold(str(link[1])), str(link[1]))
            kept: dict[int, str] = {}
            taken = set(self.check.existing_numbers)
            for row in self.inserts:
                if row.file_no and row.file_no not in taken:
                    kept[row.index] = row.file_no
                    taken.add(row.file_no)
            numbers = iter(self._numbers(len(self.inserts) - len(kept) + len(new_names), list(kept.values())))
            first_id = next_id = int(Contact.select(fn.MAX(Contact.id)).scalar() or 0) + 1
            ids: dict[Any, int] = {}
            companies: list[tuple[Any, ...]] = []
            persons: list[tuple[Any, ...]] = []
            uids = set(self.check.existing_uids)
            setup = MarketingSetup.get_or_none()
            for key, name in new_names.items():
                ids[("new", key)] = next_id
                data = ContactData(type=ContactType.COMPANY, name=name,
                                   salutation_code=setup.default_company_salutation if setup else "")
                companies.append(self._row_tuple(next_id, next(numbers), new_uid(), data, None, name))
                next_id += 1
            ordered = sorted(self.inserts, key=lambda row: row.data.type != ContactType.COMPANY)
            for row in ordered:
                ids[("row", row.index)] = next_id
                next_id += 1
            for row in ordered:
                data = self.data[row.index]
                uid = row.uid if row.uid and row.uid.lower() not in uids else new_uid()
                uids.add(uid.lower())
                no = kept.get(row.index) or next(numbers)
                if data.type == ContactType.COMPANY:
                    companies.append(self._row_tuple(ids[("row", row.index)], no, uid, data, None, data.name))
                    continue
                link = links.get(row.index)
                company_id: int | None = None
                company_name = ""
                if link is not None:
                    company_id = int(link[1]) if link[0] == "existing" else ids[
                        ("new", fold(str(link[1]))) if link[0] == "new" else ("row", link[1])]
                    company_name = self._company_name(link)
                persons.append(self._row_tuple(ids[("row", row.index)], no, uid, data, company_id, company_name))
            with fulltext.deferred_index(first_id):
                self._insert(companies)
                self._insert(persons)
            updated = apply_updates(self.updates, self.now)
            self.progress(self.done + updated)
        return ImportResult(imported=len(self.inserts), updated=sum(len(rows) for rows in self.updates.values())
                            + self.merged, skipped=self.skipped, companies_created=len(new_names),
                            problems=list(self.check.problems))

    def _company_name(self, link: tuple[str, Any]) -> str:
        if link[0] == "new":
            return str(link[1])
        if link[0] == "row":
            return self.data[int(link[1])].name
        return self.check.existing_company_names.get(int(link[1]), "")


def run_import(check: ImportCheck, on_duplicate: OnDuplicate | str = OnDuplicate.SKIP, skip_bad: bool = False,
               progress: Callable[[int], None] | None = None) -> ImportResult:
    """Import a checked file; refused (nothing written) while rows have problems and skip_bad is off."""
    if check.bad and not skip_bad:
        raise ImportProblemsError(len(check.bad), len(check.problems))
    return ImportWriter(check, OnDuplicate(on_duplicate), progress).run()
