"""A laptop's blocks of numbers run out with a sentence, never with a half-written action or a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import engines
from tests.cli_run import call

from contactdesk.crm.field.checkout import checkout
from contactdesk.crm.field.errors import BlockUsedUpError
from contactdesk.crm.field.scope import Scope
from contactdesk.crm.logging_ import log_segment
from contactdesk.store import field_sqlite
from contactdesk.store.models import InteractionLogEntry, LoggedSegment, Segment, SegmentLine


def test_logging_more_lines_than_the_entry_block_has_left_writes_nothing(demo_database: object, tmp_path: Path) -> None:
    checkout(engines.current, tmp_path / "laptop.sqlite", Scope(), block_size=2)
    segment = Segment.select().order_by(Segment.no).first()
    assert SegmentLine.select().where(SegmentLine.segment == segment.id).count() > 2
    entries, logged = InteractionLogEntry.select().count(), LoggedSegment.select().count()
    with pytest.raises(BlockUsedUpError):
        log_segment(str(segment.no))
    assert (InteractionLogEntry.select().count(), LoggedSegment.select().count()) == (entries, logged)
    assert field_sqlite.pending() == 0


def test_the_command_line_says_the_block_is_used_up_in_one_line(
    demo_database: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = tmp_path / "laptop.sqlite"
    checkout(engines.current, laptop, Scope(), block_size=1)
    argv = ["interaction", "log", "--contact", "CT000001", "--template", "PHONE", "--db", str(laptop)]
    code, _out, err = call(capsys, *argv)
    assert code == 0, err
    code, _out, err = call(capsys, *argv)
    assert code == 1 and "used all its interaction entry numbers" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_app_says_what_to_do_when_the_block_is_used_up(qapp) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.errors import describe

    sentence = describe(BlockUsedUpError("used up", "CONT"))
    assert "used all the numbers the office gave it (CONT)" in sentence and "Check out a new copy" in sentence
