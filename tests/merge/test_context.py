"""Merge contexts from the database: names, address blocks per country, salutations, dates, amounts."""

from __future__ import annotations

from datetime import date

from tests.merge.conftest import LINE, SEGMENT, TODAY

from contactdesk.merge.context import ContextBuilder, LetterRequest
from contactdesk.merge.fields import FIELDS, GROUPS, KEYS, markdown_table
from contactdesk.merge.formatting import address_block, amount, long_date, pick_language
from contactdesk.store.db import db


def test_long_dates_and_amounts_follow_the_letter_language() -> None:
    assert long_date(TODAY, "nl") == "22 november 2026"
    assert long_date(TODAY, "nb") == "22. november 2026"
    assert long_date(TODAY, "en") == "22 November 2026"
    assert long_date(TODAY, "xx") == "22 November 2026"
    assert amount("1234.5", "nl") == "1.234,50"
    assert amount("1234.5", "nb") == "1\u00a0234,50"
    assert amount("1234.5", "en") == "1,234.50"


def test_address_blocks_are_written_the_way_each_post_expects() -> None:
    nl = address_block(["Smit B.V."], "Damrak 1", "", "1012 LG", "Amsterdam", "", "NL", "Netherlands", "NL")
    assert nl == "Smit B.V.\nDamrak 1\n1012 LG  Amsterdam"
    no = address_block(["Ola"], "Karl Johans gate 1", "", "0150", "Oslo", "", "NO", "Norway", "NL")
    assert no == "Ola\nKarl Johans gate 1\n0150 Oslo\nNorway"
    gb = address_block(["Emma"], "1 High St", "", "SW1A 1AA", "London", "", "GB", "United Kingdom", "GB")
    assert gb == "Emma\n1 High St\nLondon\nSW1A 1AA"


def test_language_version_is_the_contacts_else_the_default() -> None:
    assert pick_language("nl", ["en", "nl", "nb"], "en") == "nl"
    assert pick_language("de", ["en", "nl", "nb"], "en") == "en"
    assert pick_language("NL-be", ["en", "nl"], "en") == "nl"
    assert pick_language("de", ["nb", "nl"], "en") == "nb"
    assert pick_language("nl", [], "en") is None


def test_every_field_is_documented_and_present(merge_data: dict[str, object]) -> None:
    context = ContextBuilder(TODAY).build("CT000002", line=LINE, segment=SEGMENT, entry={"entry_no": 7, "date": TODAY})
    keys = {f"{group}.{name}" for group, values in context.items() if isinstance(values, dict) for name in values}
    keys |= {name for name, value in context.items() if not isinstance(value, dict)}
    assert keys == set(KEYS)
    assert all(field.description for field in FIELDS)
    assert "`{{ contact.address_block }}`" in markdown_table()
    assert set(GROUPS) == {
        "contact",
        "company",
        "salesperson",
        "segment",
        "line",
        "interaction",
        "sender",
        "salutation",
    }


def test_person_at_a_dutch_company(merge_data: dict[str, object]) -> None:
    context = ContextBuilder(TODAY).build("CT000002", line=LINE, segment=SEGMENT, entry={"entry_no": 7, "date": TODAY})
    assert (
        context["contact"]["address_block"] == "Smit & Zn <b> B.V.\nĲsbrand van 't Hoff\nDamrak 1\n1012 LG  Amsterdam"
    )
    assert context["company"]["name"] == "Smit & Zn <b> B.V."
    assert context["salutation"] == {"formal": "Geachte Ĳsbrand van 't Hoff", "informal": "Beste Ĳsbrand"}
    assert context["today"] == "22 november 2026"
    assert context["line"]["cost"] == "1.234,50"
    assert context["line"]["correspondence_type"] == "papier"
    assert context["interaction"] == {"entry_no": "7", "date": "22 november 2026"}
    assert context["salesperson"]["name"] == "Jan de Vries"
    assert context["sender"]["address_block"] == "Keizersgracht 123\n1015 CJ  Amsterdam"


def test_abroad_the_country_line_is_added(merge_data: dict[str, object]) -> None:
    builder = ContextBuilder(TODAY)
    oyvind = builder.build("CT000003")
    # The country line is in the letter's language (Norwegian here), as the rest of the letter.
    assert oyvind["contact"]["address_block"] == "Øyvind Ødegård\nKarl Johans gate 1\n0150 Oslo\nNorge"
    assert oyvind["salutation"]["formal"] == "Kjære Øyvind Ødegård"
    assert oyvind["today"] == "22. november 2026"
    emma = builder.build("CT000004")
    assert emma["contact"]["address_block"] == (
        "Emma 😀 Brown\n1 High Street\nLondon\nGreater London\nSW1A 1AA\nUnited Kingdom"
    )
    assert emma["today"] == "22 November 2026"


def test_language_override_and_line_salesperson(merge_data: dict[str, object]) -> None:
    context = ContextBuilder(TODAY).build("CT000003", language="en", line={**LINE, "salesperson_code": "JV"})
    assert context["today"] == "22 November 2026"
    assert context["salutation"]["formal"] == "Dear Øyvind Ødegård"
    assert context["salesperson"]["code"] == "JV"
    german = ContextBuilder(TODAY).build("CT000005")
    assert german["salutation"]["formal"] == "Dear Klaus Weber"  # no German formula: English
    assert german["contact"]["address_block"] == "Klaus Weber\nDeutschland"  # the letter's language: German


def test_contexts_are_built_set_wise(merge_data: dict[str, object]) -> None:
    builder = ContextBuilder(TODAY)
    statements: list[str] = []
    engine = db.obj
    run = engine.execute_sql

    def counted(sql: str, params: object = None, *args: object, **kwargs: object) -> object:
        statements.append(sql)
        return run(sql, params, *args, **kwargs)

    engine.execute_sql = counted  # every statement of every engine passes here
    try:
        requests = [LetterRequest(key, line=LINE) for key in ["CT000001", "CT000002", "CT000003", "CT000004"] * 50]
        contexts = builder.build_many(requests)
    finally:
        del engine.execute_sql
    assert len(contexts) == 200
    assert len([sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]) <= 3


def test_an_unknown_contact_is_named(merge_data: dict[str, object]) -> None:
    import pytest

    from contactdesk.crm.errors import NotFoundError

    with pytest.raises(NotFoundError) as caught:
        ContextBuilder(date(2026, 1, 1)).build("CT999999")
    assert caught.value.key == "CT999999"
