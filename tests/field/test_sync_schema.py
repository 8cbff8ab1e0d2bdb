"""Issue 14 §3: when the office's schema is newer or older than the laptop's, `contactdesk field sync` refuses
in one sentence (no traceback, a non-zero exit status) and changes nothing on either side — checked against
checksums of every office table and sequence and of every table in the laptop file, its outbox included.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests import engines
from tests.field.field_office import back_to_office, check_out
from tests.office_logins import Office, as_login

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.store import db as store_db
from contactdesk.store import field_sqlite
from contactdesk.store.migrations import LATEST
from contactdesk.store.models import Contact

pytestmark = pytest.mark.postgresql_only


def _office_sum() -> dict[str, str]:
    """A checksum of every table of the office, and the value of every sequence."""
    import psycopg

    with psycopg.connect(engines.current, autocommit=True) as connection:
        tables = [
            str(name)
            for (name,) in connection.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
            )
        ]
        sums = {
            table: str(
                connection.execute(
                    f"SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "  # type: ignore[arg-type]
                    f'FROM "{table}" t'
                ).fetchone()[0]  # type: ignore[index]
            )
            for table in tables
        }
        for name, value in connection.execute("SELECT sequencename, last_value FROM pg_sequences"):
            sums[f"sequence {name}"] = str(value)
    return sums


def _laptop_sum(laptop: Path) -> dict[str, str]:
    """A checksum of every table in the laptop file (outbox, conflicts and the laptop's own tables too)."""
    connection = sqlite3.connect(laptop)
    try:
        tables = [str(n) for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        sums = {}
        for table in tables:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"'))
            sums[table] = f"{len(rows)}:" + hashlib.sha256("\n".join(rows).encode()).hexdigest()
    finally:
        connection.close()
    return sums


def _sync(laptop: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ}
    environment.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "contactdesk", "field", "sync", "--db", str(laptop), "--json"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


@pytest.fixture
def laptop(office: Office, tmp_path: Path) -> Path:
    """A staff login's laptop with changes to send, and an office with changes to fetch; nothing bound."""
    check_out(tmp_path, office=as_login(office.url, office.staff))
    path = tmp_path / "laptop.sqlite"
    first = Contact.select().order_by(Contact.no).first()
    with store_db.db.atomic():
        Contact.update(city="Tromsø").where(Contact.id == first.id).execute()
    contacts.create_contact(ContactData(name="Met On The Road"))
    assert field_sqlite.pending() >= 2
    back_to_office()
    with store_db.db.atomic():
        Contact.update(phone_no="+47 22 00 00 00").where(Contact.id == first.id).execute()
    store_db.close()
    return path


def _office_schema(version: int) -> None:
    import psycopg

    with psycopg.connect(engines.current, autocommit=True) as connection:
        connection.execute(f"UPDATE schema_version SET version = {version}")  # type: ignore[arg-type]


def _refused_and_nothing_changed(laptop: Path) -> str:
    office, mine = _office_sum(), _laptop_sum(laptop)
    done = _sync(laptop)
    assert done.returncode != 0 and done.stdout == ""
    message = done.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in message, done.stderr
    assert _office_sum() == office
    assert _laptop_sum(laptop) == mine
    return message


# The laptop's schema is its file's, which this program keeps at LATEST: an office at LATEST + 1 is one a
# newer ContactDesk upgraded (this laptop is older), one at LATEST - 1 one this laptop's newer program met.
@pytest.mark.parametrize(
    "office_version", [LATEST + 1, LATEST - 1], ids=["office newer, laptop older", "office older, laptop newer"]
)
def test_sync_refuses_an_office_of_another_schema_and_changes_nothing(laptop: Path, office_version: int) -> None:
    _office_schema(office_version)
    try:
        message = _refused_and_nothing_changed(laptop)
    finally:
        _office_schema(LATEST)  # the fixture opens the office again when it ends
    assert f"schema version {office_version}" in message and f"laptop at {LATEST}" in message, message


def test_the_same_laptop_syncs_once_the_schemas_agree(laptop: Path) -> None:
    """The refusals above are about the schema: with nothing else changed the sync goes through."""
    done = _sync(laptop)
    assert done.returncode == 0, done.stderr
    assert '"pushed"' in done.stdout
