"""Write .docx packages fast: members a letter does not change keep their compressed bytes.

A letter differs from its template only in a few XML parts (the body, headers, footers). zipfile
would inflate and deflate styles.xml (350 kB in the sample letters) for every letter; here every
unchanged member is compressed once, when the template is prepared, and copied as bytes.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

from contactdesk.crm.docx_limits import DocxPackage
from contactdesk.crm.errors import AttachmentError

_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_UTF8 = 0x800
_LIMIT = 0xFFFFFFFF  # no zip64: a letter is far smaller


@dataclass(frozen=True)
class _Member:
    name: bytes
    flags: int
    method: int
    dos_time: int
    dos_date: int
    crc: int
    size: int
    data: bytes  # compressed as stored


def _dos(date_time: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    year, month, day, hour, minute, second = date_time
    return hour << 11 | minute << 5 | second // 2, max(year - 1980, 0) << 9 | month << 5 | day


class ZipBlueprint:
    """The members of one package, in order, ready to be written with some of them replaced."""

    def __init__(self, package: bytes, source: str = "template") -> None:
        self.members: list[_Member] = []
        # The package's sizes are checked before anything is unpacked; the parts copied here stay
        # packed (TemplateSource has unpacked each once, in bounded pieces, to prove them true).
        with DocxPackage(package, source) as checked:
            for info in checked.infos:
                if info.file_size >= _LIMIT or info.compress_size >= _LIMIT:
                    raise AttachmentError(source, "corrupt")
                data = b"".join(checked.packed(info))
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    # Rare methods (bzip2, lzma) are re-deflated once, so every letter is readable by Word.
                    data = _deflate(checked.read(info.filename))
                    method = zipfile.ZIP_DEFLATED
                else:
                    method = info.compress_type
                time, date = _dos(info.date_time)
                self.members.append(
                    _Member(
                        info.filename.encode("utf-8"),
                        _UTF8 if not info.filename.isascii() else 0,
                        method,
                        time,
                        date,
                        info.CRC,
                        info.file_size,
                        data,
                    )
                )
        self.names = [member.name.decode("utf-8") for member in self.members]

    def build(self, replacements: Mapping[str, bytes], additions: Mapping[str, bytes] | None = None) -> bytes:
        """The package with some members' contents replaced (and new members appended)."""
        out: list[bytes] = []
        central: list[bytes] = []
        offset = 0
        members = list(self.members)
        template_time = (members[0].dos_time, members[0].dos_date) if members else _dos((2025, 1, 1, 0, 0, 0))
        for name in additions or {}:
            members.append(
                _Member(
                    name.encode("utf-8"),
                    0 if name.isascii() else _UTF8,
                    zipfile.ZIP_DEFLATED,
                    *template_time,
                    0,
                    0,
                    b"",
                )
            )
        for member in members:
            text_name = member.name.decode("utf-8")
            content: bytes | None = (
                replacements.get(text_name) if additions is None or text_name not in additions else additions[text_name]
            )
            if content is not None:
                member = _Member(
                    member.name,
                    member.flags,
                    zipfile.ZIP_DEFLATED,
                    member.dos_time,
                    member.dos_date,
                    zlib.crc32(content),
                    len(content),
                    _deflate(content),
                )
            version = 20
            local = _LOCAL.pack(
                b"PK\x03\x04",
                version,
                member.flags,
                member.method,
                member.dos_time,
                member.dos_date,
                member.crc,
                len(member.data),
                member.size,
                len(member.name),
                0,
            )
            central.append(
                _CENTRAL.pack(
                    b"PK\x01\x02",
                    version,
                    version,
                    member.flags,
                    member.method,
                    member.dos_time,
                    member.dos_date,
                    member.crc,
                    len(member.data),
                    member.size,
                    len(member.name),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
                + member.name
            )
            out += [local, member.name, member.data]
            offset += len(local) + len(member.name) + len(member.data)
        directory = b"".join(central)
        out += [directory, _END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), offset, 0)]
        return b"".join(out)


def _deflate(content: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(content) + compressor.flush()
