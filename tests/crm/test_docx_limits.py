"""Zip bombs and lying zip directories are refused when a Word document is attached, before they unpack."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from tests.crm.docx_bombs import write_zip, zip_bomb

from contactdesk.crm import attachments
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.docx_limits import MAX_PARTS, MAX_XML_BYTES, MB, DocxPackage, DocxTooLargeError
from contactdesk.crm.errors import AttachmentError
from contactdesk.crm.templates import TemplateData, save_template, set_template_attachment
from contactdesk.store.models import Attachment, InteractionTemplateLanguage


def _letter(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Dear {{ contact.name }},")
    document.save(str(path))
    return path


def _set_packed_size(package: Path, index: int, packed: int) -> None:
    """Make the directory entry `index` declare `packed` compressed bytes (the ratio check reads only that)."""
    data = bytearray(package.read_bytes())
    offset = -1
    for _ in range(index + 1):
        offset = data.index(b"PK\x01\x02", offset + 1)
    data[offset + 20 : offset + 24] = packed.to_bytes(4, "little")
    package.write_bytes(bytes(data))


def test_a_zip_bomb_is_refused_when_attached(database: object, tmp_path: Path) -> None:
    save_code("interaction_group", CodeData("LETTER", "Letters"))
    save_template(TemplateData("WELCOME", description="Welcome", interaction_group_code="LETTER"))
    bomb = zip_bomb(tmp_path / "bomb.docx", 1024)  # 1 MB on disk, 1 GiB unpacked
    assert bomb.stat().st_size < 2 * MB
    with pytest.raises(AttachmentError) as caught:
        set_template_attachment("WELCOME", "en", bomb)
    assert caught.value.problem == "too_large"
    assert "word/document.xml" in str(caught.value) and "try again" in str(caught.value)
    with pytest.raises(DocxTooLargeError):
        attachments.store_file(bomb, "bomb.docx", require_docx=True)
    assert Attachment.select().count() == 0 and InteractionTemplateLanguage.select().count() == 0


def test_a_lying_zip_directory_is_refused_without_unpacking_it(tmp_path: Path) -> None:
    # The directory says 1,000 bytes; the data unpacks to 256 MiB. zipfile.read() would inflate it all at once.
    liar = zip_bomb(tmp_path / "liar.docx", 256, declared=1000)
    with pytest.raises(AttachmentError) as caught:
        attachments.validate_docx(liar)
    assert caught.value.problem == "corrupt"


@pytest.mark.parametrize(
    ("sizes", "words"),
    [
        ([(MAX_XML_BYTES + 1, 1_000_000)], "word/part0.xml unpacks to 50 MB"),
        ([(150 * MB, 150 * MB)] * 4, "more than 500 MB"),  # each picture allowed, together too much
        ([(20 * MB, 20_000)], "1048 times larger"),  # within the size limits, but packed like a zip bomb
        ([(10, 10)] * (MAX_PARTS + 1), f"more than {MAX_PARTS}"),
    ],
)
def test_declared_sizes_are_checked_before_anything_is_unpacked(
    tmp_path: Path, sizes: list[tuple[int, int]], words: str
) -> None:
    # The members' data is a few bytes of nonsense: refusing must not need to read it.
    members = [
        (
            f"word/part{index}.xml" if size < 100 * MB else f"word/media/image{index}.png",
            8,
            0,
            size,
            b"\x00" * min(packed, 64),
        )
        for index, (size, packed) in enumerate(sizes)
    ]
    package = write_zip(tmp_path / "declared.docx", [("[Content_Types].xml", 0, 0, 0, b""), *members])
    for index, (_size, packed) in enumerate(sizes):
        if packed > 64:
            _set_packed_size(package, index + 1, packed)
    with pytest.raises(DocxTooLargeError) as caught:
        attachments.validate_docx(package)
    assert caught.value.problem == "too_large" and words in caught.value.detail


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_every_zip_method_reads_back_exactly(method: int) -> None:
    text = "".join(f"<w:t>regel {index} – ø ĳ</w:t>" for index in range(50_000)).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr("word/document.xml", text)
        archive.writestr("empty.xml", b"")
    with DocxPackage(buffer.getvalue(), "letter.docx") as package:
        package.verify()
        assert package.read("word/document.xml") == text and package.read("empty.xml") == b""


def test_real_letters_and_pictures_pass(tmp_path: Path) -> None:
    letter = _letter(tmp_path / "photo.docx")
    with zipfile.ZipFile(letter, "a") as archive:
        archive.writestr("word/media/photo.jpg", bytes(range(256)) * (40 * MB // 256))  # 40 MB, packs 1 : 1
    attachments.validate_docx(letter)
