"""Reading contacts files: encodings, delimiters, layouts recognised by their headers, and vCards."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactdesk.crm.errors import ImportFileError
from contactdesk.crm.imports import ImportSource, read_source
from contactdesk.crm.imports.csv_reader import sniff_delimiter
from contactdesk.crm.imports.decoding import decode
from contactdesk.crm.imports.fields import guard_formula, unguard_formula
from contactdesk.crm.imports.layouts import recognise, suggest

DATA = Path(__file__).parents[1] / "data" / "import"


def _rows(source: ImportSource) -> list[list[str]]:
    return list(source.iter_rows())


def _mapped(source) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {source.headers[column]: field for column, field in source.mapping.items()}


@pytest.mark.parametrize(
    ("name", "layout", "encoding", "delimiter", "rows"),
    [
        ("contactdesk_utf8_bom.csv", "own", "utf-8-sig", ";", 5),
        ("outlook_windows1252.csv", "outlook", "cp1252", ",", 5),
        ("google_utf16.csv", "google", "utf-16", ",", 3),
        ("google_new_utf8.csv", "google_new", "utf-8", ",", 2),
        ("spreadsheet_semicolon.csv", "custom", "utf-8", ";", 3),
        ("tab_separated.txt", "custom", "utf-8", "\t", 1),
        ("contacts_vcard30.vcf", "vcard", "utf-8", "", 4),
        ("contacts_vcard40.vcf", "vcard", "utf-8", "", 3),
    ],
)
def test_each_file_is_read_with_its_layout_encoding_and_delimiter(
    name: str, layout: str, encoding: str, delimiter: str, rows: int
) -> None:
    source = read_source(DATA / name)
    assert (source.layout, source.encoding, source.delimiter, source.row_count) == (layout, encoding, delimiter, rows)
    assert len(_rows(source)) == rows and all(len(row) == len(source.headers) for row in _rows(source))


def test_non_ascii_survives_every_encoding() -> None:
    outlook = read_source(DATA / "outlook_windows1252.csv")
    assert _rows(outlook)[0][outlook.headers.index("Last Name")] == "Ødegård"
    assert _rows(outlook)[3][outlook.headers.index("First Name")] == "Émile"
    google = read_source(DATA / "google_utf16.csv")
    assert _rows(google)[0][google.headers.index("Family Name")] == "Ødegård"
    # A quoted cell holding line breaks stays one cell of one row.
    assert _rows(google)[0][google.headers.index("Address 1 - Formatted")] == "Strandgata 12\n6004 Ålesund\nNorge"
    own = read_source(DATA / "contactdesk_utf8_bom.csv")
    assert own.headers[0] == "No."  # the BOM is not part of the first header
    assert _rows(own)[3][own.headers.index("Surname")] == "IJsselmeer"


def test_outlook_and_google_columns_map_to_our_fields() -> None:
    outlook = _mapped(read_source(DATA / "outlook_windows1252.csv"))
    assert outlook["Last Name"] == "surname" and outlook["Company"] == "company_name"
    assert outlook["E-mail Address"] == "email" and outlook["Business Country/Region"] == "country_code"
    assert outlook["Business Postal Code"] == "post_code" and outlook["Language"] == "language_code"
    assert outlook["Home Street"] == "address" and outlook["Home Postal Code"] == "post_code"  # when no business one
    google = _mapped(read_source(DATA / "google_utf16.csv"))
    assert google["Given Name"] == "first_name" and google["Organization 1 - Name"] == "company_name"
    assert google["Address 1 - City"] == "city" and google["E-mail 1 - Value"] == "email"
    new = _mapped(read_source(DATA / "google_new_utf8.csv"))
    assert new["Organization Name"] == "company_name" and new["Last Name"] == "surname"


def test_unknown_headers_get_a_suggested_mapping() -> None:
    source = read_source(DATA / "spreadsheet_semicolon.csv")
    assert _mapped(source) == {
        "Naam": "name",
        "Bedrijf": "company_name",
        "E-mailadres": "email",
        "Straat": "address",
        "Postcode": "post_code",
        "Plaats": "city",
        "Land": "country_code",
        "Telefoon": "phone_no",
    }
    assert suggest(["Fornavn", "Etternavn", "E-post", "Poststed", "Whatever"]) == {
        0: "first_name",
        1: "surname",
        2: "email",
        3: "city",
    }
    assert recognise(["a", "b"]) == "custom"


def test_vcard_properties_become_columns() -> None:
    source = read_source(DATA / "contacts_vcard40.vcf")
    first = dict(zip(source.headers, _rows(source)[1], strict=True))
    assert first["FN"] == "Åse Ødegård" and first["N:family"] == "Ødegård"
    assert first["UID"] == "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"  # urn:uuid: dropped
    assert first["EMAIL"] == "aase@odegard.no" and first["EMAIL 2"] == "aase.privat@example.no"  # PREF order
    assert first["TEL:cell"] == "+47-915-00-000"  # tel: URI
    company = dict(zip(source.headers, _rows(source)[0], strict=True))
    assert company["KIND"] == "org" and company["TEL"] == "+31-321-123-456"
    v3 = read_source(DATA / "contacts_vcard30.vcf")
    jan = dict(zip(v3.headers, _rows(v3)[2], strict=True))
    assert jan["ADR:locality"] == "Dronten"  # the work address, not the home one
    assert _rows(v3)[3][v3.headers.index("FN")].endswith("over two lines")  # folded line joined


def test_encoding_detection() -> None:
    text = "Naam;Plaats\nØdegård;Ålesund\n"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode(text.encode("utf-16")) == (text, "utf-16")
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode(text.encode("cp1252")) == (text, "cp1252")


def test_delimiter_sniffing_falls_back_to_the_header_line() -> None:
    assert sniff_delimiter("a;b;c\n1;2;3\n") == ";"
    assert sniff_delimiter("a,b,c\n1,2,3\n") == ","
    assert sniff_delimiter("a\tb\n1\t2\n") == "\t"
    assert sniff_delimiter("name;city\n") == ";"
    assert sniff_delimiter("single column\n") == ","


def test_excel_sep_line_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_text("sep=|\nName|City\nAnna|Oslo\n", encoding="utf-8")
    source = read_source(path)
    assert (source.delimiter, source.headers, _rows(source)) == ("|", ["Name", "City"], [["Anna", "Oslo"]])


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "missing"),
        (b"", "empty"),
        (b"   \r\n", "empty"),
        (b"PK\x03\x04rest of a zip file", "unsupported"),
        (b"\xd0\xcf\x11\xe0 old excel", "unsupported"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VEVENT\r\n", "not_vcard"),
    ],
)
def test_files_that_cannot_be_imported_are_refused(tmp_path: Path, content: bytes | None, problem: str) -> None:
    path = tmp_path / "contacts.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ImportFileError) as raised:
        read_source(path)
    assert raised.value.problem == problem


def test_formula_guard_round_trips() -> None:
    for text in ('=HYPERLINK("http://x")', "+47 70 12 34 56", "-1", "@SUM(A1)", "\tx"):
        assert guard_formula(text) == "'" + text
        assert unguard_formula(guard_formula(text)) == text
    assert guard_formula("Ødegård") == "Ødegård"
    assert unguard_formula("'t Hoen") == "'t Hoen"  # a real apostrophe stays
