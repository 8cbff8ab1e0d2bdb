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


def test_the_frozen_app_runs_a_worker_start_as_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without PyInstaller's runtime hook (left out of the build: it costs every start ~10 ms) our own does its job."""
    import multiprocessing.process
    import multiprocessing.spawn

    from contactdesk import frozen_workers

    ran: list[dict[str, int | None]] = []
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(multiprocessing.spawn, "spawn_main", lambda **options: ran.append(options))
    monkeypatch.setattr(multiprocessing.process, "ORIGINAL_DIR", "/where/it/started")
    with pytest.raises(SystemExit):
        frozen_workers.run_as_worker(["ContactDesk", "--multiprocessing-fork", "tracker_fd=5", "pipe_handle=None"])
    assert ran == [{"tracker_fd": 5, "pipe_handle": None}]
    assert multiprocessing.process.ORIGINAL_DIR is None  # spawn must not look for a script in the start folder


def test_the_frozen_app_runs_multiprocessings_helper_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    from contactdesk import frozen_workers

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(subprocess, "_args_from_interpreter_flags", lambda: ["-B", "-S", "-I"])
    helper = "from multiprocessing.resource_tracker import main; import sys; sys.modules['contactdesk'].helped = 1"
    with pytest.raises(SystemExit):
        frozen_workers.run_as_worker(["ContactDesk", "-B", "-S", "-I", "-c", helper])
    assert sys.modules["contactdesk"].helped == 1  # type: ignore[attr-defined]
    del sys.modules["contactdesk"].helped  # type: ignore[attr-defined]


def test_any_other_start_of_the_frozen_app_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from contactdesk import frozen_workers

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    frozen_workers.run_as_worker(["ContactDesk", "--db", "office.contactdesk"])
    frozen_workers.run_as_worker(["ContactDesk", "-c", "print('not a helper of multiprocessing')"])
    frozen_workers.run_as_worker(["ContactDesk", "-c"])
