"""Limits a Word package must keep before anything in it is unpacked (zip bombs, lying zip headers).

A .docx is a zip file. A few megabytes of zip can unpack to gigabytes ("zip bomb"), and the sizes a
zip's directory declares can lie. So, both when a document is attached and when a template is merged:
1. the file size, the number of parts, every part's declared size and compression ratio and their
   total are checked against the limits below before anything is unpacked;
2. parts are then unpacked in pieces of at most CHUNK bytes, counting what comes out, and refused
   as soon as a part gives more than it declared (or more than its limit), whatever the header says.
The limits are far above real letters: a template with photos is tens of megabytes, its XML a few.
crm/ owns this module so that both crm/ (attaching) and merge/ (merging) use the same rules.
"""

from __future__ import annotations

import bz2
import io
import itertools
import lzma
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from contactdesk.crm.errors import AttachmentError

MB = 1024 * 1024
MAX_FILE_BYTES = 200 * MB  # the .docx file itself
MAX_PARTS = 5_000  # a long report with many pictures has a few hundred
MAX_PART_BYTES = 200 * MB  # one unpacked picture, font or embedded file
MAX_XML_BYTES = 50 * MB  # one unpacked XML part: these are parsed in memory (a 300-page report: ~10 MB)
MAX_TOTAL_BYTES = 500 * MB  # everything unpacked together
# Word's XML packs 3 to 40 times smaller; a zip bomb about 1000 times. Small parts may pack as they like.
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 8 * MB
CHUNK = 1 * MB
_LOCAL = struct.Struct("<4s5H3L2H")


