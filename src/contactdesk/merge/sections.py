"""String-level WordprocessingML helpers for the combined document: sections, ids, namespaces.

Letters are joined as XML text, not through a document object model: a letter body is a few
kilobytes and a thousand of them are joined in well under a second this way.
"""

from __future__ import annotations

import re

# Children of w:sectPr in schema order; new elements must be placed where the schema wants them.
_AFTER_TYPE = (
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
)
_AFTER_PGNUM = _AFTER_TYPE[_AFTER_TYPE.index("pgNumType") + 1 :]
_LAST_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>(?:(?!<w:p[ >]).)*</w:p>\s*$", re.DOTALL)
# A 1-point, zero-spacing paragraph: carries a section break where the letter ends in a table.
_CARRIER = (
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
    '<w:rPr><w:sz w:val="2"/></w:rPr>{sect}</w:pPr></w:p>'
)
_REL_ATTR = re.compile(r'(r:(?:id|embed|link|pict|dm|lo|qs|cs|href))="([^"]+)"')
_DOC_PR = re.compile(r'(<wp:docPr\b[^>]*?\bid=")(\d+)(")')
_BOOKMARK = re.compile(r'(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")')
_BOOKMARK_NAME = re.compile(r'(<w:bookmarkStart\b[^>]*?\bw:name=")([^"]*)(")')
_PARA_IDS = re.compile(r' w14:(?:paraId|textId)="[^"]*"')
_XMLNS = re.compile(r'\sxmlns:(\w+)="([^"]*)"')
_IGNORABLE = re.compile(r'\smc:Ignorable="([^"]*)"')


def _insert_before(sect: str, element: str, followers: tuple[str, ...]) -> str:
    positions = [sect.find(f"<w:{name}") for name in followers]
    found = [position for position in positions if position >= 0]
    at = min(found) if found else sect.rindex("</w:sectPr>")
    return sect[:at] + element + sect[at:]


def section_properties(sect: str, odd_page: bool = False) -> str:
    """A letter's w:sectPr as a section of its own: starts a new (odd) page, numbering restarts at 1."""
    if sect.endswith("/>"):
        sect = sect[:-2] + "></w:sectPr>"
    sect = re.sub(r"<w:pgNumType\b[^>]*/>", "", sect)
    sect = re.sub(r"<w:type\b[^>]*/>", "", sect)
    sect = _insert_before(sect, '<w:pgNumType w:start="1"/>', _AFTER_PGNUM)
    kind = "oddPage" if odd_page else "nextPage"
    return _insert_before(sect, f'<w:type w:val="{kind}"/>', _AFTER_TYPE)


def end_section(body: str, sect: str) -> str:
    """The body with `sect` as the section break at its end (in the last paragraph's properties)."""
    match = _LAST_PARAGRAPH.search(body)
    if match is None:
        return body + _CARRIER.format(sect=sect)
    paragraph = match.group(0).rstrip()
    opening = re.match(r"<w:p(?: [^>]*)?>", paragraph)
    assert opening is not None
    rest = paragraph[opening.end() :]
    if rest.startswith("<w:pPr/>"):
        rest = f"<w:pPr>{sect}</w:pPr>" + rest[len("<w:pPr/>") :]
    elif rest.startswith("<w:pPr>") or rest.startswith("<w:pPr "):
        if "<w:sectPr" in rest[: rest.find("</w:pPr>")]:
            return body + _CARRIER.format(sect=sect)
        end = rest.find("<w:pPrChange")
        end = end if 0 <= end < rest.find("</w:pPr>") else rest.find("</w:pPr>")
        rest = rest[:end] + sect + rest[end:]
    else:
        rest = f"<w:pPr>{sect}</w:pPr>" + rest
    return body[: match.start()] + opening.group(0) + rest


def split_body(document: str) -> tuple[str, str, str]:
    """(root start tag, body content without its final w:sectPr, that w:sectPr) of a document.xml."""
    body_open = re.search(r"<w:body(?: [^>]*)?>", document)
    body_close = document.rfind("</w:body>")
    if body_open is None or body_close < 0:
        raise ValueError("no w:body")
    root = document[: body_open.start()]
    content = document[body_open.end() : body_close]
    at = content.rfind("<w:sectPr")
    if at < 0 or not content.rstrip().endswith(("</w:sectPr>", "/>")):
        return root, content, "<w:sectPr></w:sectPr>"
    return root, content[:at], content[at:]


def rename_relationships(xml: str, mapping: dict[str, str]) -> str:
    """Point r:id / r:embed / … attributes at new relationship ids."""
    if not mapping:
        return xml
    return _REL_ATTR.sub(lambda m: f'{m.group(1)}="{mapping.get(m.group(2), m.group(2))}"', xml)


def relationship_ids(xml: str) -> set[str]:
    """Relationship ids a piece of XML refers to."""
    return {match.group(2) for match in _REL_ATTR.finditer(xml)}


class IdCounter:
    """Renumbers ids that must be unique in one document (drawing ids, bookmarks)."""

    def __init__(self) -> None:
        self.drawing = 0
        self.bookmark = 0

    def renumber(self, body: str, letter: int) -> str:
        """Unique drawing and bookmark ids; letters after the first lose Word's optional paragraph ids."""

        def drawing(match: re.Match[str]) -> str:
            self.drawing += 1
            return f"{match.group(1)}{self.drawing}{match.group(3)}"

        body = _DOC_PR.sub(drawing, body)
        if letter == 0:
            self.bookmark = max([int(m.group(2)) for m in _BOOKMARK.finditer(body)] or [0]) + 1
            return body
        offset = self.bookmark
        ids = [int(m.group(2)) for m in _BOOKMARK.finditer(body)]
        self.bookmark += (max(ids) + 1) if ids else 0
        body = _BOOKMARK.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + offset}{m.group(3)}", body)
        body = _BOOKMARK_NAME.sub(lambda m: f"{m.group(1)}{m.group(2)[:30]}_{letter}{m.group(3)}", body)
        return _PARA_IDS.sub("", body)


def merge_root(root: str, other: str) -> str:
    """The root start tag with the namespace declarations another letter needs as well."""
    have = dict(_XMLNS.findall(root))
    extra = "".join(f' xmlns:{prefix}="{uri}"' for prefix, uri in _XMLNS.findall(other) if prefix not in have)
    ignorable = _IGNORABLE.search(root)
    other_ignorable = _IGNORABLE.search(other)
    if ignorable and other_ignorable:
        tokens = ignorable.group(1).split()
        tokens += [token for token in other_ignorable.group(1).split() if token not in tokens]
        root = root[: ignorable.start()] + f' mc:Ignorable="{" ".join(tokens)}"' + root[ignorable.end() :]
    if not extra:
        return root
    at = root.index("<w:document") + len("<w:document")
    return root[:at] + extra + root[at:]
