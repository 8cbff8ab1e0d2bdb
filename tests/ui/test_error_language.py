"""Errors of the operating system and a missing LibreOffice reach a Dutch user in Dutch, saying what to do."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest

from contactdesk.crm.segment_data import SegmentHeader
from contactdesk.merge import pdf
from contactdesk.merge.errors import LibreOfficeMissingError
from contactdesk.ui import errors, messages
from contactdesk.ui.i18n import install_translators
from contactdesk.ui.progress import run_with_progress

# Words of the English sentences a Dutch user used to get part of.
ENGLISH = ("Permission denied", "[Errno", "install LibreOffice", "Debian or Ubuntu:", "Calibri-compatible", "No space")


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    assert install_translators(qapp, "nl") == "nl"
    try:
        yield
    finally:
        install_translators(qapp, "en")


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH: as on a machine without LibreOffice
    monkeypatch.setattr(pdf, "_MACOS", [])
    monkeypatch.setattr(pdf, "_WINDOWS", [])


def _english_free(text: str) -> None:
    assert not any(fragment in text for fragment in ENGLISH), text


def test_permission_denied_is_a_dutch_sentence_naming_the_folder(dutch: None) -> None:
    text = errors.describe(PermissionError(errno.EACCES, "Permission denied", "/srv/brieven/CT000001.docx"))
    assert text == (
        "ContactDesk heeft geen toestemming om /srv/brieven/CT000001.docx te gebruiken. Kies een map "
        "waarin u kunt schrijven, of vraag uw beheerder om toegang."
    )
    _english_free(text)


def test_a_full_disk_without_a_file_name_is_a_dutch_sentence(dutch: None) -> None:
    text = errors.describe(OSError(errno.ENOSPC, "No space left on device"))
    assert text.startswith("De schijf is vol, dus een bestand of map kon niet worden geschreven.")
    _english_free(text)


def test_an_unknown_system_error_names_its_number_not_the_english_text(dutch: None) -> None:
    text = errors.describe(OSError(errno.EXDEV, "Invalid cross-device link", "/a"))
    assert text.startswith(f"/a kon niet worden gelezen of geschreven (systeemfout {errno.EXDEV}).")
    _english_free(text)


def test_missing_libreoffice_is_told_in_dutch(dutch: None, no_libreoffice: None) -> None:
    with pytest.raises(LibreOfficeMissingError) as caught:
        pdf.convert_to_pdf([Path("x.docx")])
    text = errors.describe(caught.value)
    assert text.startswith("Voor PDF-bestanden is LibreOffice nodig, maar dat is niet op deze computer geïnstalleerd. ")
    assert (
        "Installeer LibreOffice Writer met het softwarebeheer van uw systeem" in text
        or "Download LibreOffice van https://www.libreoffice.org/download/" in text
    )
    _english_free(text)


def test_the_merge_options_say_it_in_dutch_too(qtbot, dutch: None, no_libreoffice: None) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.merge.options_page import MergeOptionsPage

    page = MergeOptionsPage(SegmentHeader(no="SEG00001", description="Voorjaar", lines=3), Path("/tmp/brieven"))
    qtbot.addWidget(page)
    assert not page.pdf.isEnabled()
    assert page.pdf_note.text().startswith("Voor PDF is LibreOffice nodig, maar dat is niet geïnstalleerd. ")
    _english_free(page.pdf_note.text())


def test_background_work_that_meets_an_os_error_shows_the_sentence(
    qtbot,
    database,
    dutch: None,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(messages, "error", lambda *args, **kwargs: pytest.fail("shown as an unexpected error"))

    def work(_report):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied", "/srv/brieven")

    assert run_with_progress(None, "werk", 1, work) is None
    assert shown and shown[0].startswith("ContactDesk heeft geen toestemming om /srv/brieven te gebruiken.")


def test_a_refused_single_letter_lists_its_problems_in_dutch(dutch: None) -> None:
    from contactdesk.merge.errors import TemplateCheckError
    from contactdesk.merge.template_check import Problem

    found = [
        Problem(
            "unknown_field",
            "error",
            "unknown field “contact.shoe_size”: contact has no field “shoe_size”",
            "word/document.xml",
            "Shoe size: {{ contact.shoe_size }}",
            "contact.shoe_size",
        ),
        Problem("too_complex", "error", "the fields nest 300 deep"),
        Problem("empty_field", "warning", "“contact.job_title” is empty for 1 of 1 recipients", field="x", count=1),
    ]
    text = errors.describe(TemplateCheckError([problem.as_dict() for problem in found]))
    assert "Onbekend veld “contact.shoe_size”" in text and "In de alinea “Shoe size: {{ contact.shoe_size }}”" in text
    assert "te ingewikkeld" in text and "is empty" not in text  # warnings do not stop it, so they are not listed
    assert "unknown field" not in text and "nest" not in text
