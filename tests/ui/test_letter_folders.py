"""The default letters folder and the outbox are named in the user's language; an English folder already made
keeps being used, and a folder the user chose is used as it is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from contactdesk.ui import letter_folders
from contactdesk.ui.i18n import install_translators
from contactdesk.ui.logged import log_dialog
from contactdesk.ui.merge import options_page
from contactdesk.ui.merge.merge_run import MergeRequest

NAMES = {
    "en": ("ContactDesk letters", "outbox"),
    "nl": ("ContactDesk-brieven", "Postvak UIT"),
    "nb": ("ContactDesk-brev", "Utboks"),
}


@pytest.fixture(params=["nl", "nb", "en"])
def language(request, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(tmp_path))
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def test_default_folders_are_named_in_the_users_language(language: str, tmp_path: Path) -> None:
    letters, outbox = NAMES[language]
    assert options_page.default_folder("SEG00001") == tmp_path / letters / "SEG00001"
    assert log_dialog.default_folder("SEG00001") == tmp_path / letters / "SEG00001"
    chosen = tmp_path / "Mine"
    assert MergeRequest("SEG00001", chosen).outbox == chosen / outbox
    assert letter_folders.outbox_of(chosen) == chosen / outbox


def test_an_english_letters_folder_already_made_stays_the_default(language: str, tmp_path: Path) -> None:
    (tmp_path / "ContactDesk letters").mkdir()
    assert log_dialog.default_folder("SEG00002") == tmp_path / "ContactDesk letters" / "SEG00002"


def test_the_merge_options_name_the_outbox_in_the_users_language(qtbot, demo_database, language: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from contactdesk.crm import segments

    header = segments.get_segment(next(s.no for s in segments.list_segments()))
    page = options_page.MergeOptionsPage(header, None)
    qtbot.addWidget(page)
    assert any(f"“{NAMES[language][1]}”" in label.text() for label in page.findChildren(QLabel))
