"""Smoke test of a built app, on any OS: the release workflow runs it on every runner.

  python packaging/smoke_test.py [APP]     (default: the executable the build wrote on this OS)

Runs the built program offscreen: --version, then `self-test` (the window on a new database, sample data,
one segment merged, one letter by a spawned worker process, quit), then `info --json` on that database.
Every letter must open in python-docx. Exits 0 when all passed. On Windows the console twin
contactdesk-cli.exe is tested, and the windowed ContactDesk.exe runs the self-test once more.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parents[1]


def built_programs() -> list[Path]:
    """The executables to test on this OS: the one that prints first."""
    if sys.platform == "win32":
        folder = ROOT / "dist" / "ContactDesk"
        return [folder / "contactdesk-cli.exe", folder / "ContactDesk.exe"]
    if sys.platform == "darwin":
        return [ROOT / "dist" / "ContactDesk.app" / "Contents" / "MacOS" / "ContactDesk"]
    return [ROOT / "dist" / "ContactDesk" / "ContactDesk"]


def run(program: Path, work: Path, *args: str) -> str:
    """stdout of the program; a failure stops the smoke test with what it said."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CONTACTDESK_DATA_DIR": str(work / "data")}
    done = subprocess.run([str(program), *args], capture_output=True, text=True, env=env, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"{program.name} {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def smoke(program: Path, work: Path, *, prints: bool = True) -> None:
    """The smoke test of one executable (prints=False: a windowed one; only exit status and files count)."""
    out = work / program.stem
    version = run(program, work, "--version")
    run(program, work, "self-test", "--out", str(out), "--json")
    letters = sorted((out / "letters").glob("*.docx")) + [out / "worker" / "worker-letter.docx"]
    if len(letters) < 2:
        raise SystemExit(f"{program.name} self-test wrote no letters in {out}")
    for letter in letters:
        if not any(paragraph.text.strip() for paragraph in docx.Document(str(letter)).paragraphs):
            raise SystemExit(f"{letter} has no text")
    if prints:
        if not version.startswith("contactdesk "):
            raise SystemExit(f"--version printed {version!r}")
        info = json.loads(run(program, work, "info", "--db", str(out / "self-test.sqlite"), "--json"))
        if info["contacts"] != 50:
            raise SystemExit(f"the self-test database holds {info['contacts']} contacts, not 50")
    print(f"smoke test passed: {program} ({len(letters)} letters)")


def main() -> int:
    """Test the given executable, or the ones the build wrote on this OS."""
    programs = [Path(arg) for arg in sys.argv[1:]] or built_programs()
    with tempfile.TemporaryDirectory(prefix="contactdesk-smoke-") as work:
        for index, program in enumerate(programs):
            smoke(program, Path(work), prints=index == 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
