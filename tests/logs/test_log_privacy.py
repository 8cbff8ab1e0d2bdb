"""The application log: written by the command line and the services, coarse at INFO, without personal data."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests import engines
from tests.cli_run import call

from contactdesk import logsetup
from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.store import db as store_db
from contactdesk.store.models import Contact, Segment, SegmentLine
from contactdesk.store.opening import open_database

# Values that exist nowhere else, so finding one in the log can only mean it was written there.
SECRET_NAME = "Quirinella Zebedeus-Vanterpool"
SECRET_EMAIL = "quirinella.zv@privacy-check.example"
SECRET_PHONE = "+31 6 9876 5432"
SECRET_STREET = "Lindengracht 977"
CSV_NAME = "Bartholomea Fennimore-Quist"
CSV_EMAIL = "b.fennimore@csv-privacy.example"
CSV_STREET = "Ravnkloveien 8813"


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's data (and so its log) folder in tmp_path, as the command line finds it."""
    monkeypatch.setenv("CONTACTDESK_DATA_DIR", str(tmp_path / "data"))
    yield tmp_path / "data" / "logs"
    logsetup.shutdown()


def _csv(path: Path) -> Path:
    header = "Type;Name;Address;Post Code;City;Country/Region Code;Phone No.;E-mail"
    path.write_text(f"{header}\nPerson;{CSV_NAME};{CSV_STREET};1234;Utrecht;NL;+31 30 555 0199;{CSV_EMAIL}\n")
    return path


def _records(text: str, level: str) -> list[str]:
    """The log's records at `level` (a record's continuation lines, such as a traceback, belong to it)."""
    records: list[str] = []
    for line in text.splitlines():
        if line[:4].isdigit() and len(line) > 24 and line[23] == " ":
            records.append(line)
        elif records:
            records[-1] += "\n" + line
    return [record for record in records if record.split(" ", 3)[2] == level]


def test_a_working_session_logs_each_action_coarsely_and_no_personal_data(
    database: object, log_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = engines.current
    assert call(capsys, "--db", db, "demo", "--contacts", "40")[0] == 0
    # A user edits a contact on the first segment to hold the values we look for, as on its card.
    open_database(db)
    segment = max(Segment.select(), key=lambda row: row.lines.count())
    line = SegmentLine.select().where(SegmentLine.segment == segment.id).order_by(SegmentLine.line_no).first()
    edited = dataclasses.replace(
        contacts.get_contact(str(line.contact.no)),
        name=SECRET_NAME,
        email=SECRET_EMAIL,
        phone_no=SECRET_PHONE,
        address=SECRET_STREET,
    )
    contacts.update_contact(edited.no, edited)
    created = contacts.create_contact(
        ContactData(name=f"{SECRET_NAME} II", email=f"ii.{SECRET_EMAIL}", address=SECRET_STREET)
    )
    names = [str(row.name) for row in Contact.select(Contact.name) if len(str(row.name)) >= 8]
    emails = [str(row.email) for row in Contact.select(Contact.email) if row.email]
    store_db.close()
    code, out, _err = call(capsys, "--db", db, "import-contacts", str(_csv(tmp_path / "people.csv")), "--json")
    assert code == 0 and json.loads(out)["imported"] == 1  # stdout stays the command's JSON alone
    assert call(capsys, "--db", db, "segment", "merge", str(segment.no), "--out", str(tmp_path / "letters"))[0] == 0
    assert call(capsys, "--db", db, "segment", "log", str(segment.no))[0] == 0
    assert call(capsys, "--db", db, "segment", "show", "SEG09999")[0] != 0  # refused: a WARNING, no data

    text = (log_folder / logsetup.LOG_FILE).read_text(encoding="utf-8")
    info = "\n".join(_records(text, "INFO"))
    for expected in (
        "ContactDesk",
        "command demo",
        "sample data added: 40 contacts",
        f"contact changed: {edited.no}",
        f"contact created: {created}",
        "contact import: 1 added",
        f"segment merge {segment.no}: ",
        f"logged segment {segment.no} as",
    ):
        assert expected in info, expected
    assert "command segment show refused: " in text
    assert not _records(text, "ERROR")
    personal = [SECRET_NAME, SECRET_EMAIL, SECRET_PHONE, SECRET_STREET, CSV_NAME, CSV_EMAIL, CSV_STREET]
    leaked = [value for value in [*personal, *names, *emails] if value in info]
    assert leaked == []


def test_logging_is_set_up_once_per_folder_and_follows_a_new_one(tmp_path: Path) -> None:
    try:
        first = logsetup.setup(tmp_path / "a", catch_crashes=False)
        logsetup.setup(tmp_path / "a", catch_crashes=False)
        handlers = [h for h in logging.getLogger("contactdesk").handlers if h.__class__.__name__.startswith("Rot")]
        assert len(handlers) == 1 and handlers[0].maxBytes == logsetup.MAX_BYTES  # type: ignore[attr-defined]
        logging.getLogger("contactdesk.crm").info("first folder")
        logsetup.setup(tmp_path / "b", catch_crashes=False)
        logging.getLogger("contactdesk.crm").info("second folder")
    finally:
        logsetup.shutdown()
    assert "first folder" in (first / logsetup.LOG_FILE).read_text()
    assert "second folder" in (tmp_path / "b" / logsetup.LOG_FILE).read_text()
    assert "second folder" not in (first / logsetup.LOG_FILE).read_text()
