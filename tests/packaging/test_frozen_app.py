"""The built desktop app (PyInstaller, Linux folder app) runs: the smoke test the release workflow runs too.

Marked `frozen`: the default run leaves it out (it needs the build extra and builds for ~20 s, the same on
both engines); .ci/run runs it once after the SQLite run. Run it by hand with
`pip install ".[build]" && python -m pytest -m frozen tests/packaging`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest

from contactdesk import __version__

pytestmark = [pytest.mark.slow, pytest.mark.frozen]

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dist" / "ContactDesk" / "ContactDesk"


@pytest.fixture(scope="session")
def frozen_app() -> Path:
    """dist/ContactDesk/ContactDesk, built once per test run by the build command the README gives."""
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_app.py")], check=True, cwd=ROOT)
    assert os.access(APP, os.X_OK), f"the build wrote no executable {APP}"
    return APP


def _env(tmp_path: Path) -> dict[str, str]:
    # Offscreen, and the user's settings and data folder inside the test's own folder.
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CONTACTDESK_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def _run(app: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(app), *args], capture_output=True, text=True, env=_env(tmp_path), timeout=120)


def test_the_built_app_prints_its_version(frozen_app: Path, tmp_path: Path) -> None:
    done = _run(frozen_app, tmp_path, "--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"contactdesk {__version__}")


def test_the_built_app_opens_a_new_database_loads_sample_data_and_merges(frozen_app: Path, tmp_path: Path) -> None:
    done = _run(frozen_app, tmp_path, "self-test", "--out", str(tmp_path / "out"), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["contacts"] == 50
    assert result["translations"] == {"qt": True, "contactdesk": True}
    # Letters from the merge as the dialog runs it, and one from a spawned worker process of the built app.
    for path in [*result["letters"], result["worker_letter"]]:
        assert any(paragraph.text.strip() for paragraph in docx.Document(path).paragraphs), path
    info = _run(frozen_app, tmp_path, "info", "--db", result["database"], "--json")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["contacts"] == 50


def test_the_built_app_merges_a_segment_from_its_command_line(frozen_app: Path, tmp_path: Path) -> None:
    database = str(tmp_path / "demo.sqlite")
    demo = _run(frozen_app, tmp_path, "demo", "--db", database, "--contacts", "40", "--json")
    assert demo.returncode == 0, demo.stderr
    segment = json.loads(demo.stdout)["segments"][0]
    merged = _run(frozen_app, tmp_path, "segment", "merge", segment, "--db", database, "--out", str(tmp_path / "l"))
    assert merged.returncode == 0, merged.stderr
    letters = sorted((tmp_path / "l").glob("*.docx"))
    assert letters
    assert docx.Document(str(letters[0])).paragraphs


def test_the_built_app_without_a_command_starts_the_window(frozen_app: Path, tmp_path: Path) -> None:
    database = tmp_path / "window.sqlite"
    assert _run(frozen_app, tmp_path, "demo", "--db", str(database), "--contacts", "10").returncode == 0
    window = subprocess.Popen(
        [str(frozen_app), "--db", str(database)], env=_env(tmp_path), stderr=subprocess.PIPE, text=True
    )
    try:
        # A command line that fell through to an error would have ended at once; the window's event loop runs on.
        time.sleep(5)
        assert window.poll() is None, window.communicate()[1]
    finally:
        window.terminate()
        _out, errors = window.communicate(timeout=30)
    assert "Traceback" not in errors, errors


def test_the_built_app_starts_with_only_the_runtime_hooks_it_needs_and_no_docstrings(frozen_app: Path) -> None:
    """What every start of the built app runs and reads before its window (bench/cold_start_frozen.py)."""
    from PyInstaller.archive.readers import CArchiveReader

    import contactdesk.gui

    built = CArchiveReader(str(frozen_app))
    scripts = {name for name, entry in built.toc.items() if entry[4] == "s"}
    assert "pyi_rth_pyside6" in scripts  # Qt's plugins and translations are found through it
    assert not scripts & {"pyi_rth_multiprocessing", "pyi_rth_inspect", "pyi_rth_pkgutil"}
    # The modules are compiled as by python -OO: no docstrings to read and unpack.
    code = built.open_embedded_archive("PYZ.pyz").extract("contactdesk.gui")
    assert contactdesk.gui.__doc__
    assert contactdesk.gui.__doc__ not in code.co_consts
