"""E-mail drafts parse back with the standard library; PDF through LibreOffice when it is installed."""

from __future__ import annotations

import email
import re
import shutil
import subprocess
from email import policy
from pathlib import Path

import pytest
from tests.merge.conftest import LINE, SEGMENT, TODAY

from contactdesk.merge import pdf
from contactdesk.merge.combine import combine_letters
from contactdesk.merge.context import ContextBuilder
from contactdesk.merge.email_draft import EmailDraft, letter_text
from contactdesk.merge.errors import LibreOfficeMissingError
from contactdesk.merge.fields import example_context
from contactdesk.merge.render import PreparedTemplate
from contactdesk.paths import sample_templates_dir


def test_eml_draft_with_the_letter_attached(merge_data: dict[str, object], tmp_path: Path) -> None:
    context = ContextBuilder(TODAY).build("CT000003", line=LINE, segment=SEGMENT)
    letter = PreparedTemplate.from_file(sample_templates_dir() / "nb" / "welcome_letter.docx").write(
        context, tmp_path / "CT000003 - Øyvind Ødegård.docx"
    )
    body = letter_text(letter)
    draft = EmailDraft(
        context["contact"]["email"],
        LINE["subject"],
        body,
        letter,
        context["contact"]["name"],
        "info@vandijk-kantoor.nl",
        "Van Dijk",
    )
    path = draft.write(tmp_path / "outbox" / "CT000003 - Øyvind Ødegård.eml")
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Øyvind Ødegård <oyvind@example.no>"
    assert message["Subject"] == "Welcome & <hello>"
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Kjære Øyvind Ødegård," in text and "See you at the fair ø ĳ 😀" in text
    attachments = list(message.iter_attachments())
    assert [part.get_filename() for part in attachments] == ["CT000003 - Øyvind Ødegård.docx"]
    assert attachments[0].get_content() == letter.read_bytes()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_missing_libreoffice_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH: as on a machine without LibreOffice
    monkeypatch.setattr(pdf, "_MACOS", [])
    monkeypatch.setattr(pdf, "_WINDOWS", [])
    with pytest.raises(LibreOfficeMissingError) as caught:
        pdf.convert_to_pdf([tmp_path / "x.docx"])
    assert "libreoffice" in caught.value.install_hint.lower() and caught.value.source in ("linux", "download")


needs_libreoffice = pytest.mark.skipif(pdf.find_soffice() is None, reason="LibreOffice is not installed")


@needs_libreoffice
@pytest.mark.slow
def test_pdf_of_a_letter_and_of_the_combined_document(merge_data: dict[str, object], tmp_path: Path) -> None:
    builder = ContextBuilder(TODAY)
    letters = []
    for no, language in (("CT000002", "nl"), ("CT000003", "nb"), ("CT000004", "en")):
        template = PreparedTemplate.from_file(sample_templates_dir() / language / "welcome_letter.docx")
        letters.append(
            template.write(builder.build(no, language=language, line=LINE, segment=SEGMENT), tmp_path / f"{no}.docx")
        )
    combined = combine_letters(letters, tmp_path / "combined.docx")
    made = pdf.convert_to_pdf([letters[0], combined], tmp_path / "pdf")
    assert [path.name for path in made] == ["CT000002.pdf", "combined.pdf"]
    if shutil.which("pdftotext") and shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(made[1])], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Pages:\s+3\b", info)
        text = subprocess.run(
            ["pdftotext", "-layout", str(made[1]), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Smit & Zn <b> B.V." in text and "Øyvind Ødegård" in text and "Emma" in text
        assert "Pagina 1" in text and "Side 1" in text and "Page 1" in text


@needs_libreoffice
def test_a_hung_conversion_is_stopped(tmp_path: Path) -> None:
    from contactdesk.merge.errors import PdfConversionError

    letter = PreparedTemplate.from_file(sample_templates_dir() / "en" / "welcome_letter.docx").write(
        example_context(), tmp_path / "a.docx"
    )
    with pytest.raises(PdfConversionError) as caught:
        pdf.convert_to_pdf([letter], timeout=0.01)
    assert caught.value.problem == "timeout"
    assert not (tmp_path / "a.pdf").exists()
