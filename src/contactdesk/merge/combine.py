"""All letters in one printable .docx: one section per letter, page numbers restarting at 1.

Built directly from the letters' XML: each letter's body is copied as text behind the previous one,
its last paragraph carries the letter's own section properties (a page break, page numbering from 1,
its own header and footer). Header and footer parts are shared between letters whose rendered header
or footer is identical, and get their own part where they differ (a footer that names the contact).

Letters made from different templates (the en/nl/nb versions of one letter) go into the same document
when their styles, numbering and theme are the same; the document-wide default proofing language in
the styles is ignored for that comparison (it only steers spell checking). Pictures and links are
imported per letter. Templates with really different styles raise IncompatibleLettersError: the caller
then makes one combined document per template (see merge/segment_merge.py).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from contactdesk.merge import sections
from contactdesk.merge.errors import IncompatibleLettersError
from contactdesk.merge.render import write_atomically
from contactdesk.merge.zipcopy import ZipBlueprint

_MAIN = "word/document.xml"
_RELS = "word/_rels/document.xml.rels"
_TYPES = "[Content_Types].xml"
_REL = re.compile(r"<Relationship\b[^>]*/>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_HEADER_FOOTER = re.compile(r'<w:(header|footer)Reference\b[^>]*r:id="([^"]+)"[^>]*/>')
_SHARED = ("word/styles.xml", "word/stylesWithEffects.xml", "word/numbering.xml", "word/theme/theme1.xml")
_DEFAULT_LANG = re.compile(r"(<w:docDefaults>.*?)<w:lang\b[^>]*/>", re.DOTALL)
_CONTENT_TYPE = {
    "header": "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
    "footer": "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
}
_IMAGE_TYPES = {
    "png": "image/png",
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "emf": "image/x-emf",
    "wmf": "image/x-wmf",
    "tiff": "image/tiff",
    "svg": "image/svg+xml",
}


@dataclass(frozen=True)
class CombineItem:
    """A letter file and what post-code order needs to know about its recipient."""

    path: Path
    post_code: str = ""
    country_code: str = ""
    name: str = ""


def _rels(xml: str) -> dict[str, dict[str, str]]:
    return {attrs["Id"]: attrs for attrs in (dict(_ATTR.findall(rel)) for rel in _REL.findall(xml))}


def _target(attrs: dict[str, str]) -> str:
    target = attrs.get("Target", "")
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))


def _post_code_key(item: CombineItem) -> tuple[str, str, str]:
    return (item.country_code.upper(), re.sub(r"\s+", "", item.post_code).casefold(), item.name.casefold())


class CombinedDocument:
    """Collects letters and writes them as one document."""

    def __init__(self, odd_pages: bool = False) -> None:
        self.odd_pages = odd_pages
        self.bodies: list[str] = []
        self.last_sect = ""
        self.base: zipfile.ZipFile | None = None
        self.base_path: Path | None = None
        self.root = ""
        self.rels: dict[str, dict[str, str]] = {}
        self.parts: dict[tuple[bytes, bytes], tuple[str, str]] = {}  # (xml, rels) -> (part name, rel id)
        self.additions: dict[str, bytes] = {}
        self.new_rels: list[str] = []
        self.overrides: list[str] = []
        self.defaults: set[str] = set()
        self.families: dict[tuple[tuple[str, int], ...], bool] = {}
        self.ids = sections.IdCounter()

    def add(self, path: Path) -> None:
        """Append one letter (a .docx written by the merge, or a personalised copy of one)."""
        path = Path(path)
        with zipfile.ZipFile(path) as letter:
            document = letter.read(_MAIN).decode("utf-8")
            rels = _rels(letter.read(_RELS).decode("utf-8"))
            if self.base is None:
                self.base = zipfile.ZipFile(path)
                self.base_path = path
                self.rels = rels
                self.root = sections.split_body(document)[0]
            self._check_family(letter, path)
            root, body, sect = sections.split_body(document)
            self.root = sections.merge_root(self.root, root)
            mapping = {
                rel_id: self._import(letter, rels[rel_id])
                for rel_id in sections.relationship_ids(body + sect)
                if rel_id in rels
            }
            index = len(self.bodies)
            body = self.ids.renumber(sections.rename_relationships(body, mapping), index)
            sect = sections.section_properties(sections.rename_relationships(sect, mapping), self.odd_pages)
        if self.bodies:
            self.bodies[-1] = sections.end_section(self.bodies[-1], self.last_sect)
        self.bodies.append(body)
        self.last_sect = sect

    def _check_family(self, letter: zipfile.ZipFile, path: Path) -> None:
        assert self.base is not None
        family = tuple((name, letter.getinfo(name).CRC) for name in _SHARED if name in letter.namelist())
        if family in self.families:
            return
        for name in _SHARED:
            mine = self.base.read(name) if name in self.base.namelist() else b""
            theirs = letter.read(name) if name in letter.namelist() else b""
            if mine != theirs and _DEFAULT_LANG.sub(r"\1", mine.decode("utf-8", "replace")) != _DEFAULT_LANG.sub(
                r"\1", theirs.decode("utf-8", "replace")
            ):
                raise IncompatibleLettersError(str(self.base_path.name if self.base_path else ""), path.name)
        self.families[family] = True

    def _import(self, letter: zipfile.ZipFile, rel: dict[str, str]) -> str:
        """The relationship id this letter's relationship has in the combined document."""
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        if kind in ("header", "footer"):
            name = _target(rel)
            xml = letter.read(name)
            folder, base = posixpath.split(name)
            own_rels_name = posixpath.join(folder, "_rels", base + ".rels")
            own_rels = letter.read(own_rels_name) if own_rels_name in letter.namelist() else b""
            key = (xml, own_rels)
            if key not in self.parts:
                number = len(self.parts) + 1
                part = f"word/cd_{kind}{number}.xml"
                rel_id = f"rIdCd{number}"
                self.additions[part] = xml
                if own_rels:
                    self.additions[f"word/_rels/cd_{kind}{number}.xml.rels"] = own_rels
                self.new_rels.append(
                    f'<Relationship Id="{rel_id}" Type="{rel["Type"]}" Target="cd_{kind}{number}.xml"/>'
                )
                self.overrides.append(f'<Override PartName="/{part}" ContentType="{_CONTENT_TYPE[kind]}"/>')
                self.parts[key] = (part, rel_id)
            return self.parts[key][1]
        same = self.rels.get(rel["Id"])
        if same is not None and same.get("Target") == rel.get("Target") and same.get("Type") == rel.get("Type"):
            if rel.get("TargetMode") == "External" or self._same_bytes(letter, _target(rel)):
                return rel["Id"]
        number = len(self.new_rels) + 1
        rel_id = f"rIdCm{number}"
        if rel.get("TargetMode") == "External":
            self.new_rels.append(
                f'<Relationship Id="{rel_id}" Type="{rel["Type"]}" Target="{rel["Target"]}" TargetMode="External"/>'
            )
            return rel_id
        source = _target(rel)
        folder, base = posixpath.split(source)
        part = posixpath.join(folder, f"cd{number}_{base}")
        self.additions[part] = letter.read(source)
        extension = base.rsplit(".", 1)[-1].lower()
        if extension in _IMAGE_TYPES:
            self.defaults.add(extension)
        self.new_rels.append(
            f'<Relationship Id="{rel_id}" Type="{rel["Type"]}" Target="{posixpath.relpath(part, "word")}"/>'
        )
        return rel_id

    def _same_bytes(self, letter: zipfile.ZipFile, name: str) -> bool:
        assert self.base is not None
        try:
            return self.base.getinfo(name).CRC == letter.getinfo(name).CRC
        except KeyError:
            return False

    def to_bytes(self) -> bytes:
        """The combined document as .docx bytes."""
        if self.base is None:
            raise ValueError("no letters to combine")
        document = self.root + "<w:body>" + "".join(self.bodies) + self.last_sect + "</w:body></w:document>"
        etree.fromstring(document.encode("utf-8"))  # never hand the user a document Word calls corrupt
        dropped = {_target(rel) for rel in self.rels.values() if rel.get("Type", "").endswith(("/header", "/footer"))}
        rels_xml = self.base.read(_RELS).decode("utf-8")
        rels_xml = _REL.sub(
            lambda m: "" if _target(dict(_ATTR.findall(m.group(0)))) in dropped else m.group(0), rels_xml
        ).replace("</Relationships>", "".join(self.new_rels) + "</Relationships>")
        types = self.base.read(_TYPES).decode("utf-8")
        types = re.sub(
            r'<Override PartName="/(word/[^"]+)"[^>]*/>', lambda m: "" if m.group(1) in dropped else m.group(0), types
        )
        known = set(re.findall(r'<Default Extension="([^"]+)"', types))
        extra = "".join(
            f'<Default Extension="{ext}" ContentType="{_IMAGE_TYPES[ext]}"/>' for ext in sorted(self.defaults - known)
        )
        types = types.replace("</Types>", extra + "".join(self.overrides) + "</Types>")
        assert self.base_path is not None
        blueprint = ZipBlueprint(self.base_path.read_bytes(), self.base_path.name)
        gone = dropped | {f"word/_rels/{posixpath.basename(name)}.rels" for name in dropped}
        blueprint.members = [member for member in blueprint.members if member.name.decode() not in gone]
        replacements = {_MAIN: document.encode("utf-8"), _RELS: rels_xml.encode("utf-8"), _TYPES: types.encode("utf-8")}
        return blueprint.build(replacements, self.additions)

    def save(self, target: Path) -> Path:
        """Write the combined document (temporary name, then rename)."""
        data = self.to_bytes()
        if self.base is not None:
            self.base.close()
        return write_atomically(Path(target), data, "combined")


def combine_letters(
    letters: Sequence[Path | CombineItem], target: Path, order: str = "as_given", odd_pages: bool = False
) -> Path:
    """Write every letter into one document at `target`; order "post_code" sorts by country, post code, name."""
    items = [letter if isinstance(letter, CombineItem) else CombineItem(Path(letter)) for letter in letters]
    if order == "post_code":
        items.sort(key=_post_code_key)
    combined = CombinedDocument(odd_pages)
    for item in items:
        combined.add(item.path)
    return combined.save(target)
