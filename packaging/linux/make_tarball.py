"""The Linux download: dist/ContactDesk-<version>-linux-<arch>.tar.gz from the built folder app.

  python packaging/linux/make_tarball.py     (after `python tools/build_app.py`)

The tarball holds the folder app, the desktop files under share/ (menu entry, AppStream metadata, the
.contactdesk file type, icons in every size) and install.sh, which puts them in the user's home.
"""

from __future__ import annotations

import platform
import shutil
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
APP_ID = "org.contactdesk.ContactDesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def stage(target: Path) -> Path:
    """Lay out what the tarball holds under target/ContactDesk-<version>."""
    sys.path.insert(0, str(ROOT / "src"))
    from contactdesk import __version__

    top = target / f"ContactDesk-{__version__}"
    shutil.copytree(ROOT / "dist" / "ContactDesk", top / "ContactDesk", symlinks=True)
    share = top / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(HERE / f"{APP_ID}.xml", share / "mime" / "packages")
    for size in SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(ROOT / "resources" / "icons" / f"contactdesk-{size}.png", folder / f"{APP_ID}.png")
    shutil.copy2(HERE / "install.sh", top / "install.sh")
    return top


def main() -> int:
    """Stage and pack; prints the tarball's path and size."""
    if not (ROOT / "dist" / "ContactDesk" / "ContactDesk").is_file():
        print("no dist/ContactDesk/ContactDesk: run python tools/build_app.py first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as temporary:
        top = stage(Path(temporary))
        tarball = ROOT / "dist" / f"{top.name}-linux-{platform.machine()}.tar.gz"
        with tarfile.open(tarball, "w:gz") as archive:
            archive.add(top, arcname=top.name)
    print(f"wrote {tarball} ({tarball.stat().st_size / 1024**2:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
