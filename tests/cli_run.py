"""Running `contactdesk` in the test's own process, as the command-line tests do."""

from __future__ import annotations

import pytest

from contactdesk.cli import main
from contactdesk.store import db as store_db


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `contactdesk ARGS`; the database is closed again afterwards."""
    try:
        code = main(list(args))
    finally:
        store_db.close()
    captured = capsys.readouterr()
    return code, captured.out, captured.err
