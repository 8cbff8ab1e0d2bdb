"""Every record a user edits has a version: a save from an older one is refused, naming who and when."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import docx
import pytest

from contactdesk.crm import (
    codes,
    company_info,
    contacts,
    marketing_setup,
    number_series,
    salespeople,
    saved_criteria,
    segment_lines,
    segments,
    templates,
    users,
)
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.criteria import CriteriaAction, CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.database import connection
from contactdesk.crm.errors import ConcurrentEditError
from contactdesk.store.models.base import utcnow
from contactdesk.store.numbering import next_number

pytestmark = pytest.mark.usefixtures("database")

Save = Callable[[Any], Any]


def _code() -> tuple[Any, Save]:
    codes.save_code("mailing_group", codes.CodeData("NEWS", "Newsletter"))
    return codes.get_code("mailing_group", "NEWS"), lambda d: codes.save_code("mailing_group", d, "NEWS")


def _group() -> tuple[Any, Save]:
    codes.save_code("interaction_group", codes.CodeData("LETTER", "Letters"))
    return codes.get_code("interaction_group", "LETTER"), lambda d: codes.save_code("interaction_group", d, "LETTER")


def _salesperson() -> tuple[Any, Save]:
    salespeople.save_salesperson(salespeople.SalespersonData("AB", "Anna Berg"))
    return salespeople.get_salesperson("AB"), lambda d: salespeople.save_salesperson(d, "AB")


def _series() -> tuple[Any, Save]:
    return number_series.get_series("CAMP"), lambda d: number_series.save_series(d, "CAMP")


def _template() -> tuple[Any, Save]:
    codes.save_code("interaction_group", codes.CodeData("LETTER", "Letters"))
    templates.save_template(templates.TemplateData("INVITE", "LETTER", "Invitation"))
    return templates.get_template("INVITE"), lambda d: templates.save_template(d, "INVITE")


def _marketing() -> tuple[Any, Save]:
    return marketing_setup.get_marketing_setup(), marketing_setup.save_marketing_setup


def _company() -> tuple[Any, Save]:
    company_info.save_company_info(company_info.CompanyInfoData(name="Our Company"))
    return company_info.get_company_info(), company_info.save_company_info


def _contact() -> tuple[Any, Save]:
    no = contacts.create_contact(ContactData(type=0, name="Berg & Co"))
    return contacts.get_contact(no), lambda d: contacts.update_contact(no, d)


# Each record kind: how to make one and load it, how to save it, and a field a user would change.
RECORDS: dict[str, tuple[Callable[[], tuple[Any, Save]], str, str, str]] = {
    "code": (_code, "description", "Monthly letter", "Weekly letter"),
    "interaction_group": (_group, "description", "Post", "Mail"),
    "salesperson": (_salesperson, "name", "Anna Bergman", "Anna B."),
    "number_series": (_series, "description", "Campaign numbers", "Campaigns 2027"),
    "template": (_template, "description", "Invitation 2027", "Invitation (new)"),
    "marketing_setup": (_marketing, "attachment_storage_location", "/srv/a", "/srv/b"),
    "company_info": (_company, "city", "Utrecht", "Bergen"),
    "contact": (_contact, "city", "Utrecht", "Bergen"),
}


@pytest.fixture
def anna(monkeypatch: pytest.MonkeyPatch) -> str:
    """The OS login on a desktop (the database login on PostgreSQL) is who the records name."""
    monkeypatch.setenv("LOGNAME", "anna")
    return users.current_user()


@pytest.mark.parametrize("kind", list(RECORDS))
def test_a_save_from_an_older_version_is_refused_and_names_who_and_when(kind: str, anna: str) -> None:
    make, field, first, second = RECORDS[kind]
    loaded, save = make()
    assert loaded.version >= 1
    before = utcnow() - timedelta(seconds=1)
    saved = save(replace(loaded, **{field: first}))  # someone else's save, from the same version
    assert saved.version == loaded.version + 1 and saved.changed_by == anna and saved.changed_at >= before
    with pytest.raises(ConcurrentEditError) as caught:
        save(replace(loaded, **{field: second}))
    assert (caught.value.changed_by, caught.value.changed_at) == (anna, saved.changed_at)
    assert getattr(saved, field) == first
    # With the newer version the user's change goes through.
    assert getattr(save(replace(saved, **{field: second})), field) == second


@pytest.mark.parametrize("kind", ["salesperson", "company_info", "contact", "template"])
def test_two_saves_from_the_same_version_at_the_same_moment_one_wins(kind: str) -> None:
    make, field, first, second = RECORDS[kind]
    loaded, save = make()
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def user(value: str) -> None:
        with connection():
            barrier.wait()
            try:
                outcomes.append(getattr(save(replace(loaded, **{field: value})), field))
            except ConcurrentEditError as refused:
                outcomes.append(refused)

    threads = [threading.Thread(target=user, args=(value,)) for value in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    won = [value for value in outcomes if isinstance(value, str)]
    assert len(won) == 1 and sum(isinstance(value, ConcurrentEditError) for value in outcomes) == 1


def test_a_new_record_names_who_made_it(anna: str) -> None:
    no = contacts.create_contact(ContactData(type=0, name="Berg & Co"))
    made = contacts.get_contact(no)
    assert (made.created_by, made.changed_by, made.version) == (anna, anna, 1)
    segment = segments.get_segment(segments.create_segment("Spring letter", contact_nos=[no]))
    assert (segment.created_by, segment.changed_by) == (anna, anna)
    line = segment_lines.list_lines(segment.no)[0]
    assert (line.version, line.changed_by) == (1, anna) and line.changed_at is not None


def test_a_stale_segment_header_or_line_is_refused_with_who_and_when(anna: str) -> None:
    no = contacts.create_contact(ContactData(type=0, name="Berg & Co"))
    seg = segments.create_segment("Spring letter", contact_nos=[no])
    header = segments.get_segment(seg)
    line = segment_lines.list_lines(seg)[0]
    segment_lines.update_line(seg, line.line_no, "description", "Yours", header.version, line.version)
    with pytest.raises(ConcurrentEditError) as caught:
        segments.update_header(seg, {"description": "Mine"}, header.version)
    assert caught.value.changed_by == anna and caught.value.changed_at is not None
    fresh = segments.get_segment(seg)
    # The line's own version: a change from an older view of the line is refused even with a fresh header.
    with pytest.raises(ConcurrentEditError) as caught:
        segment_lines.update_line(seg, line.line_no, "description", "Mine", fresh.version, line.version)
    assert caught.value.entity == "segment_line"
    assert segment_lines.get_line(seg, line.line_no).description == "Yours"


def _docx(path: Path, text: str) -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


def test_a_template_language_row_is_version_checked(tmp_path: Path) -> None:
    _template()
    templates.set_template_attachment("INVITE", "en", _docx(tmp_path / "a.docx", "A"))
    row = templates.list_template_languages("INVITE")[0]
    templates.set_template_attachment("INVITE", "en", _docx(tmp_path / "b.docx", "B"), row.version)
    with pytest.raises(ConcurrentEditError):
        templates.remove_template_attachment("INVITE", "en", row.version)
    assert templates.list_template_languages("INVITE")[0].file_name == "b.docx"


def test_a_saved_criteria_rename_is_version_checked() -> None:
    no = contacts.create_contact(ContactData(type=0, name="Berg & Co", city="Utrecht"))
    seg = segments.create_segment("Spring letter")
    from contactdesk.crm import criteria

    criteria.run(seg, CriteriaRequest(CriteriaAction.ADD, (Filter("contact", "no", no),)))
    saved = saved_criteria.save_criteria(seg, "UTR", "Utrecht")
    saved_criteria.rename_saved_criteria("UTR", "UTR", "Utrecht contacts", saved.version)
    with pytest.raises(ConcurrentEditError):
        saved_criteria.rename_saved_criteria("UTR", "UTRECHT", None, saved.version)
    assert saved_criteria.get_saved_criteria("UTR").description == "Utrecht contacts"


def test_taking_a_number_makes_an_open_series_dialog_stale() -> None:
    loaded = number_series.get_series("CAMP")
    assert next_number("CAMP") == "CP0001"
    with pytest.raises(ConcurrentEditError):
        number_series.save_series(replace(loaded, last_number=0), "CAMP")  # would hand out CP0001 again
    assert number_series.get_series("CAMP").last_number == 1


def test_the_command_line_gets_one_english_line_with_who_and_local_time() -> None:
    from datetime import UTC, datetime

    moment = datetime(2026, 12, 6, 9, 42)
    local = moment.replace(tzinfo=UTC).astimezone()
    message = str(ConcurrentEditError("contact", "CT000001", "anna", moment))
    assert (
        message
        == f"anna changed contact CT000001 at {local:%Y-%m-%d %H:%M}. Read it again, then make your change again."
    )
    assert str(ConcurrentEditError("marketing_setup", "")).startswith("Someone else changed marketing setup.")
