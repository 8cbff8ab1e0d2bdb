"""Build the desktop app with PyInstaller: `python tools/build_app.py` (needs `pip install ".[build]"`).

Writes dist/ContactDesk/ (Linux and Windows: the folder app; macOS also dist/ContactDesk.app) from
packaging/contactdesk.spec and prints its size. For bench/cold_start_frozen.py: `--probe` builds
bench/frozen_probe.py with the same spec (dist/cold-start-probe/), `--bare` a bare PySide6 window frozen
the same way (dist/bare-window/).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def folder_size(path: Path) -> int:
    """Bytes of every file below path."""
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink())


def pyinstaller(*args: str) -> None:
    """Run PyInstaller of this interpreter; a failure ends the build."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *args], check=True)


def build_app(probe: bool = False) -> Path:
    """The ContactDesk folder app (the .qm files are committed; tests/test_resources.py keeps them current)."""
    name = "cold-start-probe" if probe else "ContactDesk"
    spec = str(ROOT / "packaging" / "contactdesk.spec")
    pyinstaller("--distpath", str(DIST), "--workpath", str(WORK / name), spec, *(["--", "--probe"] if probe else []))
    return DIST / name


def build_bare() -> Path:
    """A bare PySide6 window frozen the same way (one folder, no UPX), for the cold-start comparison."""
    script = ROOT / "bench" / "bare_window.py"
    pyinstaller(
        "--onedir",
        "--name",
        "bare-window",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK / "bare"),
        "--specpath",
        str(WORK / "bare"),
        str(script),
    )
    return DIST / "bare-window"


def main() -> int:
    """Build, then say where and how big."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--bare", action="store_true", help="build the bare PySide6 window instead")
    which.add_argument("--probe", action="store_true", help="build the cold-start probe instead")
    args = parser.parse_args()
    started = time.monotonic()
    folder = build_bare() if args.bare else build_app(probe=args.probe)
    size = folder_size(folder) / 1024**2
    print(f"built {folder} ({size:.0f} MB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
