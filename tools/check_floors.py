"""Install the lowest versions pyproject.toml allows and run tests on them, so the floors stay true.

  python tools/check_floors.py                      # the store, crm and merge tests on the floors
  python tools/check_floors.py tests                # the whole suite
  python tools/check_floors.py --pin peewee==3.18.0 tests/store   # try another floor first

A floor (`peewee>=3.17`) is a promise that ContactDesk works with that version; pip never installs it
on its own (it takes the newest), so nothing else would notice when the promise breaks. This makes a
fresh virtual environment with exactly the floors (`peewee==3.17`) and runs tests in it.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TESTS = ["tests/store", "tests/crm", "tests/merge", "tests/cli"]
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9_.\-\[\]]+)\s*([^;]*?)\s*(;.*)?$")


def floor_of(requirement: str) -> str | None:
    """`name==floor; marker` for a requirement with a `>=` floor; None when it has none (or is our own extra)."""
    match = _REQUIREMENT.match(requirement)
    if not match or match.group(1).startswith("contactdesk"):
        return None
    name, spec, marker = match.group(1), match.group(2), match.group(3) or ""
    floor = re.search(r">=\s*([0-9][^,\s]*)", spec)
    if not floor:
        return None
    return f"{name}=={floor.group(1)}{marker}"


def floors(pyproject: Path = ROOT / "pyproject.toml", extras: tuple[str, ...] = ("test", "office")) -> list[str]:
    """Every floor of the project's dependencies and of the given extras."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project.get("optional-dependencies", {}).get(extra, [])
    return [pin for pin in (floor_of(requirement) for requirement in requirements) if pin]


def _override(pins: list[str], overrides: list[str]) -> list[str]:
    names = {re.split(r"[=<>!~;\[ ]", item, maxsplit=1)[0].lower() for item in overrides}
    return [pin for pin in pins if re.split(r"[=<>!~;\[ ]", pin, maxsplit=1)[0].lower() not in names] + overrides


def main() -> int:
    """Build the floor environment and run the tests; the exit status is pytest's."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tests", nargs="*", default=DEFAULT_TESTS, help="test paths (default: store, crm, merge, cli)")
    parser.add_argument("--pin", action="append", default=[], help="use this requirement instead of the floor")
    parser.add_argument("--keep", type=Path, help="build the environment here and keep it (default: a temporary one)")
    args = parser.parse_args()
    pins = _override(floors(), args.pin)
    with tempfile.TemporaryDirectory(prefix="contactdesk-floors-") as scratch:
        env_dir = args.keep or Path(scratch) / "venv"
        venv.create(env_dir, with_pip=True, clear=True)
        python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
        print("floors:", " ".join(pins), flush=True)
        clean = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
        # --no-deps for our own package: only the pinned floors (and what they need) are installed.
        subprocess.run([str(python), "-m", "pip", "install", "-q", *pins], check=True, env=clean)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(ROOT)], check=True, env=clean)
        subprocess.run([str(python), "-m", "pip", "check"], check=True, env=clean)
        clean["QT_QPA_PLATFORM"] = "offscreen"
        return subprocess.run(
            [str(python), "-m", "pytest", "-q", "-p", "no:randomly", *args.tests], cwd=ROOT, env=clean
        ).returncode


if __name__ == "__main__":
    sys.exit(main())
