"""A number series that cannot give another number is one line on the command line, not a traceback."""

from __future__ import annotations

import pytest
from tests import engines
from tests.cli_run import call

from contactdesk.crm.segments import list_segments
from contactdesk.store.models import MarketingSetup, NumberSeries
from contactdesk.store.opening import OpenedDatabase, open_database


def test_an_exhausted_series_is_one_line_and_makes_nothing(
    database: OpenedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    series = str(MarketingSetup.get().segment_nos)
    # A prefix so long that the next number would not fit its 20 characters: the series is used up.
    NumberSeries.update(prefix="SEGMENT26-", width=12).where(NumberSeries.code == series).execute()
    code, out, err = call(capsys, "segment", "new", "--description", "Spring mailing", "--db", engines.current)
    assert code == 1 and out == ""
    assert err.startswith("contactdesk: ") and "exhausted" in err and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    open_database(engines.current)
    assert list_segments() == []
