"""What `contactdesk self-test` does with the window: the built app's smoke test on every OS.

It goes the way a user does (new database, File → Load sample data's service, a segment's merge as the
merge dialog runs it) and proves what a frozen build can lose: Qt's platform plugin, our translations
and Qt's own, the sample templates, and the merge's worker processes (one letter is rendered by a spawned
worker, the way Windows and macOS always start them and the GUI does on Linux).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QSettings, QTranslator

from contactdesk.crm.database import open_location
from contactdesk.crm.demo import load_demo
from contactdesk.merge.fields import example_context
from contactdesk.merge.parallel import LetterJob, LetterRun
from contactdesk.merge.render import PreparedTemplate
from contactdesk.paths import sample_templates_dir, translations_dir
from contactdesk.ui.merge.merge_run import MergeOutcome, MergeRequest, merge
from contactdesk.ui.settings import Settings


class SelfTestError(Exception):
    """One step of the self-test did not work; the message says which (the command prints it)."""


def _translations() -> dict[str, bool]:
    qt = QTranslator()
    ours = QTranslator()
    return {
        "qt": qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        "contactdesk": ours.load("contactdesk_nl", str(translations_dir())),
    }


def _letter_by_a_worker(folder: Path) -> Path:
    """One letter rendered in a worker process started from a second thread (so "spawn", as the GUI does)."""
    template = PreparedTemplate.from_file(sample_templates_dir() / "en" / "welcome_letter.docx")
    run = LetterRun({template.key: template}, workers=2, in_process_below=1)
    run.parent_renders = False
    job = LetterJob(folder / "worker-letter.docx", template.key, example_context())
    outcome: list[Any] = []
    thread = threading.Thread(target=lambda: outcome.append(run.run([job])), name="self-test-merge")
    thread.start()
    thread.join()
    if not outcome or not outcome[0].written:
        raise SelfTestError("the merge's worker process wrote no letter")
    return Path(outcome[0].written[0])


def run(target: Path, out: Path) -> dict[str, Any]:
    """The self-test's steps; raises SelfTestError (or the service's own error) at the first that fails."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a check, not a session: never a window on screen
    from contactdesk.ui.app import make_application  # noqa: PLC0415 - after the platform is chosen
    from contactdesk.ui.main_window import MainWindow  # noqa: PLC0415

    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    translations = _translations()
    if not all(translations.values()):
        missing = ", ".join(name for name, found in translations.items() if not found)
        raise SelfTestError(f"translations missing: {missing}")
    location = open_location(target, create=True, language="en").location
    window = MainWindow(location, Settings(QSettings(str(out / "self-test.ini"), QSettings.Format.IniFormat)))
    window.show()
    app.processEvents()
    sample = load_demo(contacts=50, seed=1)
    window.refresh_all()
    app.processEvents()
    merged = merge(MergeRequest(sample.segments[0], out / "letters", combined=False), None, lambda _done: None)
    if not isinstance(merged, MergeOutcome) or not merged.letters:
        raise SelfTestError(f"segment {sample.segments[0]} merged no letter")
    worker_letter = _letter_by_a_worker(out / "worker")
    window.close()
    app.processEvents()
    return {
        "database": str(target),
        "contacts": sample.contacts,
        "segment": sample.segments[0],
        "letters": [str(path) for path in merged.letters],
        "worker_letter": str(worker_letter),
        "translations": translations,
    }
