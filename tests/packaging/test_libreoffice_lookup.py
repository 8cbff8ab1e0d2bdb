"""LibreOffice is found where its installers put it, also when PATH holds none (the built app's case)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from contactdesk.merge import pdf


def _program(path: Path) -> Path:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    return path


def test_linux_finds_the_newest_libreoffice_from_its_own_packages_in_opt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))  # their command is libreoffice7.6, which we do not look for
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(pdf, "_LINUX_OPT", tmp_path / "opt")
    _program(tmp_path / "opt" / "libreoffice7.6" / "program" / "soffice")
    newest = _program(tmp_path / "opt" / "libreoffice24.8" / "program" / "soffice")
    _program(tmp_path / "opt" / "libreoffice24.2" / "program" / "soffice")
    assert pdf.find_soffice() == newest


def test_the_program_on_path_comes_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    on_path = _program(tmp_path / "bin" / "soffice")
    on_path.chmod(0o755)
    monkeypatch.setenv("PATH", str(on_path.parent))
    monkeypatch.setattr(pdf, "_LINUX_OPT", tmp_path / "opt")
    _program(tmp_path / "opt" / "libreoffice24.8" / "program" / "soffice")
    assert pdf.find_soffice() == on_path


def test_macos_looks_in_the_users_own_applications_folder_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(sys, "platform", "darwin")
    assert pdf._MACOS[0] == Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")
    assert pdf._MACOS[1] == Path.home() / "Applications" / "LibreOffice.app" / "Contents" / "MacOS" / "soffice"
    own = _program(tmp_path / "Applications" / "LibreOffice.app" / "Contents" / "MacOS" / "soffice")
    monkeypatch.setattr(pdf, "_MACOS", [tmp_path / "nothing" / "soffice", own])
    assert pdf.find_soffice() == own


def test_nothing_installed_is_none(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(pdf, "_LINUX_OPT", tmp_path / "opt")
    assert pdf.find_soffice() is None
