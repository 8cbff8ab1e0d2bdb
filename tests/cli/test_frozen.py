"""A frozen app (PyInstaller) starts a merge worker by running itself with multiprocessing's arguments."""

from __future__ import annotations

import multiprocessing
import sys
from typing import NoReturn

import pytest

from contactdesk.cli import main

WORKER_START = ["contactdesk.exe", "--multiprocessing-fork", "parent_pid=4242", "pipe_handle=812"]


def test_a_worker_start_of_the_frozen_app_is_handed_to_multiprocessing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def frozen_freeze_support() -> NoReturn:
        # What multiprocessing does in a frozen program started as a worker: run the worker, then exit.
        assert sys.argv[1] == "--multiprocessing-fork"
        raise SystemExit(0)

    monkeypatch.setattr(multiprocessing, "freeze_support", frozen_freeze_support)
    monkeypatch.setattr(sys, "argv", WORKER_START)
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 0
    assert capsys.readouterr().err == ""  # not read as a command line ("unrecognized arguments")
