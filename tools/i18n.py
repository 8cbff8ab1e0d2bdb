"""Translation workflow: update the .ts catalogues from the code, build .qm files, check both.

  python tools/i18n.py update    # lupdate: add new strings to translations/*.ts (translate them!)
  python tools/i18n.py release   # lrelease: build translations/*.qm
  python tools/i18n.py check     # fail if a .ts is out of date, unfinished, or a .qm is stale

English has a catalogue too, holding only plural forms ("1 contact" / "2 contacts").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "contactdesk"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = {"nl": [], "nb": [], "en": ["-pluralonly"]}


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (it ships {name})")
    return found


def _sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update(target_dir: Path = TRANSLATIONS) -> None:
    """Extract strings into target_dir/contactdesk_<lang>.ts, dropping strings no longer used."""
    target_dir.mkdir(parents=True, exist_ok=True)
    for language, extra in LANGUAGES.items():
        ts = target_dir / f"contactdesk_{language}.ts"
        if target_dir != TRANSLATIONS and (TRANSLATIONS / ts.name).exists():
            shutil.copy(TRANSLATIONS / ts.name, ts)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *extra,
                *_sources(),
                "-ts",
                str(ts),
            ],
            check=True,
        )


def release(source_dir: Path = TRANSLATIONS, target_dir: Path = TRANSLATIONS) -> None:
    """Compile every .ts to .qm."""
    for language in LANGUAGES:
        ts = source_dir / f"contactdesk_{language}.ts"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(target_dir / f"contactdesk_{language}.qm")],
            check=True,
        )


def check() -> int:
    """0 when catalogues match the code, are fully translated and the .qm files are current."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        update(fresh)
        release(fresh, fresh)
        for language in LANGUAGES:
            name = f"contactdesk_{language}"
            committed = (TRANSLATIONS / f"{name}.ts").read_text(encoding="utf-8")
            if (fresh / f"{name}.ts").read_text(encoding="utf-8") != committed:
                problems.append(f"{name}.ts is out of date: run 'python tools/i18n.py update' and translate")
            unfinished = committed.count('type="unfinished"')
            if unfinished:
                problems.append(f"{name}.ts has {unfinished} unfinished translations")
            qm = TRANSLATIONS / f"{name}.qm"
            if not qm.exists() or qm.read_bytes() != (fresh / f"{name}.qm").read_bytes():
                problems.append(f"{name}.qm is stale: run 'python tools/i18n.py release'")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    """Run the command named on the command line."""
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
