"""Generates realistic sample contacts fast: rows are built in Python and inserted in batches."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from contactdesk.crm.demo_names import COUNTRIES, JOB_TITLES
from contactdesk.store.bulk import insert_model_rows, reserve_ids, sync_ids
from contactdesk.store.enums import ContactType, CorrespondenceType
from contactdesk.store.models import Contact, NumberSeries
from contactdesk.store.models.base import new_uid, utcnow
from contactdesk.store.numbering import format_number
from contactdesk.store.search import fold, search_text_for

FIELDS = [
    Contact.id,
    Contact.no,
    Contact.uid,
    Contact.type,
    Contact.company,
    Contact.company_name,
    Contact.name,
    Contact.first_name,
    Contact.surname,
    Contact.job_title,
    Contact.address,
    Contact.post_code,
    Contact.city,
    Contact.country_code,
    Contact.phone_no,
    Contact.email,
    Contact.salesperson,
    Contact.language_code,
    Contact.correspondence_type,
    Contact.salutation_code,
    Contact.exclude_from_segment,
    Contact.search_name,
    Contact.search_text,
    Contact.version,
    Contact.created_at,
    Contact.modified_at,
]
BATCH = 5000


def _ascii(text: str) -> str:
    table = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A", "ĳ": "ij", "Ĳ": "IJ"})
    text = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(c for c in text if c.isalnum() or c in ".-").lower()


class ContactFactory:
    """Builds contact rows for one run; ids and numbers continue after what the file holds."""

    def __init__(self, rng: random.Random, salespeople: dict[str, list[str]], series_code: str) -> None:
        self.rng = rng
        self.salespeople = salespeople
        self.series = NumberSeries.get(NumberSeries.code == series_code)
        self.next_id = reserve_ids(Contact)
        self.next_no = max(int(self.series.last_number), int(self.series.starting_number) - 1) + 1
        self.now = utcnow()
        self.companies: list[tuple[int, str, str]] = []
        self.persons: list[tuple[int, str, int | None]] = []

    def _place(self, country: str) -> tuple[str, str, str]:
        data = COUNTRIES[country]
        city, code = self.rng.choice(data["city"]).split("|")
        street = f"{self.rng.choice(data['street'])} {self.rng.randint(1, 240)}"
        if country == "NL":
            code = f"{code} {self.rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{self.rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        elif country == "NO":
            code = f"{int(code) + self.rng.randint(0, 40):04d}"
        return street, code, city

    def _row(
        self,
        kind: int,
        country: str,
        name: str,
        first: str,
        surname: str,
        company: tuple[Any, ...] | None,
        place: tuple[str, str, str],
        email: str,
        job: str,
    ) -> tuple[Any, ...]:
        data = COUNTRIES[country]
        contact_id, no = self.next_id, format_number(self.series, self.next_no)
        self.next_id += 1
        self.next_no += 1
        company_id = company[0] if company else None
        company_name = name if kind == ContactType.COMPANY else (company[1] if company else "")
        corr = self.rng.choices(
            [CorrespondenceType.BLANK, CorrespondenceType.HARD_COPY, CorrespondenceType.EMAIL], [2, 3, 5]
        )[0]
        phone = f"{data['phone']}{self.rng.randint(1000000, 9999999)}"
        street, post_code, city = place
        sales = self.rng.choice(self.salespeople.get(country) or [None])
        exclude = self.rng.random() < 0.02
        salutation = "COMPANY" if kind == ContactType.COMPANY else "PERSON"
        return (
            contact_id,
            no,
            new_uid(),
            int(kind),
            company_id,
            company_name,
            name,
            first,
            surname,
            job,
            street,
            post_code,
            city,
            country,
            phone,
            email,
            sales,
            data["language"],
            int(corr),
            salutation,
            exclude,
            fold(name),
            search_text_for(no, name, company_name, city, post_code, email, phone),
            1,
            self.now,
            self.now,
        )

    def company(self) -> Iterator[tuple[Any, ...]]:
        """One company row and its persons' rows."""
        country = self.rng.choice(("NL", "NL", "NO", "NO", "GB", "GB", "GB"))
        data = COUNTRIES[country]
        owner = self.rng.choice(data["surname"])
        name = f"{owner} {self.rng.choice(data['company'])} {self.rng.choice(data['form'])}"
        domain = f"{_ascii(owner)}-{self.next_id}.{ {'NL': 'nl', 'NO': 'no', 'GB': 'co.uk'}[country] }"
        place = self._place(country)
        row = self._row(ContactType.COMPANY, country, name, "", "", None, place, f"info@{domain}", "")
        company = (row[0], name, domain)
        self.companies.append((row[0], country, name))
        yield row
        for _ in range(self.rng.choice((0, 1, 2, 3, 3, 4, 5))):
            yield self._person(country, company, place)

    def _person(
        self, country: str, company: tuple[Any, ...] | None, place: tuple[str, str, str] | None
    ) -> tuple[Any, ...]:
        data = COUNTRIES[country]
        first = self.rng.choice(data["first"])
        surname = self.rng.choice(data["surname"])
        domain = company[2] if company else f"mail.{ {'NL': 'nl', 'NO': 'no', 'GB': 'co.uk'}[country] }"
        email = f"{_ascii(first)}.{_ascii(surname)}{'' if company else self.next_id}@{domain}"
        if self.rng.random() < 0.07:
            email = ""
        job = self.rng.choice(JOB_TITLES[str(data["language"])]) if company else ""
        row = self._row(
            ContactType.PERSON,
            country,
            f"{first} {surname}",
            first,
            surname,
            company,
            place or self._place(country),
            email,
            job,
        )
        self.persons.append((row[0], country, company[0] if company else None))
        return row

    def standalone(self) -> tuple[Any, ...]:
        """A person without a company."""
        return self._person(self.rng.choice(("NL", "NO", "GB")), None, None)


def insert_contacts(factory: ContactFactory, count: int, progress: Callable[[int], None] | None = None) -> int:
    """Insert `count` contacts in batches; returns how many were written."""
    written = 0
    batch: list[tuple[Any, ...]] = []

    def rows() -> Iterator[tuple[Any, ...]]:
        while True:
            if factory.rng.random() < 0.1:
                yield factory.standalone()
            else:
                yield from factory.company()

    for row in rows():
        if written + len(batch) >= count:
            break
        batch.append(row)
        if len(batch) >= BATCH:
            written += insert_model_rows(Contact, FIELDS, batch)
            batch = []
            if progress:
                progress(written)
    if batch:
        written += insert_model_rows(Contact, FIELDS, batch)
    sync_ids(Contact)
    # A company's persons may have been cut off by `count`; dangling references cannot happen
    # because persons always follow their company.
    NumberSeries.update(last_number=factory.next_no - 1).where(NumberSeries.code == factory.series.code).execute()
    if progress:
        progress(written)
    return written
