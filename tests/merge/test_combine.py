"""The combined print document: one section per letter, numbering from 1, texts in the right order."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from tests.merge.conftest import make_template, part

from contactdesk.merge.combine import CombineItem, combine_letters
from contactdesk.merge.errors import IncompatibleLettersError
from contactdesk.merge.fields import example_context
from contactdesk.merge.render import PreparedTemplate
from contactdesk.paths import sample_templates_dir


def letters(folder: Path, languages: list[str], post_codes: list[str]) -> list[CombineItem]:
    items = []
    for index, (language, post_code) in enumerate(zip(languages, post_codes, strict=True)):
        template = PreparedTemplate.from_file(sample_templates_dir() / language / "welcome_letter.docx")
        context = example_context()
        name = f"Letter {index} & <{language}>"
        context["contact"]["address_block"] = f"{name}\nStreet 1\n{post_code}  City"  # type: ignore[index]
        path = template.write(context, folder / f"{index}.docx")
        items.append(CombineItem(path, post_code, "NL", name))
    return items


def address_lines(document: docx.document.Document) -> list[str]:
    return [p.text.split("\n")[0] for p in document.paragraphs if p.text.startswith("Letter ")]


def test_one_section_per_letter_with_page_numbers_from_one(tmp_path: Path) -> None:
    items = letters(tmp_path, ["en"] * 4, ["4000", "1000", "3000", "2000"])
    target = combine_letters(items, tmp_path / "out" / "combined.docx")
    document = docx.Document(str(target))
    assert len(document.sections) == 4
    assert address_lines(document) == [f"Letter {index} & <en>" for index in range(4)]
    xml = part(target, "word/document.xml")
    assert xml.count('<w:pgNumType w:start="1"/>') == 4
    assert xml.count('<w:type w:val="nextPage"/>') == 4
    for section in document.sections:
        assert section.footer.paragraphs[0].text.startswith("Van Dijk Kantoorinrichting B.V.")
        assert section.page_height == document.sections[0].page_height
    assert len(re.findall(r"cd_footer\d+\.xml", part(target, "[Content_Types].xml"))) == 1  # one shared footer
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["combined.docx"]


def test_post_code_order_and_language_versions_together(tmp_path: Path) -> None:
    items = letters(tmp_path, ["en", "nl", "nb", "nl"], ["4000", "1000", "3000", "2000"])
    target = combine_letters(items, tmp_path / "combined.docx", order="post_code", odd_pages=True)
    document = docx.Document(str(target))
    assert address_lines(document) == ["Letter 1 & <nl>", "Letter 3 & <nl>", "Letter 2 & <nb>", "Letter 0 & <en>"]
    footers = [section.footer.paragraphs[1].text for section in document.sections]
    assert footers == ["Pagina 1", "Pagina 1", "Side 1", "Page 1"]
    assert part(target, "word/document.xml").count('<w:type w:val="oddPage"/>') == 4


def test_templates_with_other_styles_are_refused(tmp_path: Path) -> None:
    items = letters(tmp_path, ["en"], ["1000"])
    other = make_template(tmp_path / "other.docx", "A letter with python-docx's own styles")
    with pytest.raises(IncompatibleLettersError):
        combine_letters([items[0], CombineItem(other)], tmp_path / "combined.docx")
    assert not (tmp_path / "combined.docx").exists()


def test_letters_with_pictures_and_links_keep_them(tmp_path: Path) -> None:
    from docx.shared import Cm

    pictures = []
    for index, colour in enumerate((b"\x00\x00\xff", b"\xff\x00\x00")):
        import struct
        import zlib

        raw = b"".join(b"\x00" + colour * 4 for _ in range(4))
        png = (
            b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw))
            + _chunk(b"IEND", b"")
        )
        image = tmp_path / f"{index}.png"
        image.write_bytes(png)
        document = docx.Document()
        document.add_paragraph(f"Letter {index}")
        document.add_picture(str(image), width=Cm(1))
        document.save(str(tmp_path / f"{index}.docx"))
        pictures.append(tmp_path / f"{index}.docx")
    target = combine_letters(pictures, tmp_path / "combined.docx")
    document = docx.Document(str(target))
    assert len(document.sections) == 2
    assert len(document.inline_shapes) == 2
    blobs = {shape._inline.graphic.graphicData.pic.blipFill.blip.embed for shape in document.inline_shapes}
    assert len(blobs) == 2  # the second letter's picture was imported, not confused with the first


def _chunk(kind: bytes, data: bytes) -> bytes:
    import struct
    import zlib

    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
