"""An import recognises a country added under Setup by its name in English, Dutch or Norwegian (CLDR)."""

from __future__ import annotations

from contactdesk.crm.imports.countries import CountryResolver
from contactdesk.store.models import Country


def test_a_country_added_under_setup_is_found_by_its_names(database) -> None:  # type: ignore[no-untyped-def]
    Country.create(code="ES", name="Spain")
    resolver = CountryResolver()
    assert [resolver.resolve(name) for name in ("Spain", "Spanje", "Spania", "spanje")] == ["ES"] * 4
    assert resolver.resolve("Portugal") is None, "a country the table does not have stays unknown"
