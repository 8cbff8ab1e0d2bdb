"""After a hard crash or an unexpected error the next start shows what to send once; background failures get logged."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from contactdesk import logsetup
from contactdesk.ui import excepthook, messages
from contactdesk.ui.crash_report import CrashReportDialog, offer_crash_report
from contactdesk.ui.progress import run_with_progress

CRASHING = textwrap.dedent(
    """
    import faulthandler, sys
    from pathlib import Path
    from contactdesk import logsetup

    logsetup.setup(Path(sys.argv[1]))
    def deep_in_the_app():
        faulthandler._sigsegv()
    deep_in_the_app()
    """
)


def _crash_in_a_subprocess(folder: Path) -> None:
    done = subprocess.run([sys.executable, "-c", CRASHING, str(folder)], capture_output=True, timeout=60)
    assert done.returncode != 0
    assert "deep_in_the_app" in (folder / logsetup.CRASH_FILE).read_text()


def _shown(monkeypatch: pytest.MonkeyPatch) -> list[CrashReportDialog]:
    shown: list[CrashReportDialog] = []
    monkeypatch.setattr(CrashReportDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    return shown


def test_the_start_after_a_hard_crash_shows_the_crash_once(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _crash_in_a_subprocess(tmp_path)
    shown = _shown(monkeypatch)
    assert offer_crash_report(None, tmp_path)
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert "deep_in_the_app" in dialog.details.toPlainText() and dialog.details.isReadOnly()
    dialog.copy.click()
    assert "deep_in_the_app" in QGuiApplication.clipboard().text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_folder.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    # Kept in the log folder for sending, but the start after this one offers nothing.
    assert list(tmp_path.glob("crash-2*.txt"))
    assert not offer_crash_report(None, tmp_path)
    assert len(shown) == 1


def test_an_unexpected_error_is_offered_at_the_next_start(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(messages, "error", lambda *_a, **_k: None)
    monkeypatch.setattr(logsetup, "folder", lambda: tmp_path)
    try:
        raise RuntimeError("slot went wrong")
    except RuntimeError as exc:
        excepthook.handle_exception(type(exc), exc, exc.__traceback__)
    shown = _shown(monkeypatch)
    assert offer_crash_report(None, tmp_path)
    assert "slot went wrong" in shown[0].details.toPlainText()
    qtbot.addWidget(shown[0])
    assert not offer_crash_report(None, tmp_path)


def test_a_clean_start_offers_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = _shown(monkeypatch)
    logsetup.setup(tmp_path, catch_crashes=False)
    logsetup.shutdown()
    assert not offer_crash_report(None, tmp_path) and shown == []


def _fail_in_a_merge_worker_process() -> None:
    # The merge's own chunk renderer, in a worker process that was given no templates: it fails there.
    from contactdesk.merge.parallel import _render_chunk

    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        pool.submit(_render_chunk, [(0, "/nowhere/letter.docx", "T1", {})]).result()


def test_a_background_failure_reaches_the_log_with_the_worker_process_traceback(
    qtbot, database, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, _title, text, details="": told.append(details))
    logsetup.setup(tmp_path, catch_crashes=False)
    try:
        assert run_with_progress(None, "Merging…", 0, lambda _report: _fail_in_a_merge_worker_process()) is None
    finally:
        logsetup.shutdown()
    text = (tmp_path / logsetup.LOG_FILE).read_text()
    assert "ERROR" in text and "background work failed: KeyError" in text
    # The traceback from inside the worker process, not only the thread's.
    assert "_render_chunk" in text and "_prepared" in text
    assert told and "_prepared" in told[0]


def test_a_merge_worker_process_that_crashes_hard_leaves_its_stacks_for_the_next_start(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import faulthandler
    from concurrent.futures.process import BrokenProcessPool

    from contactdesk.merge.parallel import _init_worker

    monkeypatch.setenv("CONTACTDESK_DATA_DIR", str(tmp_path))
    pool = ProcessPoolExecutor(1, mp_context=get_context("spawn"), initializer=_init_worker, initargs=({}, "t", False))
    with pool, pytest.raises(BrokenProcessPool):
        pool.submit(faulthandler._sigsegv).result(timeout=60)
    assert "Segmentation fault" in logsetup.collect_previous(tmp_path / "logs")
