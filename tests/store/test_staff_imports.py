"""A staff login imports contacts into the office database: the ids the import numbers itself move the contact
sequence on by nextval(), which staff may call (setval() is an administrator's). PostgreSQL checks the rights,
so it is tested there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests import engines
from tests.cli_run import call
from tests.office_logins import Office, as_login, drop_login, office_cli

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.imports import check_import, read_source, run_import
from contactdesk.store.db import db
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact

pytestmark = pytest.mark.postgresql_only


def _file(tmp_path: Path, tag: str, count: int) -> Path:
    """`count` new persons (every fifth with a company of its own) that match nobody in the database."""
    path = tmp_path / f"{tag}.csv"
    rows = [f"{tag} Person {n};Person;{tag} Firm {n // 5};Oslo;{tag.lower()}.{n}@example.no" for n in range(count)]
    path.write_text("Name;Type;Company Name;City;E-mail\r\n" + "\r\n".join(rows) + "\r\n", encoding="utf-8")
    return path


def _ids(tag: str) -> list[int]:
    return [row.id for row in Contact.select(Contact.id).where(Contact.name.startswith(tag))]


def _a_card_gets_a_fresh_id() -> None:
    highest = Contact.select(Contact.id).order_by(Contact.id.desc()).first().id
    no = contacts.create_contact(ContactData(type=ContactType.PERSON, name="Typed In Later", city="Oslo"))
    assert Contact.get(Contact.no == no).id > highest


def test_a_staff_login_imports_with_the_command_line(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = as_login(office.url, office.staff)
    code, out, err = call(capsys, "import-contacts", str(_file(tmp_path, "Cli", 20)), "--db", url, "--json")
    assert code == 0, err
    assert json.loads(out[out.index("{") :])["imported"] == 20
    office.work_as(office.staff)
    assert len(_ids("Cli")) == 24  # 20 persons and the 4 companies they name
    _a_card_gets_a_fresh_id()


def test_a_staff_login_imports_through_the_service(office: Office, tmp_path: Path) -> None:
    office.work_as(office.staff)
    result = run_import(check_import(read_source(_file(tmp_path, "Service", 10))))
    assert result.imported == 10 and len(_ids("Service")) == 12
    _a_card_gets_a_fresh_id()
    # A second import continues after the card, and a card after that still gets a fresh id.
    assert run_import(check_import(read_source(_file(tmp_path, "Again", 5)))).imported == 5
    assert min(_ids("Again")) > Contact.get(Contact.name == "Typed In Later").id
    _a_card_gets_a_fresh_id()


def _import_in_background(url: str, path: Path) -> subprocess.Popen[str]:
    environment = dict(os.environ)
    environment.pop("QT_QPA_PLATFORM", None)
    return subprocess.Popen(
        [sys.executable, "-m", "contactdesk", "import-contacts", str(path), "--db", url, "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def test_two_staff_logins_import_at_the_same_time(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    second = office.staff.replace("staff_", "staff2_")
    code, _out, err = office_cli(capsys, monkeypatch, "add-user", second, "--role", "staff", "--db", office.url)
    assert code == 0, err
    try:
        files = {"First": _file(tmp_path, "First", 1500), "Second": _file(tmp_path, "Second", 1500)}
        # Both wait for the contact table behind one lock, then start at the same moment when it goes.
        with engines.locked_elsewhere(office.url, "contact"):
            runs = [
                _import_in_background(as_login(office.url, login), files[tag])
                for login, tag in ((office.staff, "First"), (second, "Second"))
            ]
            time.sleep(3)
        results = [run.communicate(timeout=120) for run in runs]
        for run, (out, err) in zip(runs, results, strict=True):
            assert run.returncode == 0, err
            assert json.loads(out[out.index("{") :])["imported"] == 1500
        office.work_as(second)
        first, other = _ids("First"), _ids("Second")
        assert len(first) == len(other) == 1800  # with their 300 companies each
        assert not set(first) & set(other)
        assert db.execute_sql("SELECT COUNT(DISTINCT no) = COUNT(*) FROM contact").fetchone()[0]
        _a_card_gets_a_fresh_id()
    finally:
        db.close()
        drop_login(second)
