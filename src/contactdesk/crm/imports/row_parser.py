"""Turn one row of texts into a ContactData checked by the contact card's own rules, without a query per row."""

from __future__ import annotations

from contactdesk.crm import contact_rules as rules
from contactdesk.crm import validation
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.imports import fields as f
from contactdesk.crm.imports import source as s
from contactdesk.crm.imports.countries import CountryResolver
from contactdesk.crm.imports.languages import LanguageResolver
from contactdesk.crm.imports.queries import tuples
from contactdesk.crm.imports.results import ImportProblem, ImportRow
from contactdesk.crm.imports.source import ImportSource
from contactdesk.store.enums import ContactType
from contactdesk.store.models import MarketingSetup, Salesperson, Territory

_MOBILE_WORDS = ("mobile", "cell", "mobiel", "mobil", "gsm")
_TEXTS = [
    name
    for name in ContactData.field_names()
    if name
    not in (
        "type",
        "correspondence_type",
        "exclude_from_segment",
        "privacy_blocked",
        "minor",
        "parental_consent_received",
    )
]
# Where a problem about a field is reported when that field has no column of its own.
_NAME_COLUMNS = ("name", "first_name", "surname", "middle_name", "company_name")
_ADDRESS_FIELDS = frozenset({"address", "address_2", "post_code", "city", "county", "country_code"})
# A block holds an address when one of these has a value; a country or state alone is not an address.
_ADDRESS_PRESENCE = frozenset({"address", "address_2", "post_code", "city"})
# Layouts that write a contact's own blank language as blank: their files import back unchanged.
_BLANK_LANGUAGE_KEPT = (s.OWN, s.VCARD_LAYOUT)
Found = list[tuple[str, str, str]]


class RowParser:
    """Holds the look-up tables of one import and parses its rows one by one."""

    def __init__(self, source: ImportSource, mapping: dict[int, str]) -> None:
        self.source = source
        self.columns: dict[str, list[int]] = {}
        for column, field in mapping.items():
            # Classification cells are not the contact's own fields: class_codes.py reads them.
            if field and field not in f.CLASS_COLUMNS and 0 <= column < len(source.headers):
                self.columns.setdefault(field, []).append(column)
        self.countries = CountryResolver()
        self.salespeople = {str(code).upper() for (code,) in tuples(Salesperson.select(Salesperson.code))}
        self.territories = {str(code).upper() for (code,) in tuples(Territory.select(Territory.code))}
        self.languages = LanguageResolver()
        self.setup = MarketingSetup.get_or_none()
        self.default_language = str(self.setup.default_language_code or "") if self.setup else ""
        self._address_blocks(source, mapping)

    def _address_blocks(self, source: ImportSource, mapping: dict[int, str]) -> None:
        """For each block a row may take its address from: the columns that show it has one, and the others'."""
        blocks = [
            [column for column in group if mapping.get(column) in _ADDRESS_FIELDS] for group in source.address_groups
        ]
        self.presence = [[column for column in block if mapping[column] in _ADDRESS_PRESENCE] for block in blocks]
        everything = {column for block in blocks for column in block}
        # The columns to read for each block a row may take (the last, -1, for a row with no address).
        self.block_columns = [
            {
                field: [column for column in columns if column not in everything - set(block)]
                for field, columns in self.columns.items()
            }
            for block in blocks
        ] + [self.columns]

    def address_block(self, cells: list[str]) -> int:
        """The first address block with an address in this row (0 = the business one); -1 when none has."""
        for number, columns in enumerate(self.presence):
            if any(cells[column].strip() for column in columns):
                return number
        return -1

    def _values(self, cells: list[str], block: int = -1) -> tuple[dict[str, str], dict[str, int]]:
        values: dict[str, str] = {}
        origin: dict[str, int] = {}
        for field, columns in self.block_columns[block].items():
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

    def is_company(self, cells: list[str]) -> bool:
        """Whether a row is a company, without checking the rest of it."""
        return self._kind(self._values(cells)[0], []) == ContactType.COMPANY

    def _language(self, data: ContactData, values: dict[str, str], warnings: Found) -> None:
        """Codes, BCP 47 tags or names; one that is not known is worth a warning, not the row."""
        text = values.get("language_code", "")
        code = self.languages.resolve(text)
        if code is None:
            warnings.append(("language_code", "unknown", text))
            del values["language_code"]  # an update keeps the contact's own language
            code = self.default_language
        elif not code and self.source.layout not in _BLANK_LANGUAGE_KEPT:
            code = self.default_language  # as a new card would have it
        data.language_code = code

    def _codes(self, data: ContactData, values: dict[str, str], problems: Found, warnings: Found) -> None:
        """Codes and options are checked against memory: a query per row would cost ~20 s per 100,000 rows."""
        mapped = self.columns
        if "country_code" in mapped:
            country = self.countries.resolve(values.get("country_code", ""))
            if country is None:
                problems.append(("country_code", "unknown", values["country_code"]))
            data.country_code = country or ""
        if "language_code" in mapped:
            self._language(data, values, warnings)
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
        for field, default in (
            ("salesperson_code", setup.default_salesperson_code),
            ("country_code", setup.default_country_code),
            ("language_code", setup.default_language_code),
        ):
            if field not in self.columns:
                setattr(data, field, default or "")
        if "correspondence_type" not in self.columns:
            data.correspondence_type = int(setup.default_correspondence_type or 0)
        if "salutation_code" not in self.columns:
            data.salutation_code = (
                setup.default_company_salutation
                if data.type == ContactType.COMPANY
                else setup.default_person_salutation
            ) or ""

    def parse(self, index: int, cells: list[str]) -> tuple[ImportRow, list[ImportProblem]]:
        """One row as a contact, with every problem it has."""
        block = self.address_block(cells) if self.presence else -1
        values, origin = self._values(cells, block)
        found: Found = []
        warned: Found = []
        data = ContactData(type=self._kind(values, found))
        for name in _TEXTS:
            setattr(data, name, values.get(name, ""))
        company_name = values.get("company_name", "")
        if data.type == ContactType.COMPANY:
            data.name = data.name or company_name
            data.company_no, company_name = "", ""
        self._defaults(data)
        self._codes(data, values, found, warned)
        rules.normalize(data)
        row_number = self.source.row_number(index)
        problems = [
            ImportProblem(row_number, self.column_of(field, origin), field, problem, str(value))
            for field, problem, value in found
        ]
        problems += [
            ImportProblem(row_number, self.column_of(field, origin), field, problem, value, warning=True)
            for field, problem, value in warned
        ]
        # The company a person row names is created from this cell: it must be one line like every name.
        errors = rules.field_errors(data) + validation.collect(validation.one_line("company_name", company_name))
        for error in errors:
            limit = int(error.limit) if isinstance(error.limit, int) else 0
            value = "" if error.value is None else str(error.value)
            problems.append(
                ImportProblem(row_number, self.column_of(error.field, origin), error.field, error.problem, value, limit)
            )
        given = set(values) - {"uid", "no", "company_no", "company_name", "type"}
        if given & set(f.PERSON_NAME_FIELDS):
            given.add("name")
        uid = values.get("uid", "")
        row = ImportRow(
            index=index,
            row=row_number,
            data=data,
            uid=uid if len(uid) <= 36 else "",
            file_no=data.no,
            given=frozenset(given),
            work_address=block == 0,
        )
        data.company_name = company_name
        return row, problems
