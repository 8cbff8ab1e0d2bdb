"""Languages as other programs write them (BCP 47 tags, names), and Outlook's Language and Home address columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactdesk.crm.imports import check_import, read_source, run_import
from contactdesk.crm.imports.languages import LanguageResolver
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, MarketingSetup

DATA = Path(__file__).parents[1] / "data" / "import"


@pytest.fixture
def office(database):  # type: ignore[no-untyped-def]
    """A database whose new contacts get English unless they say otherwise."""
    MarketingSetup.update(default_language_code="en").execute()
    return database


def _by_email() -> dict[str, Contact]:
    return {contact.email: contact for contact in Contact.select() if contact.email}


def test_outlook_language_names_and_codes_are_mapped(office) -> None:  # type: ignore[no-untyped-def]
    check = check_import(read_source(DATA / "outlook_languages_home.csv"))
    # An unknown language is a warning on its row and column; the row is not refused.
    assert [(p.row, p.column, p.value, p.warning) for p in check.problems] == [(5, "Language", "Klingon", True)]
    assert not check.bad and check.warning_count == 1
    result = run_import(check)
    assert (result.imported, result.skipped, result.companies_created) == (7, 0, 1)
    languages = {email: contact.language_code for email, contact in _by_email().items()}
    assert languages == {
        "sanne@fjordconsult.no": "nl",  # "Dutch"
        "oystein@example.no": "nb",  # "Norwegian (Bokmål)"
        "oliver@fjordconsult.no": "en",  # "en-GB"
        "worf@example.co.uk": "en",  # "Klingon": the default
        "pieter@example.be": "nl",  # "nl-BE"
        "emma@example.co.uk": "en",  # blank: the default, as a new card
        "jake@example.com": "en",  # "English (United States)"
    }


def test_outlook_home_address_when_there_is_no_business_address(office) -> None:  # type: ignore[no-untyped-def]
    run_import(check_import(read_source(DATA / "outlook_languages_home.csv")))
    contacts = _by_email()
    oystein = contacts["oystein@example.no"]
    assert (oystein.address, oystein.post_code, oystein.city, oystein.country_code) == (
        "Sognsveien 12",
        "0855",
        "Oslo",
        "NO",
    )
    # A business address wins, whole: never a home street with a business city.
    sanne = contacts["sanne@fjordconsult.no"]
    assert (sanne.address, sanne.post_code, sanne.city, sanne.country_code) == ("Bryggen 7", "5003", "Bergen", "NO")
    emma = contacts["emma@example.co.uk"]
    assert (emma.address, emma.city, emma.country_code) == ("", "York", "GB")


def test_a_company_created_from_an_outlook_person_gets_the_business_address(office) -> None:  # type: ignore[no-untyped-def]
    check = check_import(read_source(DATA / "outlook_languages_home.csv"))
    assert check.new_companies == ["Fjord Consult AS"]
    run_import(check)
    company = Contact.get(Contact.name == "Fjord Consult AS")
    assert company.type == ContactType.COMPANY
    # The first person naming it gives its business address, not the home one.
    assert (company.address, company.post_code, company.city, company.country_code) == (
        "Bryggen 7",
        "5003",
        "Bergen",
        "NO",
    )
    persons = Contact.select().where(Contact.company == company.id).order_by(Contact.name)
    assert [(p.name, p.address) for p in persons] == [("Oliver Hughes", "Bryggen 9"), ("Sanne de Wit", "Bryggen 7")]


def test_vcard_lang_is_a_bcp47_tag(office) -> None:  # type: ignore[no-untyped-def]
    check = check_import(read_source(DATA / "contacts_vcard40_languages.vcf"))
    assert [(p.row, p.column, p.value, p.warning) for p in check.problems] == [(5, "LANG", "tlh", True)]
    result = run_import(check)
    assert result.imported == 5
    languages = {email: contact.language_code for email, contact in _by_email().items()}
    assert languages == {
        "harriet@example.co.uk": "en",
        "ingrid@example.no": "nb",
        "lotte@example.be": "nl",
        "nils@example.no": "nb",
        "kahless@example.org": "en",
    }


def test_an_unknown_language_does_not_overwrite_a_contact_on_update(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "contacts.csv"
    path.write_text("Name;E-mail;Language\nAnna Berg;anna@berg.nl;nl-NL\n", encoding="utf-8")
    run_import(check_import(read_source(path)))
    path.write_text("Name;E-mail;Language;City\nAnna Berg;anna@berg.nl;Esperanto-ish;Delft\n", encoding="utf-8")
    check = check_import(read_source(path))
    assert [(p.field, p.warning) for p in check.problems] == [("language_code", True)]
    assert run_import(check, "update").updated == 1
    anna = Contact.get(Contact.email == "anna@berg.nl")
    assert (anna.language_code, anna.city) == ("nl", "Delft")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en-GB", "en"),
        ("en_us", "en"),
        ("nb-NO", "nb"),
        ("nl-BE", "nl"),
        ("no", "nb"),
        ("nn", "nb"),
        ("nob", "nb"),
        ("nld", "nl"),
        ("English", "en"),
        ("Nederlands", "nl"),
        ("Dutch", "nl"),
        ("Flemish", "nl"),
        ("Norwegian (Bokmål)", "nb"),
        ("Norsk bokmål", "nb"),
        ("Norwegian", "nb"),
        ("engelsk", "en"),
        ("Engels", "en"),
        ("English (United Kingdom)", "en"),
        ("", ""),
        ("Klingon", None),
        ("tlh", None),
        ("de-DE", None),
        ("Deutsch", None),
        ("en GB!", None),
    ],
)
def test_language_codes_tags_and_names(database, text: str, code: str | None) -> None:  # type: ignore[no-untyped-def]
    assert LanguageResolver().resolve(text) == code


def test_csv_language_columns_take_tags_and_names(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sheet.csv"
    path.write_text("Naam;Taal\nAnna;en-GB\nBram;NB_no\nCora;Nederlands\nDirk;xx-YY\n", encoding="utf-8")
    check = check_import(read_source(path))
    assert [(p.row, p.column, p.value, p.warning) for p in check.problems] == [(5, "Taal", "xx-YY", True)]
    run_import(check)
    assert [(c.name, c.language_code) for c in Contact.select().order_by(Contact.name)] == [
        ("Anna", "en"),
        ("Bram", "nb"),
        ("Cora", "nl"),
        ("Dirk", "en"),
    ]
