"""The Linux desktop files (packaging/linux): menu entry, AppStream metadata, file type, and they agree."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.contactdesk.ContactDesk"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_starts_the_built_app_with_the_file_it_is_given() -> None:
    entry = _entry()
    program, *arguments = entry["Exec"].split()
    # The executable the build writes (dist/ContactDesk/ContactDesk), linked into ~/.local/bin by install.sh.
    assert program == entry["TryExec"] == "ContactDesk"
    assert 'ln -sf "$HOME/.local/opt/ContactDesk/ContactDesk" "$HOME/.local/bin/ContactDesk"' in (
        LINUX / "install.sh"
    ).read_text(encoding="utf-8")
    assert arguments == ["%f"]
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert {"nl", "nb"} <= {key[len("Comment[") : -1] for key in entry if key.startswith("Comment[")}


def test_the_icon_is_the_app_id_and_the_tarball_installs_it_in_every_size() -> None:
    assert _entry()["Icon"] == APP_ID
    make_tarball = (LINUX / "make_tarball.py").read_text(encoding="utf-8")
    assert 'f"{APP_ID}.png"' in make_tarball
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (ROOT / "resources" / "icons" / f"contactdesk-{size}.png").is_file()
        assert str(size) in make_tarball


def test_the_mime_types_are_ours_and_sqlite_and_ours_is_defined_by_its_extension() -> None:
    mime_types = [item for item in _entry()["MimeType"].split(";") if item]
    assert mime_types == ["application/x-contactdesk", "application/vnd.sqlite3"]
    definition = ET.parse(LINUX / f"{APP_ID}.xml").getroot().find(f"{MIME}mime-type")
    assert definition is not None and definition.get("type") == "application/x-contactdesk"
    assert [glob.get("pattern") for glob in definition.iter(f"{MIME}glob")] == ["*.contactdesk"]


def test_the_appstream_metadata_launches_the_menu_entry() -> None:
    component = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.findtext("provides/binary") == "ContactDesk"
    assert component.findtext("provides/mediatype") == "application/x-contactdesk"
    from contactdesk import __version__

    assert component.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("tool", "arguments", "name"),
    [
        ("desktop-file-validate", [], f"{APP_ID}.desktop"),
        ("appstreamcli", ["validate", "--no-net"], f"{APP_ID}.metainfo.xml"),
    ],
)
def test_the_freedesktop_validators_accept_the_files(tool: str, arguments: list[str], name: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install desktop-file-utils appstream)")
    done = subprocess.run([tool, *arguments, str(LINUX / name)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_running_app_names_its_desktop_file(qapp) -> None:  # type: ignore[no-untyped-def]
    """The window is matched to the menu entry (and its icon) on Wayland only when the names agree."""
    from contactdesk.ui.app import make_application

    app = make_application()
    assert (ROOT / "packaging" / "linux" / f"{app.desktopFileName()}.desktop").is_file()
