"""Turn one row of texts into a ContactData checked by the contact card's own rules, without a query per row."""

from __future__ import annotations

from contactdesk.crm import contact_rules as rules
from contactdesk.crm import validation
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.imports import fields as f
from contactdesk.crm.imports.countries import CountryResolver
from contactdesk.crm.imports.queries import tuples
from contactdesk.crm.imports.results import ImportProblem, ImportRow
from contactdesk.crm.imports.source import ImportSource
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Language, MarketingSetup, Salesperson, Territory
from contactdesk.store.search import fold

_MOBILE_WORDS = ("mobile", "cell", "mobiel", "mobil", "gsm")
_TEXTS = [name for name in ContactData.field_names() if name not in (
    "type", "correspondence_type", "exclude_from_segment", "privacy_blocked", "minor", "parental_consent_received",
)]
# Where a problem about a field is reported when that field has no column of its own.
_NAME_COLUMNS = ("name", "first_name", "surname", "middle_name", "company_name")


class RowParser:
    """Holds the look-up tables of one import and parses its rows one by one."""

    def __init__(self, source: ImportSource, mapping: dict[int, str]) -> None:
        self.source = source
        self.columns: dict[str, list[int]] = {}
        for column, field in mapping.items():
            if field and 0 <= column < len(source.headers):
                self.columns.setdefault(field, []).append(column)
        self.countries = CountryResolver()
        self.salespeople = {str(code).upper() for (code,) in tuples(Salesperson.select(Salesperson.code))}
        self.territories = {str(code).upper() for (code,) in tuples(Territory.select(Territory.code))}
        self.languages: dict[str, str] = {}
        for code, name in tuples(Language.select(Language.code, Language.name)):
            self.languages.setdefault(fold(str(name)), str(code))
            self.languages[fold(str(code))] = str(code)
        self.setup = MarketingSetup.get_or_none()

    def _values(self, cells: list[str]) -> tuple[dict[str, str], dict[str, int]]:
        values: dict[str, str] = {}
        origin: dict[str, int] = {}
        for field, columns in self.columns.items():
            for column in columns:
                text = cells[column].strip()
                if not text:
                    continue
                extra = ""
                if " ::: " in text:
                    # Google Contacts puts several values of one kind in one cell.
                    parts = [part.strip() for part in text.split(" ::: ") if part.strip()]
                    text, extra = parts[0], (parts[1] if len(parts) > 1 else "")
                target = field
                type_column = self.source.typed_columns.get(column)
                if field == "phone_no" and type_column is not None:
                    kind = cells[type_column].casefold()
                    target = "mobile_phone_no" if any(word in kind for word in _MOBILE_WORDS) else field
                if target not in values:
                    values[target], origin[target] = text, column
                if field == "email" and extra and "email_2" not in values:
                    values["email_2"], origin["email_2"] = extra, column
        return values, origin

    def column_of(self, field: str, origin: dict[str, int]) -> str:
        """The header of the column a field came from (or would have), for the problem list."""
        candidates = [field] if field != "name" else list(_NAME_COLUMNS)
        for name in candidates:
            if name in origin:
                return self.source.headers[origin[name]]
        for name in candidates:
            if name in self.columns:
                return self.source.headers[self.columns[name][0]]
        return ""

    def _kind(self, values: dict[str, str], problems: list[tuple[str, str, str]]) -> int:
        if "type" in values:
            kind = f.parse_type(values["type"])
            if kind is not None:
                return kind
            problems.append(("type", "invalid", values["type"]))
            return ContactType.PERSON
        has_person_name = any(values.get(name) for name in f.PERSON_NAME_FIELDS)
        company = values.get("company_name", "")
        if company and not has_person_name and values.get("name", company) == company:
            return ContactType.COMPANY
        return ContactType.PERSON

    def _codes(self, data: ContactData, values: dict[str, str], problems: list[tuple[str, str, str]]) -> None:
        """Codes and options are checked against memory: a query per row would cost ~20 s per 100,000 rows."""
        mapped = self.columns
        if "country_code" in mapped:
            country = self.countries.resolve(values.get("country_code", ""))
            if country is None:
                problems.append(("country_code", "unknown", values["country_code"]))
            data.country_code = country or ""
        if "language_code" in mapped:
            language = values.get("language_code", "")
            data.language_code = self.languages.get(fold(language), "") if language else ""
            if language and not data.language_code:
                problems.append(("language_code", "unknown", language))
        for field, known in (("salesperson_code", self.salespeople), ("territory_code", self.territories)):
            if field in mapped:
                value = values.get(field, "").upper()
                setattr(data, field, value)
                if value and value not in known:
                    problems.append((field, "unknown", values[field]))
        if "correspondence_type" in mapped:
            text = values.get("correspondence_type", "")
            kind = f.parse_correspondence(text)
            if kind is None:
                problems.append(("correspondence_type", "invalid", text))
            data.correspondence_type = kind or 0
        for flag in f.FLAG_FIELDS:
            flag_value = f.parse_flag(values.get(flag, ""))
            if flag_value is None:
                problems.append((flag, "invalid", values[flag]))
            setattr(data, flag, bool(flag_value))

    def _defaults(self, data: ContactData) -> None:
        """Fields the file has no column for start as a new card's would (Marketing Setup)."""
        setup = self.setup
        if setup is None:
            return
        for field, default in (("salesperson_code", setup.default_salesperson_code),
                               ("country_code", setup.default_country_code),
                               ("language_code", setup.default_language_code)):
            if field not in self.columns:
                setattr(data, field, default or "")
        if "correspondence_type" not in self.columns:
            data.correspondence_type = int(setup.default_correspondence_type or 0)
        if "salutation_code" not in self.columns:
            data.salutation_code = (setup.default_company_salutation if data.type == ContactType.COMPANY
                                    else setup.default_person_salutation) or ""

    def parse(self, index: int, cells: list[str]) -> tuple[ImportRow, list[ImportProblem]]:
        """One row as a contact, with every problem it has."""
        values, origin = self._values(cells)
        found: list[tuple[str, str, str]] = []
        data = ContactData(type=self._kind(values, found))
        for name in _TEXTS:
            setattr(data, name, values.get(name, ""))
        company_name = values.get("company_name", "")
        if data.type == ContactType.COMPANY:
            data.name = data.name or company_name
            data.company_no, company_name = "", ""
        self._defaults(data)
        self._codes(data, values, found)
        rules.normalize(data)
        row_number = self.source.row_number(index)
        problems = [ImportProblem(row_number, self.column_of(field, origin), field, problem, str(value))
                    for field, problem, value in found]
        # The company a person row names is created from this cell: it must be one line like every name.
        errors = rules.field_errors(data) + validation.collect(validation.one_line("company_name", company_name))
        for error in errors:
            limit = int(error.limit) if isinstance(error.limit, int) else 0
            value = "" if error.value is None else str(error.value)
            problems.append(ImportProblem(row_number, self.column_of(error.field, origin), error.field,
                                          error.problem, value, limit))
        given = set(values) - {"uid", "no", "company_no", "company_name", "type"}
        if given & set(f.PERSON_NAME_FIELDS):
            given.add("name")
        uid = values.get("uid", "")
        row = ImportRow(index=index, row=row_number, data=data, uid=uid if len(uid) <= 36 else "",
                        file_no=data.no, given=frozenset(given))
        data.company_name = company_name
        return row, problems
