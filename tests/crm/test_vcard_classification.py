"""vCard export and import carry the classification codes: by kind in X-CONTACTDESK-* properties (read back),
and all of them in CATEGORIES, which other address books show."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from tests.classified_copies import codes_after_import, codes_by_no

from contactdesk.crm.classification import change_codes
from contactdesk.crm.contact_class_kinds import INDUSTRY_GROUP, MAILING_GROUP
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.contacts import create_contact
from contactdesk.crm.demo import load_demo
from contactdesk.crm.exports import export_contacts
from contactdesk.crm.imports import check_import, read_source


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_export_then_import_keeps_the_classification(demo_database, tmp_path: Path, version: str) -> None:  # type: ignore[no-untyped-def]
    before = codes_by_no()
    assert any(len(codes.get(MAILING_GROUP, [])) for codes in before.values())
    target = tmp_path / "contacts.vcf"
    export_contacts(target, vcard_version=version)
    cards = {card.contents["x-contactdesk-no"][0].value: card for card in vobject.readComponents(target.read_text())}
    for no, codes in before.items():
        shown = cards[no].contents.get("categories")
        expected = sorted({code for kind_codes in codes.values() for code in kind_codes})
        assert sorted(shown[0].value if shown else []) == expected, no
    assert codes_after_import(tmp_path, target) == before


def test_several_codes_of_a_kind_are_one_escaped_value_and_an_unknown_one_is_a_problem(
    database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    load_demo(contacts=0)
    no = create_contact(ContactData(type=0, name="Hansen AS", city="Oslo"))
    change_codes(no, {INDUSTRY_GROUP: ["RETAIL", "WHOLESALE"], MAILING_GROUP: ["NEWS"]})
    target = tmp_path / "hansen.vcf"
    export_contacts(target)
    text = target.read_bytes().decode("utf-8")
    assert "X-CONTACTDESK-INDUSTRY-GROUPS:RETAIL\\;WHOLESALE\r\n" in text
    assert "CATEGORIES:RETAIL,WHOLESALE,NEWS\r\n" in text
    (tmp_path / "other.vcf").write_bytes(text.replace("WHOLESALE", "FISH").encode("utf-8"))
    check = check_import(read_source(tmp_path / "other.vcf"))
    assert [(p.column, p.field, p.problem, p.value) for p in check.problems] == [
        ("X-CONTACTDESK-INDUSTRY-GROUPS", "industry_groups", "unknown", "FISH")
    ]
