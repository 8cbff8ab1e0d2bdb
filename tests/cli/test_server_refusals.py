"""An office database that cannot be used says why in one line: server gone, login refused, not set up."""

from __future__ import annotations

import pytest
from tests import engines
from tests.cli_run import call as _call


def test_a_server_that_cannot_be_reached_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    # Needs only the driver: nothing listens on the port, on either engine's run.
    url = engines.unreachable_server()
    code, out, err = _call(capsys, "info", "--db", url, "--json")
    assert (code, out) == (1, "")
    assert err.startswith(f"contactdesk: cannot reach the database server for {url}")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.postgresql_only
def test_a_refused_login_is_one_line_and_changes_nothing(database: object, capsys: pytest.CaptureFixture[str]) -> None:
    stranger = engines.as_user(engines.current, "nobody_here")
    code, out, err = _call(capsys, "segment", "new", "--db", stranger, "--description", "Not mine", "--json")
    assert (code, out) == (1, "")
    assert err.startswith(f"contactdesk: the database server refused the login for {stranger}")
    assert 'role "nobody_here" does not exist' in err and len(err.strip().splitlines()) == 1
    assert engines.count(engines.current, "segment") == 0
