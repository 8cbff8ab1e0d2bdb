"""The merge fields: one table that documents every value a letter template can use.

The context builder fills exactly these keys, the template check accepts exactly these, and the
README's field list is generated from the same table, so the three can never drift apart.
Every value is text, already formatted in the letter's language (dates, amounts, address blocks).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MergeField:
    """One merge field: `{{ group.name }}` in a template (or `{{ name }}` when group is empty)."""

    group: str
    name: str
    description: str
    example: str = ""

    @property
    def key(self) -> str:
        """How the template writes it."""
        return f"{self.group}.{self.name}" if self.group else self.name


def _group(group: str, rows: list[tuple[str, str, str]]) -> list[MergeField]:
    return [MergeField(group, name, description, example) for name, description, example in rows]


_ADDRESS = [
    ("address", "Street and number", "Keizersgracht 123"),
    ("address_2", "Second address line", ""),
    ("post_code", "Post code", "1015 CJ"),
    ("city", "City", "Amsterdam"),
    ("county", "County or region", ""),
]

FIELDS: tuple[MergeField, ...] = tuple(
    _group(
        "contact",
        [
            ("no", "Contact number", "CT000042"),
            ("name", "Full name (person or company)", "Anna de Vries"),
            ("name_2", "Second name line", ""),
            ("company_name", "Company of a person; the company's own name for a company", "Bakker Kantoor B.V."),
            ("first_name", "First name (persons)", "Anna"),
            ("middle_name", "Middle name (persons)", ""),
            ("surname", "Surname (persons)", "de Vries"),
            ("job_title", "Job title (persons)", "Office manager"),
            *_ADDRESS,
            ("country_code", "Country code", "NL"),
            ("country_name", "Country name, in the letter's language", "Nederland"),
            ("email", "E-mail address", "anna@bakker.nl"),
            ("phone", "Phone number", "+31 20 555 0199"),
            ("mobile", "Mobile phone number", ""),
            ("home_page", "Home page", ""),
            ("vat_registration_no", "VAT registration number", ""),
            ("language", "Language code of the contact", "nl"),
            (
                "address_block",
                "The whole postal address, formatted for the contact's country; the country line "
                "only when it is not the sender's country",
                "Bakker Kantoor B.V.\nAnna de Vries\nDamrak 1\n1012 LG  Amsterdam",
            ),
        ],
    )
    + _group(
        "company",
        [
            ("no", "Number of the contact's company (the contact itself for a company)", "CT000040"),
            ("name", "Company name", "Bakker Kantoor B.V."),
            ("address_block", "The company's postal address", "Bakker Kantoor B.V.\nDamrak 1\n1012 LG  Amsterdam"),
            ("phone", "Company phone", "+31 20 555 0100"),
            ("email", "Company e-mail", "info@bakker.nl"),
            ("home_page", "Company home page", ""),
            ("vat_registration_no", "Company VAT registration number", ""),
        ],
    )
    + _group(
        "salesperson",
        [
            ("code", "Salesperson code", "JV"),
            ("name", "Salesperson name (the line's, else the contact's)", "Jan de Vries"),
            ("job_title", "Salesperson job title", "Accountmanager"),
            ("email", "Salesperson e-mail", "jan.devries@vandijk-kantoor.nl"),
            ("phone", "Salesperson phone", "+31 20 555 0101"),
        ],
    )
    + _group(
        "segment",
        [
            ("no", "Segment number", "SEG00012"),
            ("description", "Segment description", "Spring seminar 2027"),
            ("date", "Segment date, long form in the letter's language", "22 november 2026"),
            ("campaign_no", "Campaign number", ""),
        ],
    )
    + _group(
        "line",
        [
            ("description", "Description of the segment line (the interaction)", "Welcome letter"),
            ("subject", "Subject of the letter", "Welcome to Van Dijk"),
            ("comment", "Personal comment for this contact", ""),
            ("correspondence_type", "How the letter is sent, in the letter's language", "e-mail"),
            ("language", "Language code of the letter", "nl"),
            ("date", "Interaction date, long form in the letter's language", "22 november 2026"),
            ("cost", "Cost of the interaction, formatted as an amount in the letter's language", "2,50"),
        ],
    )
    + _group(
        "interaction",
        [
            ("entry_no", "Interaction log entry number (empty before logging)", "1234"),
            ("date", "Date of the entry, long form in the letter's language", "22 november 2026"),
        ],
    )
    + _group(
        "sender",
        [
            ("name", "Our company name (Company Information)", "Van Dijk Kantoorinrichting B.V."),
            ("name_2", "Second name line", ""),
            *_ADDRESS,
            ("country_name", "Our country name, in the letter's language", "Nederland"),
            ("address_block", "Our address, formatted for our country", "Keizersgracht 123\n1015 CJ  Amsterdam"),
            ("phone", "Our phone number", "+31 20 555 0100"),
            ("email", "Our e-mail address", "info@vandijk-kantoor.nl"),
            ("home_page", "Our home page", "www.vandijk-kantoor.nl"),
            ("vat_registration_no", "Our VAT registration number", "NL123456789B01"),
            ("registration_no", "Our company registration number", ""),
            ("bank_name", "Our bank", "ING Bank"),
            ("bank_account_no", "Our bank account number", ""),
            ("iban", "Our IBAN", "NL91 INGB 0001 2345 67"),
            ("swift_code", "Our SWIFT/BIC code", "INGBNL2A"),
        ],
    )
    + _group(
        "salutation",
        [
            ("formal", "Formal salutation in the letter's language", "Geachte Anna de Vries"),
            ("informal", "Informal salutation in the letter's language", "Beste Anna"),
        ],
    )
    + [MergeField("", "today", "Today's date, long form in the letter's language", "22 november 2026")]
)

GROUPS: dict[str, frozenset[str]] = {}
for _field in FIELDS:
    if _field.group:
        GROUPS[_field.group] = GROUPS.get(_field.group, frozenset()) | {_field.name}
TOP_LEVEL: frozenset[str] = frozenset(field.name for field in FIELDS if not field.group)
KEYS: frozenset[str] = frozenset(field.key for field in FIELDS)


def empty_context() -> dict[str, object]:
    """A context with every field present and empty (the shape every real context has)."""
    context: dict[str, object] = {group: {name: "" for name in sorted(names)} for group, names in GROUPS.items()}
    context.update({name: "" for name in TOP_LEVEL})
    return context


def example_context() -> dict[str, object]:
    """A context filled with the documented examples (README, previews without data)."""
    context = empty_context()
    for field in FIELDS:
        if field.group:
            group = context[field.group]
            assert isinstance(group, dict)
            group[field.name] = field.example
        else:
            context[field.name] = field.example
    return context


def markdown_table() -> str:
    """The field list as a Markdown table, for the README."""
    rows = ["| Field | Meaning | Example |", "| --- | --- | --- |"]
    for field in FIELDS:
        example = field.example.replace("\n", " ⏎ ")
        rows.append(f"| `{{{{ {field.key} }}}}` | {field.description} | {example} |")
    return "\n".join(rows)


if __name__ == "__main__":  # python -m contactdesk.merge.fields > fields.md: the README's field list
    print(markdown_table())
