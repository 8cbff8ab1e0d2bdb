"""An installed (non-editable) wheel finds its sample letters and translations outside the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.wheel
def test_installed_wheel_finds_resources_and_translations(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0 and "hatchling" in build.stderr:
        build = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
            capture_output=True,
            text=True,
        )
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("contactdesk-*.whl"))
    env_dir = tmp_path / "venv"
    # A venv that sees only its own packages and ours: the dependencies come from the environment the
    # tests run in (a .pth file), never from whatever the base interpreter happens to have installed.
    venv.create(env_dir, system_site_packages=False, with_pip=True)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    inner_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONUSERBASE")}
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
        capture_output=True,
        text=True,
        env=clean,
    )
    assert install.returncode == 0, install.stderr
    # Written after the install, so pip never sees (or tries to replace) the copy in the test environment.
    outer = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (Path(inner_site) / "outer-environment.pth").write_text("\n".join(outer) + "\n", encoding="utf-8")
    probe = (
        "import contactdesk.paths as p, pathlib, sys\n"
        f"assert pathlib.Path(p.__file__).resolve().is_relative_to({str(env_dir.resolve())!r}), p.__file__\n"
        "res, tr = p.resources_dir(), p.translations_dir()\n"
        "assert 'site-packages' in str(res), res\n"
        "assert (p.sample_templates_dir() / 'nb' / 'welcome_letter.docx').is_file()\n"
        "assert (res / 'icons' / 'contactdesk-256.png').is_file(), list(res.iterdir())\n"
        "assert (res / 'icons' / 'contactdesk.ico').is_file()\n"
        "assert sorted(x.name for x in tr.glob('*.qm')) == "
        "['contactdesk_en.qm', 'contactdesk_nb.qm', 'contactdesk_nl.qm'], list(tr.iterdir())\n"
        "from PySide6.QtCore import QTranslator\n"
        "t = QTranslator()\n"
        "assert t.load('contactdesk_nl', str(tr))\n"
        "print('ok')\n"
    )
    result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=clean)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
