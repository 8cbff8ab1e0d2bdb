"""A new database names its number series, salutations and countries in the language it was made in."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import engines

from contactdesk.cli import main
from contactdesk.store import db as store_db
from contactdesk.store.models import Country, NumberSeries, Salutation
from contactdesk.store.opening import open_database


def _names() -> tuple[str, str, str, str]:
    series = NumberSeries.get(NumberSeries.code == "CONT").description
    logged = NumberSeries.get(NumberSeries.code == "LSEG").description
    salutation = Salutation.get(Salutation.code == "COMPANY").description
    country = Country.get(Country.code == "NO").name
    return str(series), str(logged), str(salutation), str(country)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ("Contacts", "Logged segments", "Company", "Norway")),
        ("nl", ("Contacten", "Geregistreerde segmenten", "Bedrijf", "Noorwegen")),
        ("nb", ("Kontakter", "Loggførte segmenter", "Firma", "Norge")),
    ],
)
def test_a_new_database_is_seeded_in_its_language(database_target: str, language: str, expected: tuple) -> None:  # type: ignore[type-arg]
    open_database(database_target, create=True, language=language)
    assert _names() == expected


def test_an_existing_database_keeps_its_names(database_target: str) -> None:
    open_database(database_target, create=True, language="en")
    store_db.close()
    open_database(database_target, language="nb")
    assert _names() == ("Contacts", "Logged segments", "Company", "Norway")


def _cli_target(tmp_path: Path, database_target: str) -> str:
    return str(tmp_path / "cli.sqlite") if engines.ENGINE == "sqlite" else database_target


def test_the_command_line_takes_the_language_option(tmp_path: Path, database_target: str) -> None:
    target = _cli_target(tmp_path, database_target)
    assert main(["--language", "nl", "demo", "--db", target, "--contacts", "0"]) == 0
    open_database(target)
    assert _names()[:3] == ("Contacten", "Geregistreerde segmenten", "Bedrijf")


def test_the_command_line_takes_the_locale_without_the_option(
    tmp_path: Path, database_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    target = _cli_target(tmp_path, database_target)
    assert main(["demo", "--db", target, "--contacts", "0"]) == 0
    open_database(target)
    assert _names()[:3] == ("Kontakter", "Loggførte segmenter", "Firma")
