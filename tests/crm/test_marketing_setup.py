"""Marketing Setup, our company's details, and the simple lookups."""

from __future__ import annotations

from dataclasses import replace

import pytest

from contactdesk.crm.company_info import CompanyInfoData, get_company_info, save_company_info
from contactdesk.crm.errors import ValidationErrors
from contactdesk.crm.lookups import list_campaigns, list_countries, list_languages, list_salutations
from contactdesk.crm.marketing_setup import MarketingSetupData, get_marketing_setup, save_marketing_setup
from contactdesk.crm.salespeople import SalespersonData, save_salesperson
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import Campaign, CompanyInfo, MarketingSetup

pytestmark = pytest.mark.usefixtures("database")


def test_seeded_setup() -> None:
    setup = get_marketing_setup()
    assert (setup.contact_nos, setup.segment_nos, setup.logged_segment_nos, setup.campaign_nos) == (
        "CONT",
        "SEG",
        "LSEG",
        "CAMP",
    )
    assert (setup.default_company_salutation, setup.default_person_salutation) == ("COMPANY", "PERSON")
    assert setup.default_correspondence_type is CorrespondenceType.BLANK
    assert setup.inherit_salesperson is True


def test_save_normalises_and_reads_back() -> None:
    save_salesperson(SalespersonData(code="JD", name="Jan"))
    saved = save_marketing_setup(
        replace(
            get_marketing_setup(),
            default_salesperson_code="jd",
            default_country_code="nl",
            default_language_code="NB",
            default_correspondence_type=CorrespondenceType.HARD_COPY,
            inherit_address=False,
            attachment_storage_location="  /srv/files  ",
        )
    )
    assert (saved.default_salesperson_code, saved.default_country_code, saved.default_language_code) == (
        "JD",
        "NL",
        "nb",
    )
    assert saved.default_correspondence_type is CorrespondenceType.HARD_COPY
    assert (saved.inherit_address, saved.attachment_storage_location) == (False, "/srv/files")
    assert get_marketing_setup() == saved
    assert MarketingSetup.select().count() == 1

    cleared = save_marketing_setup(replace(saved, default_salesperson_code="", default_language_code=""))
    assert (cleared.default_salesperson_code, cleared.default_language_code) == ("", "")


def test_unknown_references_are_all_reported_and_nothing_changes() -> None:
    before = get_marketing_setup()
    with pytest.raises(ValidationErrors) as caught:
        save_marketing_setup(
            MarketingSetupData(
                contact_nos="NOPE",
                segment_nos="SEG",
                default_salesperson_code="GHOST",
                default_country_code="XX",
                default_language_code="klingon",
                default_person_salutation="SIR",
                default_correspondence_type=7,  # type: ignore[arg-type]
            )
        )
    assert {(error.field, error.problem) for error in caught.value.errors} == {
        ("contact_nos", "unknown"),
        ("default_salesperson_code", "unknown"),
        ("default_country_code", "unknown"),
        ("default_language_code", "unknown"),
        ("default_person_salutation", "unknown"),
        ("default_correspondence_type", "invalid"),
    }
    assert get_marketing_setup() == before


def test_company_info_round_trip_and_validation() -> None:
    assert get_company_info() == CompanyInfoData()
    saved = save_company_info(
        CompanyInfoData(name=" Noordzee Handel B.V. ", city="Amsterdam", country_code="nl", email="info@noordzee.nl")
    )
    assert (saved.name, saved.country_code) == ("Noordzee Handel B.V.", "NL")
    assert get_company_info() == saved
    assert CompanyInfo.select().count() == 1

    with pytest.raises(ValidationErrors) as caught:
        save_company_info(CompanyInfoData(name="", email="nope", country_code="XX", city="c" * 31))
    assert {(error.field, error.problem) for error in caught.value.errors} == {
        ("name", "required"),
        ("email", "invalid_email"),
        ("country_code", "unknown"),
        ("city", "too_long"),
    }
    assert get_company_info() == saved


def test_lookups() -> None:
    assert ("NL", "Netherlands") in list_countries()
    assert [code for code, _ in list_languages()] == ["en", "nb", "nl"]
    assert [code for code, _ in list_salutations()] == ["COMPANY", "PERSON"]
    assert list_campaigns() == []
    Campaign.create(no="CP0001", description="Spring fair")
    assert list_campaigns() == [("CP0001", "Spring fair")]