class DocxTooLargeError(AttachmentError):
    """A Word package is (or unpacks to) more than a letter may be; detail says which part and limit."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, "too_large")
        self.detail = detail
        # The command line prints str(error): make it a sentence saying what to do.
        self.args = (
            f"{path} is too large to use: {detail}. It may be damaged or made to harm programs; open it "
            "in Word, remove very large pictures or embedded files, save it again as .docx and try again",
        )

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.path, self.detail))


def _megabytes(size: int) -> str:
    return f"{size / MB:.0f} MB" if size >= MB else f"{size} bytes"


def limit_for(name: str) -> int:
    """How many bytes the part `name` may unpack to."""
    return MAX_XML_BYTES if name.lower().endswith((".xml", ".rels")) else MAX_PART_BYTES


def check_file_size(path: Path, label: str) -> int:
    """The size of a file; DocxTooLargeError when it is larger than MAX_FILE_BYTES (nothing read yet)."""
    try:
        size = Path(path).stat().st_size
    except FileNotFoundError:
        raise AttachmentError(label, "missing") from None
    except OSError:
        raise AttachmentError(label, "unreadable") from None
    if size > MAX_FILE_BYTES:
        raise DocxTooLargeError(label, f"the file is {_megabytes(size)}, more than {_megabytes(MAX_FILE_BYTES)}")
    return size


def check_directory(infos: list[zipfile.ZipInfo], package_size: int, label: str) -> None:
    """Refuse a package whose declared sizes, ratios or part count exceed the limits (nothing unpacked yet)."""
    if package_size > MAX_FILE_BYTES:
        raise DocxTooLargeError(
            label, f"the file is {_megabytes(package_size)}, more than {_megabytes(MAX_FILE_BYTES)}"
        )
    if len(infos) > MAX_PARTS:
        raise DocxTooLargeError(label, f"it holds {len(infos)} parts, more than {MAX_PARTS}")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise AttachmentError(label, "corrupt")  # encrypted: Word never writes that inside a .docx
        limit = limit_for(info.filename)
        if info.file_size > limit:
            raise DocxTooLargeError(
                label, f"{info.filename} unpacks to {_megabytes(info.file_size)}, more than {_megabytes(limit)}"
            )
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DocxTooLargeError(
                label,
                f"{info.filename} unpacks {info.file_size // max(info.compress_size, 1)} "
                f"times larger than it is packed (a zip bomb)",
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise DocxTooLargeError(label, f"its parts unpack to more than {_megabytes(MAX_TOTAL_BYTES)}")


class DocxPackage:
    """A .docx opened within the limits: its directory checked on opening, its parts read in bounded pieces."""

    def __init__(self, source: bytes | Path, label: str) -> None:
        self.label = label
        if isinstance(source, bytes):
            self._stream: BinaryIO = io.BytesIO(source)
            size = len(source)
        else:
            size = check_file_size(source, label)
            try:
                self._stream = Path(source).open("rb")
            except OSError:
                raise AttachmentError(label, "unreadable") from None
        try:
            self.archive = zipfile.ZipFile(self._stream)
            self.infos = self.archive.infolist()
            check_directory(self.infos, size, label)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, struct.error, ValueError):
            self.close()
            raise AttachmentError(label, "corrupt") from None
        except OSError:
            self.close()
            raise AttachmentError(label, "unreadable") from None
        except BaseException:
            self.close()
            raise
        self._by_name = {info.filename: info for info in self.infos}

    def __enter__(self) -> DocxPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the file."""
        if hasattr(self, "archive"):
            self.archive.close()
        self._stream.close()

    def names(self) -> set[str]:
        """The names of every part."""
        return set(self._by_name)

    def read(self, name: str) -> bytes:
        """One part unpacked, refused if it gives more than it declared or than its limit."""
        return b"".join(self.pieces(self._by_name[name]))

    def verify(self) -> None:
        """Unpack every part once (in bounded pieces, kept nowhere): sizes and checksums must be true."""
        for info in self.infos:
            for _piece in self.pieces(info):
                pass

    def pieces(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """A part's content in pieces of at most CHUNK bytes; never more than its declared size in all."""
        produced, crc = 0, 0
        try:
            for piece in self._unpacked(info):
                produced += len(piece)
                if produced > info.file_size:
                    # The directory understated the size: a lying header, unpacking could go on for ever.
                    raise AttachmentError(self.label, "corrupt")
                crc = zlib.crc32(piece, crc)
                yield piece
        except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, ValueError, struct.error, OSError):
            raise AttachmentError(self.label, "corrupt") from None
        if produced != info.file_size or crc != info.CRC:
            raise AttachmentError(self.label, "corrupt")

    def _unpacked(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        if info.compress_type == zipfile.ZIP_STORED:
            yield from self.packed(info)
        elif info.compress_type == zipfile.ZIP_DEFLATED:
            yield from _inflate(self.packed(info))
        elif info.compress_type in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
            # Rare in a .docx; zipfile would unpack them without a bound, so they get their own loop.
            yield from _unpack_other(self.packed(info), info.compress_type)
        else:
            raise AttachmentError(self.label, "corrupt")

    def packed(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """A part's bytes as stored in the package (compressed), in pieces."""
        self._stream.seek(info.header_offset)
        header = self._stream.read(_LOCAL.size)
        if len(header) != _LOCAL.size or header[:4] != b"PK\x03\x04":
            raise AttachmentError(self.label, "corrupt")
        fields = _LOCAL.unpack(header)
        self._stream.seek(info.header_offset + _LOCAL.size + fields[9] + fields[10])
        left = info.compress_size
        while left > 0:
            piece = self._stream.read(min(CHUNK, left))
            if not piece:
                raise AttachmentError(self.label, "corrupt")
            left -= len(piece)
            yield piece


def _inflate(packed: Iterator[bytes]) -> Iterator[bytes]:
    """Deflated pieces unpacked, never more than CHUNK bytes at a time."""
    inflater = zlib.decompressobj(-15)
    for data in packed:
        while not inflater.eof:
            piece = inflater.decompress(data, CHUNK)
            if piece:
                yield piece
            data = inflater.unconsumed_tail
            # A full piece may leave output inside zlib although all input is consumed: ask again.
            if not data and len(piece) < CHUNK:
                break
        if inflater.eof:
            return
    if not inflater.eof:
        raise zlib.error("the deflate stream ends early")


def _unpack_other(packed: Iterator[bytes], method: int) -> Iterator[bytes]:
    """bzip2 or zip's lzma pieces unpacked, never more than CHUNK bytes at a time."""
    decompressor: bz2.BZ2Decompressor | lzma.LZMADecompressor
    if method == zipfile.ZIP_BZIP2:
        decompressor = bz2.BZ2Decompressor()
    else:
        first = b"".join(itertools.islice(packed, 1))
        # zip's lzma: version (2 bytes), size of the properties (2), properties (lc/lp/pb, dictionary size).
        (props_size,) = struct.unpack("<H", first[2:4])
        props = first[4 : 4 + props_size]
        if len(props) != 5:
            raise zlib.error("bad lzma properties")
        lclppb, dict_size = props[0], int.from_bytes(props[1:5], "little")
        decompressor = lzma.LZMADecompressor(
            lzma.FORMAT_RAW,
            filters=[
                {
                    "id": lzma.FILTER_LZMA1,
                    "dict_size": dict_size,
                    "lc": lclppb % 9,
                    "lp": lclppb // 9 % 5,
                    "pb": lclppb // 45,
                }
            ],
        )
        packed = itertools.chain([first[4 + props_size :]], packed)
    for data in packed:
        piece = decompressor.decompress(data, CHUNK)
        yield piece
        while not decompressor.needs_input and not decompressor.eof:
            yield decompressor.decompress(b"", CHUNK)
        if decompressor.eof:
            return
