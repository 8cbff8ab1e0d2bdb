"""Help > Getting started: the five steps from an empty database to letters sent and recorded."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class GettingStartedDialog(QDialog):
    """A short, translated guide in the app itself (no website needed, works offline)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedDialog")
        self.setWindowTitle(self.tr("Getting started"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("gettingStartedText")
        self.text.setAccessibleName(self.tr("Getting started"))
        self.text.setOpenLinks(False)
        self.text.setHtml(self.page())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def steps(self) -> list[tuple[str, str]]:
        """(heading, paragraph) for each step, in the order a new user takes them."""
        return [
            (
                self.tr("1. Set up your company"),
                self.tr(
                    "Open Setup in the list on the left. Fill in your company's name and address (they go into "
                    "every letter), your salespeople, and the codes you want to use for contacts."
                ),
            ),
            (
                self.tr("2. Add contacts"),
                self.tr(
                    "On the Contacts page, New contact (Ctrl+N) adds a company or a person. File > Import contacts "
                    "reads a CSV or vCard file. To look around first, File > Load sample data adds made-up contacts."
                ),
            ),
            (
                self.tr("3. Make a segment"),
                self.tr(
                    "A segment is a group of contacts who get the same interaction, for example a letter. On the "
                    "Segments page, New segment opens its worksheet: choose the interaction template in the "
                    "header, then Add contacts by criteria, and Reduce or Refine the list until it is right."
                ),
            ),
            (
                self.tr("4. Merge the letters"),
                self.tr(
                    "Merge (Ctrl+M) on the worksheet checks the Word template against every contact, shows a "
                    "preview, and writes one letter per contact, a combined document for printing and, if you "
                    "want, e-mail drafts."
                ),
            ),
            (
                self.tr("5. Log the segment"),
                self.tr(
                    "Log (Ctrl+L) records one interaction per contact, with the letter it got. The segment moves "
                    "to Logged segments; every contact's interactions are in the Interaction log and on the "
                    "contact's card."
                ),
            ),
            (
                self.tr("Help and keys"),
                self.tr(
                    "Help > Keyboard shortcuts lists every shortcut. If something goes wrong, Help > Open log "
                    "folder shows the log file to send to whoever helps you."
                ),
            ),
        ]

    def page(self) -> str:
        """The guide as HTML (every text escaped)."""
        title = self.tr("Getting started with ContactDesk")
        parts = [f"<h2>{html.escape(title)}</h2>"]
        for heading, paragraph in self.steps():
            parts.append(f"<h3>{html.escape(heading)}</h3><p>{html.escape(paragraph)}</p>")
        return "".join(parts)
