"""Write a checked import in ONE transaction: rows streamed from the check's spools and inserted in batches.

Companies go first (those the file's persons name, then the company rows), persons after them, so a
person's company always exists when the person is inserted; updates of existing contacts come last.
Memory holds one batch of rows and the ids of the company rows, whatever the size of the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.errors import ImportOutdatedError, ImportProblemsError
from contactdesk.crm.imports import class_links
from contactdesk.crm.imports import facts as fl
from contactdesk.crm.imports import records as r
from contactdesk.crm.imports.checker import snapshot
from contactdesk.crm.imports.contact_numbers import NumberAllocator
from contactdesk.crm.imports.results import ImportCheck, ImportResult, ImportRow, OnDuplicate
from contactdesk.crm.imports.spool import Spool
from contactdesk.crm.imports.updates import apply_updates
from contactdesk.crm.users import current_user
from contactdesk.store import bulk, fulltext, statistics
from contactdesk.store.bulk import insert_model_rows
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, MarketingSetup
from contactdesk.store.models.base import new_uid, utcnow
from contactdesk.store.search import fold, search_text_for

BATCH = 5000
# From this many rows written on, the planner's statistics are refreshed after the import (store/statistics.py).
STATISTICS_FROM_ROWS = 1000
_DATA_COLUMNS = (
    "name",
    "name_2",
    "first_name",
    "middle_name",
    "surname",
    "initials",
    "job_title",
    "address",
    "address_2",
    "post_code",
    "city",
    "county",
    "country_code",
    "phone_no",
    "mobile_phone_no",
    "email",
    "email_2",
    "home_page",
    "vat_registration_no",
    "territory_code",
    "language_code",
    "correspondence_type",
    "salutation_code",
    "exclude_from_segment",
    "privacy_blocked",
    "minor",
    "parental_consent_received",
)
FIELDS = [
    Contact.id,
    Contact.no,
    Contact.uid,
    Contact.type,
    Contact.company,
    Contact.company_name,
    *[getattr(Contact, name) for name in _DATA_COLUMNS],
    Contact.salesperson,
    Contact.search_name,
    Contact.search_text,
    Contact.version,
    Contact.created_at,
    Contact.modified_at,
    Contact.created_by,
    Contact.changed_by,
]
_POSITIONS = [r.position(name) for name in _DATA_COLUMNS]
_SEARCHED = [r.position(name) for name in ("city", "post_code", "email", "phone_no")]
_SALESPERSON = r.position("salesperson_code")
Link = tuple[int | None, str]  # company id and name a person row is linked to

log = logging.getLogger("contactdesk.crm")


class ImportWriter:
    """Decides what each row becomes under the user's choices, then writes it all."""

    def __init__(self, check: ImportCheck, on_duplicate: OnDuplicate, progress: Callable[[int], None] | None) -> None:
        self.check = check
        self.facts = check.facts
        self.on_duplicate = on_duplicate
        self.progress = progress or (lambda _done: None)
        self.now = utcnow()
        self.user = current_user()
        self.done = self.inserted = self.created = 0
        self.next_id = 0
        self.new_ids: dict[str, int] = {}
        self.companies: dict[int, tuple[int, str]] = {}  # company row index → id and name
        self.roots: dict[int, int] = {}  # first row of a chain of duplicates → its id
        self.existing_names: dict[int, str] = {}
        self.coded_ids: dict[int, int] = {}  # row index → contact id, for the rows with classification codes
        self.codes_created = 0

    def run(self) -> ImportResult:
        """Everything in one transaction; a failure or a cancel leaves the database as it was."""
        self.progress(0)
        with write_transaction():
            if snapshot() != self.check.snapshot:
                raise ImportOutdatedError()
            self.numbers = NumberAllocator(self.check.existing_numbers, self.check.kept_max)
            self.next_id = first_id = bulk.reserve_ids(Contact)
            if self.on_duplicate == OnDuplicate.UPDATE:
                self.roots = dict.fromkeys(self._merge_roots(), 0)
            with fulltext.deferred_index(first_id):
                self._insert(self._new_companies())
                self._insert(self._rows(self.check.company_rows))
                self._insert(self._rows(self.check.person_rows))
            bulk.sync_ids(Contact)
            updated = self._update() if self.on_duplicate == OnDuplicate.UPDATE else 0
            if self.check.class_rows is not None and self.coded_ids:
                self.codes_created = class_links.create_codes(self.check.codes_to_create)
                class_links.write_links(self.check.class_rows, self.coded_ids)
        if self.done >= STATISTICS_FROM_ROWS:
            statistics.refresh_contact_statistics()
        skipped = len(self.check.bad) + (self.check.duplicate_count if self.on_duplicate == OnDuplicate.SKIP else 0)
        return ImportResult(
            imported=self.inserted,
            updated=updated,
            skipped=skipped,
            companies_created=self.created,
            problems=list(self.check.problems),
            problem_count=self.check.problem_count,
            codes_created=self.codes_created,
        )

    def _merge_roots(self) -> set[int]:
        """Rows that later rows of the same contact update once they are inserted."""
        roots: set[int] = set()
        for index, value in enumerate(self.facts.targets):
            if value < 0:
                target = self.facts.target(index)
                if target is not None and target[0] == "row":
                    roots.add(target[1])
        return roots

    def _new_companies(self) -> Iterator[tuple[Any, ...]]:
        """Companies that person rows name and that do not exist yet (only those an inserted person needs)."""
        setup = MarketingSetup.get_or_none()
        salutation = str(setup.default_company_salutation or "") if setup is not None else ""
        for key, company in self.check.new_company_data.items():
            if company.by_new_row or self.on_duplicate == OnDuplicate.ADD:
                data = ContactData(type=ContactType.COMPANY, name=company.name, salutation_code=salutation)
                for field, value in company.address.items():
                    setattr(data, field, value)
                self.created += 1
                record = list(r.encode(ImportRow(index=-1, row=0, data=data)))
                record[r.REF_VALUE] = key  # a company to create has no row: its key stands in
                yield tuple(record)

    def _rows(self, spool: Spool) -> Iterator[tuple[Any, ...]]:
        """The spool's records that are inserted, in file order."""
        if self.on_duplicate == OnDuplicate.ADD:
            yield from spool
            return
        targets = self.facts.targets
        for record in spool:
            if not targets[record[r.INDEX]]:
                yield record

    def _insert(self, records: Iterator[tuple[Any, ...]]) -> None:
        batch: list[tuple[Any, ...]] = []
        for record in records:
            batch.append(record)
            if len(batch) >= BATCH:
                self._write(batch)
                batch = []
        self._write(batch)

    def _flags(self, record: tuple[Any, ...]) -> int:
        index = record[r.INDEX]
        return self.facts.flags[index] if index >= 0 else 0  # a company to create has no row

    def _write(self, batch: list[tuple[Any, ...]]) -> None:
        if not batch:
            return
        flags = [self._flags(record) for record in batch]
        fresh = iter(self.numbers.take(sum(1 for flag in flags if not flag & fl.KEEPS_NO)))
        rows = []
        for record, flag in zip(batch, flags, strict=True):
            index = record[r.INDEX]
            no = record[r.FILE_NO] if flag & fl.KEEPS_NO else next(fresh)
            uid = record[r.UID] if flag & fl.KEEPS_UID else new_uid()
            contact_id = self.next_id
            self.next_id += 1
            if record[r.TYPE] == ContactType.COMPANY:
                company_id, company_name = None, str(record[r.NAME])
                if index >= 0:
                    self.companies[index] = (contact_id, company_name)
                else:
                    self.new_ids[record[r.REF_VALUE]] = contact_id
            else:
                company_id, company_name = self._link(record)
            if index in self.roots:
                self.roots[index] = contact_id
            if index in self.check.coded_rows:
                self.coded_ids[index] = contact_id
            rows.append(self._row_tuple(contact_id, no, uid, record, company_id, company_name))
        insert_model_rows(Contact, FIELDS, rows)
        self.inserted += sum(1 for record in batch if record[r.INDEX] >= 0)
        self.done += len(rows)
        self.progress(self.done)

    def _link(self, record: tuple[Any, ...]) -> Link:
        """The company a person row is linked to, as decided by the check and the duplicate choice."""
        kind, value = record[r.REF_KIND], record[r.REF_VALUE]
        if kind == r.EXISTING_REF:
            return int(value), str(record[r.REF_NAME])
        if kind == r.NEW_REF:
            return self.new_ids.get(str(value)), str(record[r.REF_NAME])
        if kind != r.ROW_REF:
            return None, ""
        if value in self.companies:
            return self.companies[value]
        # The company row is a duplicate that was not inserted: link to what it duplicates.
        target = self.facts.target(int(value))
        if target is not None and target[0] == "existing":
            return target[1], self._existing_name(target[1])
        if target is not None and target[1] in self.companies:
            return self.companies[target[1]]
        return None, ""

    def _existing_name(self, contact_id: int) -> str:
        if contact_id not in self.existing_names:
            self.existing_names[contact_id] = str(Contact.get_by_id(contact_id).name)
        return self.existing_names[contact_id]

    def _row_tuple(
        self, contact_id: int, no: str, uid: str, record: tuple[Any, ...], company_id: int | None, company_name: str
    ) -> tuple[Any, ...]:
        name = record[r.NAME]
        city, post_code, email, phone_no = (record[position] for position in _SEARCHED)
        text = search_text_for(no, name, company_name, city, post_code, email, phone_no)
        return (
            contact_id,
            no,
            uid,
            int(record[r.TYPE]),
            company_id,
            company_name,
            *[record[position] for position in _POSITIONS],
            record[_SALESPERSON] or None,
            fold(name),
            text,
            1,
            self.now,
            self.now,
            self.user,
            self.user,
        )

    def _update(self) -> int:
        """Duplicates update the contact they match, or the row inserted for the first of them in the file."""
        updates: dict[int, list[ImportRow]] = {}
        pending = updated = 0
        for record in self.check.records():
            target = self.facts.target(record[r.INDEX])
            if target is None:
                continue
            contact_id = target[1] if target[0] == "existing" else self.roots[target[1]]
            if record[r.INDEX] in self.check.coded_rows:
                self.coded_ids[record[r.INDEX]] = contact_id
            updates.setdefault(contact_id, []).append(r.decode(record))
            pending += 1
            if pending >= BATCH:
                updated += self._apply(updates, pending)
                updates, pending = {}, 0
        return updated + self._apply(updates, pending)

    def _apply(self, updates: dict[int, list[ImportRow]], rows: int) -> int:
        apply_updates(updates, self.now)
        self.done += rows
        self.progress(self.done)
        return rows


def run_import(
    check: ImportCheck,
    on_duplicate: OnDuplicate | str = OnDuplicate.SKIP,
    skip_bad: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Import a checked file; refused (nothing written) while rows have problems and skip_bad is off."""
    if check.bad and not skip_bad:
        raise ImportProblemsError(len(check.bad), check.problem_count - check.warning_count)
    result = ImportWriter(check, OnDuplicate(on_duplicate), progress).run()
    log.info("contact import: %d added, %d updated, %d skipped", result.imported, result.updated, result.skipped)
    return result
