"""Write a PNG of every page, dialog and wizard page, per language, offscreen, at 1024×700.

Usage: python tools/screenshot.py OUTDIR [--language en --language nl ...] [--database FILE]

Without --database the screens show a fresh copy of the sample data (the one the tests use), so the
pictures are the same on every run. Files are named LANGUAGE-SCREEN.png, e.g. nl-segment-worksheet.png;
the screens are the ones tests/ui/test_layout.py checks (tests/ui/screens.py opens them). Anything the
layout checks find cut off is printed as well.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests/ui/screens.py walks the screens, for the layout test and for this script


def main() -> int:
    """Open every screen in each language and save what a user sees."""
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", action="append", help="en, nl or nb (repeat; default: all three)")
    parser.add_argument("--database", help="a database to show instead of the sample data")
    parser.add_argument("--only", action="append", help="only screens whose name starts with this (repeat)")
    args = parser.parse_args()
    os.environ.setdefault("CONTACTDESK_DATA_DIR", tempfile.mkdtemp(prefix="contactdesk-screenshots-"))

    from tests import engines
    from tests.ui.layout_checks import problems
    from tests.ui.screens import SIZE, quiet_outside, walk, walk_pages

    from contactdesk.store.opening import open_database
    from contactdesk.ui.app import make_application
    from contactdesk.ui.i18n import LANGUAGES, install_translators

    app = make_application([sys.argv[0]])
    work = Path(tempfile.mkdtemp(prefix="contactdesk-screenshots-"))
    target = args.database or engines.new_demo_database(work)
    empty = engines.new_database(work, "empty")
    open_database(empty, create=True)  # the pages of a new database, as a first-time user sees them
    open_database(target)
    args.outdir.mkdir(parents=True, exist_ok=True)
    written = 0
    for language in args.language or [code for code, _name in LANGUAGES]:
        install_translators(app, language)

        def save(name: str, window: object, language: str = language) -> None:
            nonlocal written
            if args.only and not any(name.startswith(prefix) for prefix in args.only):
                return
            window.grab().save(str(args.outdir / f"{language}-{name}.png"))  # type: ignore[attr-defined]
            written += 1
            for problem in problems(window, SIZE):  # type: ignore[arg-type]
                print(f"{language}-{name}: {problem}")

        with quiet_outside(work):
            open_database(empty)
            walk_pages(save, work, empty, prefix="empty-")
            open_database(target)
            walk(save, work, target)
    print(f"{written} screenshots in {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
