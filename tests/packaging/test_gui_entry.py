"""The entry point without a console (`contactdesk-gui`, the built app): commands, files, no streams."""

from __future__ import annotations

import json
import os
import sys
import tomllib
from pathlib import Path

import pytest
from tests import engines

from contactdesk import gui

ROOT = Path(__file__).resolve().parents[2]


def test_the_gui_script_is_declared_beside_the_command_line() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["contactdesk"] == "contactdesk.cli:main"
    assert project["gui-scripts"]["contactdesk-gui"] == "contactdesk.gui:main"


def test_a_command_runs_when_the_process_has_no_standard_streams(
    monkeypatch: pytest.MonkeyPatch, demo_database: object
) -> None:
    # pythonw and a windowed executable start with sys.stdout and sys.stderr None.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["contactdesk-gui", "--db", engines.current, "info", "--json"])
    assert gui.main() == 0
    assert sys.stdout is not None and sys.stderr is not None


def test_a_command_prints_as_usual_with_a_console(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], demo_database: object
) -> None:
    monkeypatch.setattr(sys, "argv", ["contactdesk-gui", "--db", engines.current, "info", "--json"])
    assert gui.main() == 0
    assert json.loads(capsys.readouterr().out)["contacts"] > 0


def test_the_built_app_gives_the_programs_it_starts_the_users_library_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/ContactDesk/_internal:/usr/local/lib/mine")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib/mine")
    gui.restore_system_library_path()
    assert os.environ["LD_LIBRARY_PATH"] == "/usr/local/lib/mine"
    assert "LD_LIBRARY_PATH_ORIG" not in os.environ


def test_without_a_library_path_of_the_users_own_none_is_passed_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/ContactDesk/_internal")
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    gui.restore_system_library_path()
    assert "LD_LIBRARY_PATH" not in os.environ


def test_from_source_the_library_path_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/usr/local/lib/mine")
    gui.restore_system_library_path()
    assert os.environ["LD_LIBRARY_PATH"] == "/usr/local/lib/mine"
