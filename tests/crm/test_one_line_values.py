"""One-line values refuse line breaks and other control characters, whoever sends them: card, segment, import."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactdesk.crm import contacts, segment_lines, segments
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.errors import ValidationErrors
from contactdesk.crm.imports import check_import, read_source
from contactdesk.crm.templates import TemplateData, save_template
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, Segment


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("first_name", "Bad\r\nName"),
        ("surname", "O'Brien\nBcc: x@example.com"),
        ("city", "Utrecht\x00"),
        ("post_code", "3511\tAB"),
        ("phone_no", "+31 20\u2028555"),
        ("email", "a@example.com\r\nBcc: b@example.com"),
    ],
)
def test_the_contact_service_refuses_a_line_break(database: object, field: str, value: str) -> None:
    data = ContactData(type=ContactType.PERSON, first_name="Ann", surname="Smith")
    setattr(data, field, value)
    with pytest.raises(ValidationErrors) as caught:
        contacts.create_contact(data)
    assert [(error.field, error.problem) for error in caught.value.errors] == [(field, "line_break")]
    assert Contact.select().count() == 0


def test_an_edit_is_refused_too_and_the_contact_stays_as_it_was(database: object) -> None:
    no = contacts.create_contact(ContactData(type=ContactType.COMPANY, name="Smit & Zn", city="Amsterdam"))
    data = contacts.get_contact(no)
    data.name = "Smit\n& Zn"
    with pytest.raises(ValidationErrors) as caught:
        contacts.update_contact(no, data)
    assert caught.value.for_field("name") is not None
    assert contacts.get_contact(no).name == "Smit & Zn"


def test_ordinary_spaces_and_letters_stay_allowed(database: object) -> None:
    no = contacts.create_contact(
        ContactData(type=ContactType.PERSON, first_name="Øyvind\u00a0Jr.", surname="van 't Hoff", city="Zürich")
    )
    assert contacts.get_contact(no).name == "Øyvind\u00a0Jr. van 't Hoff"


@pytest.mark.parametrize("field", ["description", "subject"])
def test_a_segment_header_refuses_a_line_break(database: object, field: str) -> None:
    no = segments.create_segment("Spring")
    with pytest.raises(ValidationErrors) as caught:
        segments.update_header(no, {field: "Spring\r\nBcc: evil@example.com"})
    assert [(error.field, error.problem) for error in caught.value.errors] == [(field, "line_break")]
    with pytest.raises(ValidationErrors):
        segments.create_segment("Autumn\nmailing")
    assert [str(row.description) for row in Segment.select()] == ["Spring"]


def test_a_segment_line_description_refuses_a_line_break(database: object) -> None:
    contact = contacts.create_contact(ContactData(type=ContactType.COMPANY, name="Acme"))
    no = segments.create_segment("Spring", contact_nos=[contact])
    line = segment_lines.list_lines(no, limit=-1)[0]
    with pytest.raises(ValidationErrors):
        segment_lines.update_line(no, line.line_no, "description", "one\ntwo")
    segment_lines.update_line(no, line.line_no, "comment", "A personal comment\nmay have two lines")


def test_a_template_description_refuses_a_line_break(database: object) -> None:
    save_code("interaction_group", CodeData("LETTER", "Letters"))
    with pytest.raises(ValidationErrors) as caught:
        save_template(TemplateData(code="T1", interaction_group_code="LETTER", description="Spring\r\nmail"))
    assert caught.value.for_field("description") is not None


def test_the_import_names_the_row_and_the_column(database: object, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,Company,E-mail Address\r\n"
        "Ann,Smith,Acme,ann@example.com\r\n"
        '"Bad\nName",Jones,Acme,bad@example.com\r\n'
        'Carl,Berg,"Two\r\nLines Ltd",carl@example.com\r\n',
        encoding="utf-8",
    )
    check = check_import(read_source(path))
    found = [(p.row, p.column, p.field, p.problem) for p in check.problems]
    assert found == [(3, "First Name", "first_name", "line_break"), (4, "Company", "company_name", "line_break")]
    assert check.bad_rows == [3, 4]
    assert "line break" in check.problems[0].message


def test_the_street_address_may_span_lines_but_holds_no_other_control_character(database: object) -> None:
    no = contacts.create_contact(
        ContactData(type=ContactType.COMPANY, name="Ødegård AS", address="Strandgata 1,\r\nbakgården")
    )
    assert contacts.get_contact(no).address == "Strandgata 1,\r\nbakgården"
    with pytest.raises(ValidationErrors) as caught:
        contacts.create_contact(ContactData(type=ContactType.COMPANY, name="Tab AS", address="Strandgata\t1"))
    assert [(error.field, error.problem) for error in caught.value.errors] == [("address", "control_character")]
