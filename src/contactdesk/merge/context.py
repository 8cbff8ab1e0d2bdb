"""The merge context: one dictionary per letter, holding exactly the fields of merge/fields.py.

Built set-wise: a segment of 5,000 lines costs a handful of queries (contacts, their companies, the
salespeople), never one query per contact. Inputs are plain values (ids, numbers, dicts), so the
segment orchestration, the wizard and the command line can all call it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from contactdesk.crm import letter_texts
from contactdesk.crm.errors import NotFoundError
from contactdesk.crm.lookups import stored
from contactdesk.merge import alt_address, formatting
from contactdesk.merge.fields import empty_context
from contactdesk.store.enums import ContactType, CorrespondenceType
from contactdesk.store.models import CompanyInfo, Contact, Country, MarketingSetup, Salesperson, SalutationFormula

Context = dict[str, Any]
_CHUNK = 500  # ids per IN (...) query: far below SQLite's variable limit
# Letter text in the letter's language, not interface text.
_CHANNEL_WORDS = {
    CorrespondenceType.HARD_COPY: {"en": "hard copy", "nl": "papier", "nb": "papir"},
    CorrespondenceType.EMAIL: {"en": "e-mail", "nl": "e-mail", "nb": "e-post"},
}


@dataclass(frozen=True)
class LetterRequest:
    """What one letter is about. contact is an id or a contact number.

    line: description, subject, comment, correspondence_type, language_code, date, cost, salesperson_code.
    segment: no, description, date, campaign_no, salesperson_code. entry: entry_no, date.
    language: the letter's language (the template version chosen); empty = the line's, else the contact's.
    """

    contact: int | str
    language: str = ""
    line: Mapping[str, Any] | None = None
    segment: Mapping[str, Any] | None = None
    entry: Mapping[str, Any] | None = None


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


class ContextBuilder:
    """Builds merge contexts; reference data (sender, countries, salutations) is read once."""

    def __init__(self, today: date | None = None) -> None:
        self.today = today or date.today()
        self.countries = {str(row.code): str(row.name) for row in Country.select()}
        sender = CompanyInfo.select().order_by(CompanyInfo.id).first()
        self.sender_row = sender
        self.sender_country = _text(sender.country_code).upper() if sender is not None else ""
        self.formulas = {
            (str(stored(row, "salutation")), _text(row.language_code).lower(), bool(row.formal)): str(row.text)
            for row in SalutationFormula.select()
        }
        setup = MarketingSetup.select().first()
        self.default_salutation = {
            ContactType.COMPANY: _text(setup.default_company_salutation) if setup else "",
            ContactType.PERSON: _text(setup.default_person_salutation) if setup else "",
        }
        self.default_language = _text(setup.default_language_code) if setup else ""
        self.salespeople = {str(row.code): row for row in Salesperson.select()}
        self._sender_cache: dict[str, dict[str, str]] = {}  # by letter language (the country's name differs)

    # -- loading -------------------------------------------------------------------------------------------
    def _load_contacts(self, keys: Sequence[int | str]) -> dict[int | str, Contact]:
        ids = sorted({key for key in keys if isinstance(key, int)})
        nos = sorted({str(key).strip().upper() for key in keys if not isinstance(key, int)})
        found: dict[int | str, Contact] = {}
        for chunk in _chunks(ids):
            for row in Contact.select().where(Contact.id.in_(list(chunk))):
                found[int(row.id)] = row
        for chunk in _chunks(nos):
            for row in Contact.select().where(Contact.no.in_(list(chunk))):
                found[str(row.no)] = row
        company_ids = sorted(
            {int(row.company_id) for row in found.values() if row.company_id} - {int(row.id) for row in found.values()}
        )
        self._companies: dict[int, Contact] = {int(row.id): row for row in found.values()}
        for chunk in _chunks(company_ids):
            for row in Contact.select().where(Contact.id.in_(list(chunk))):
                self._companies[int(row.id)] = row
        return found

    # -- public --------------------------------------------------------------------------------------------
    def build_many(self, requests: Sequence[LetterRequest]) -> list[Context]:
        """One context per request, in order; NotFoundError names the first contact that does not exist."""
        contacts = self._load_contacts([request.contact for request in requests])
        found = []
        for request in requests:
            key = request.contact if isinstance(request.contact, int) else str(request.contact).strip().upper()
            contact = contacts.get(key)
            if contact is None:
                raise NotFoundError("contact", request.contact)
            found.append((contact, request, (int(contact.id), alt_address.code_of(request.line))))
        alts = alt_address.load(key for _contact, _request, key in found)
        return [self._context(contact, request, alts.get(key)) for contact, request, key in found]

    def build(
        self,
        contact: int | str,
        *,
        language: str = "",
        line: Mapping[str, Any] | None = None,
        segment: Mapping[str, Any] | None = None,
        entry: Mapping[str, Any] | None = None,
    ) -> Context:
        """The context of one letter."""
        return self.build_many([LetterRequest(contact, language, line, segment, entry)])[0]

    def letter_language(self, contact: Contact, request: LetterRequest) -> str:
        """The language the letter is written in (the template version normally decides it)."""
        line_language = _text((request.line or {}).get("language_code"))
        return request.language or line_language or _text(contact.language_code) or self.default_language or "en"

    # -- building ------------------------------------------------------------------------------------------
    def _context(self, contact: Contact, request: LetterRequest, alt: alt_address.AltRow | None = None) -> Context:
        language = self.letter_language(contact, request)
        line = request.line or {}
        segment = request.segment or {}
        entry = request.entry or {}
        context = empty_context()
        context["contact"] = values = self._contact_values(contact, language)
        if alt is not None:  # the line's or entry's alternative address, in place of the contact's own
            person = _text(contact.name) if int(contact.type) == ContactType.PERSON else ""
            lines, country = self._name_lines(contact), lambda code: self._country(code, language)
            alt_address.apply(values, alt, lines, person, country, self.sender_country)
        company = self._companies.get(int(contact.company_id)) if contact.company_id else None
        if int(contact.type) == ContactType.COMPANY:
            company = contact
        context["company"] = self._company_values(company, language)
        code = (
            _text(line.get("salesperson_code"))
            or _text(segment.get("salesperson_code"))
            or _text(contact.salesperson_id)
        )
        context["salesperson"] = self._salesperson_values(code)
        context["segment"] = {
            "no": _text(segment.get("no")),
            "description": letter_texts.in_letter_language(_text(segment.get("description")), language),
            "date": formatting.long_date(segment.get("date"), language),
            "campaign_no": _text(segment.get("campaign_no")),
        }
        channel = line.get("correspondence_type")
        words = _CHANNEL_WORDS.get(CorrespondenceType(int(channel)), {}) if channel not in (None, "") else {}
        context["line"] = {
            "description": letter_texts.in_letter_language(_text(line.get("description")), language),
            "subject": _text(line.get("subject")),
            "comment": str(line.get("comment") or "").strip(),
            "correspondence_type": words.get(language, words.get(language[:2], words.get("en", ""))),
            "language": language,
            "date": formatting.long_date(line.get("date"), language),
            "cost": formatting.amount(line.get("cost"), language) if line.get("cost") not in (None, "") else "",
        }
        entry_no = entry.get("entry_no")
        context["interaction"] = {
            "entry_no": _text(entry_no) if entry_no not in (None, 0) else "",
            "date": formatting.long_date(entry.get("date"), language),
        }
        context["sender"] = self._sender_values(language)
        names = {
            key: _text(getattr(contact, key))
            for key in ("first_name", "middle_name", "surname", "name", "initials", "job_title", "company_name")
        }
        context["salutation"] = {
            "formal": formatting.salutation(self._formula(contact, language, True), names),
            "informal": formatting.salutation(self._formula(contact, language, False), names),
        }
        context["today"] = formatting.long_date(self.today, language)
        return context

    def _name_lines(self, row: Contact) -> list[str]:
        if int(row.type) == ContactType.PERSON:
            return [_text(row.company_name), _text(row.name)] if row.company_id else [_text(row.name)]
        return [_text(row.name), _text(row.name_2)]

    def _country(self, code: str, language: str) -> str:
        """A country's name in the letter's language (CLDR); the stored name for a code CLDR does not know."""
        return formatting.country_name(code, language, self.countries.get(code, code)) if code else ""

    def _address(self, row: Contact, name_lines: list[str], language: str) -> str:
        code = _text(row.country_code).upper()
        return formatting.address_block(
            name_lines,
            _text(row.address),
            _text(row.address_2),
            _text(row.post_code),
            _text(row.city),
            _text(row.county),
            code,
            self._country(code, language),
            self.sender_country,
        )

    def _contact_values(self, row: Contact, language: str) -> dict[str, str]:
        code = _text(row.country_code).upper()
        values = {
            key: _text(getattr(row, key))
            for key in (
                "no",
                "name",
                "name_2",
                "company_name",
                "first_name",
                "middle_name",
                "surname",
                "job_title",
                "address",
                "address_2",
                "post_code",
                "city",
                "county",
                "email",
                "home_page",
                "vat_registration_no",
            )
        }
        values.update(
            country_code=code,
            country_name=self._country(code, language),
            phone=_text(row.phone_no),
            mobile=_text(row.mobile_phone_no),
            language=_text(row.language_code),
            address_block=self._address(row, self._name_lines(row), language),
        )
        return values

    def _company_values(self, row: Contact | None, language: str) -> dict[str, str]:
        if row is None:
            return {
                key: "" for key in ("no", "name", "address_block", "phone", "email", "home_page", "vat_registration_no")
            }
        return {
            "no": _text(row.no),
            "name": _text(row.name),
            "phone": _text(row.phone_no),
            "email": _text(row.email),
            "home_page": _text(row.home_page),
            "vat_registration_no": _text(row.vat_registration_no),
            "address_block": self._address(row, [_text(row.name), _text(row.name_2)], language),
        }

    def _salesperson_values(self, code: str) -> dict[str, str]:
        row = self.salespeople.get(code.upper()) if code else None
        if row is None:
            return {"code": "", "name": "", "job_title": "", "email": "", "phone": ""}
        return {
            "code": _text(row.code),
            "name": _text(row.name),
            "job_title": _text(row.job_title),
            "email": _text(row.email),
            "phone": _text(row.phone_no),
        }

    def _sender_values(self, language: str) -> dict[str, str]:
        cached = self._sender_cache.get(language)
        if cached is not None:
            return dict(cached)
        row = self.sender_row
        keys = (
            "name",
            "name_2",
            "address",
            "address_2",
            "post_code",
            "city",
            "county",
            "email",
            "home_page",
            "vat_registration_no",
            "registration_no",
            "bank_name",
            "bank_account_no",
            "iban",
            "swift_code",
        )
        values = {key: _text(getattr(row, key, "")) if row is not None else "" for key in keys}
        code = self.sender_country
        values["country_name"] = self._country(code, language)
        values["phone"] = _text(row.phone_no) if row is not None else ""
        values["address_block"] = formatting.address_block(
            [],
            values["address"],
            values["address_2"],
            values["post_code"],
            values["city"],
            values["county"],
            code,
            values["country_name"],
            code,
        )
        self._sender_cache[language] = values
        return dict(values)

    def _formula(self, contact: Contact, language: str, formal: bool) -> str:
        code = _text(contact.salutation_code).upper() or self.default_salutation.get(ContactType(int(contact.type)), "")
        language = language.lower()
        for candidate in (language, language.split("-")[0].split("_")[0], "en", ""):
            text = self.formulas.get((code, candidate, formal))
            if text is not None:
                return text
        return ""
