"""TLS: verify-full when the server offers it, plainly reported when it does not, never a silent downgrade.

The suite's shared cluster has no TLS; the tests' own office server (office_server.py) has a certificate
for "localhost" signed by an authority made for the test, so 127.0.0.1 is the wrong name for it.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from tests import engines
from tests.cli_run import call
from tests.office import office_server
from tests.office.office_server import OfficeServer

from contactdesk.crm.database import ConnectionSecurity, current_security, open_location, switch_to
from contactdesk.crm.errors import ServerNotTrustedError, ServerUnreachableError
from contactdesk.store import db as store_db

pytestmark = pytest.mark.postgresql_only
PASSWORD = office_server.PASSWORD


def test_a_server_without_tls_is_connected_to_and_reported_unencrypted(database: object) -> None:
    opened = open_location(engines.current)
    assert opened.security is ConnectionSecurity.PLAIN
    assert current_security() is ConnectionSecurity.PLAIN
    assert opened.database.connect_params["sslmode"] == "disable"  # the worker threads' connections too


def test_an_address_that_asks_for_tls_is_not_downgraded(database: object) -> None:
    with pytest.raises(ServerNotTrustedError) as refused:
        open_location(engines.current + "?sslmode=require")
    assert refused.value.reason == "no_tls"


def test_verify_full_succeeds_for_the_name_on_the_certificate(office: OfficeServer) -> None:
    opened = open_location(office.url(password=PASSWORD))
    assert opened.security is ConnectionSecurity.VERIFIED
    assert opened.database.connect_params["sslmode"] == "verify-full"
    in_use = store_db.db.execute_sql("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0]
    assert in_use is True
    store_db.close()


def test_the_wrong_name_is_refused_with_a_sentence(
    office: OfficeServer, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from contactdesk.ui.errors import describe

    wrong = office.url(host="127.0.0.1", password=PASSWORD)
    with pytest.raises(ServerNotTrustedError) as refused:
        open_location(wrong)
    assert refused.value.reason == "name"
    assert describe(refused.value).startswith(
        "The database server postgresql://alice:***@127.0.0.1:"
    ) and "has a certificate for another name" in describe(refused.value)
    code, _out, err = call(capsys, "info", "--db", wrong)
    assert code == 1 and err.count("\n") == 1 and "does not match host name" in err


def test_an_authority_this_computer_does_not_trust_is_refused_not_bypassed(
    office_server_running: OfficeServer, libpq_files: Path, qapp: object
) -> None:
    from contactdesk.ui.errors import describe

    # No ~/.postgresql/root.crt: the system's authorities are asked, and they never signed this one.
    with pytest.raises(ServerNotTrustedError) as refused:
        open_location(office_server_running.url(password=PASSWORD))
    assert refused.value.reason == "unknown"
    assert str(libpq_files / ".postgresql" / "root.crt") in describe(refused.value)


def test_a_failed_switch_says_its_own_reason_when_the_old_server_cannot_be_reached_either(
    office: OfficeServer, libpq_files: Path
) -> None:
    open_location(office.url(password=PASSWORD))
    (libpq_files / ".postgresql" / "root.crt").unlink()  # the office server cannot be verified any more
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        nobody = probe.getsockname()[1]
    with pytest.raises(ServerUnreachableError):
        switch_to(f"postgresql://anna@127.0.0.1:{nobody}/office")
    store_db.close()
