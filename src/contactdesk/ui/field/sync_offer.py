"""On start of a field copy: when the office answers, a bar offers to synchronise (once per run, never modal).

Whether the office answers is asked in a thread of its own, so the window paints and works meanwhile; a laptop
on the road simply sees nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QToolBar

from contactdesk.crm.field import sync_state


class _Answer(QObject):
    """Brings the thread's answer back to the GUI thread (a queued signal)."""

    answered = Signal(bool)


class SyncOfferBar(QToolBar):
    """A bar under the toolbar: "The office can be reached. [Synchronise now] [Not now]"."""

    def __init__(self, window: QMainWindow, synchronise: Callable[[], object]) -> None:
        super().__init__(window)
        self.setObjectName("syncOfferBar")
        self.setWindowTitle(self.tr("Synchronise"))
        self.setMovable(False)
        self.setFloatable(False)
        self.label = QLabel(
            self.tr("The office can be reached. Synchronise now to send your changes and receive the office's."), self
        )
        self.label.setObjectName("syncOfferText")
        self.label.setContentsMargins(8, 0, 8, 0)
        self.addWidget(self.label)
        # Buttons, not tool buttons: in a bar of text, an action must look like one.
        self.now = QPushButton(self.tr("Synchronise now"), self)
        self.now.setObjectName("syncNowButton")
        self.later = QPushButton(self.tr("Not now"), self)
        self.later.setObjectName("syncLaterButton")
        self.addWidget(self.now)
        self.addWidget(self.later)
        self.synchronise = synchronise
        self.now.clicked.connect(lambda _checked=False: self._now())
        self.later.clicked.connect(lambda _checked=False: self.hide())

    def _now(self) -> None:
        self.hide()
        self.synchronise()


class SyncOffer(QObject):
    """Asks once per run whether the office answers, and then shows the bar."""

    def __init__(self, window: QMainWindow, synchronise: Callable[[], object]) -> None:
        super().__init__(window)
        self.window_ = window
        self.synchronise = synchronise
        self.asked = False
        self.answer: bool | None = None  # what the office check found (None: not asked, or not answered yet)
        self.bar: SyncOfferBar | None = None
        self._answer = _Answer(self)
        self._answer.answered.connect(self._show)

    def start(self) -> bool:
        """Look for the office in the background (once per run); False when there is nothing to ask."""
        if self.asked:
            return False
        server = sync_state.office_server()
        if server is None:
            return False
        self.asked = True
        host, port = server
        threading.Thread(target=self._check, args=(host, port), name="office-check", daemon=True).start()
        return True

    def _check(self, host: str, port: int) -> None:
        answers = sync_state.answers(host, port)
        try:
            self._answer.answered.emit(answers)
        except RuntimeError:  # the window closed meanwhile: nobody to tell
            pass

    def _show(self, answers: bool) -> None:
        self.answer = answers
        if not answers or self.bar is not None:
            return
        self.bar = SyncOfferBar(self.window_, self.synchronise)
        self.window_.addToolBarBreak()
        self.window_.addToolBar(self.bar)
        self.bar.show()
