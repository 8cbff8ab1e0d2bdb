"""Hostile Word packages for tests: zip bombs that are small on disk and unpack to gigabytes.

The zip is written by hand, so a bomb of any size takes a second to build and a lying directory
(declared sizes smaller than what the data unpacks to) can be made too.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

MB = 1024 * 1024
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
    b'2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)


def _zeros_deflated(megabytes: int) -> tuple[bytes, int]:
    """`megabytes` MiB of zero bytes, deflated, and their CRC-32.

    A full flush makes each compressed MiB independent of the one before, so it is compressed once
    and repeated; an empty final block ends the stream.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    zero = bytes(MB)
    block = compressor.compress(zero) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(zero, crc)
    return block * megabytes + zlib.compressobj(9, zlib.DEFLATED, -15).flush(), crc


def write_zip(path: Path, members: list[tuple[str, int, int, int, bytes]]) -> Path:
    """A zip of (name, method, crc, declared size, stored bytes) members, exactly as given."""
    out, central, offset = [], [], 0
    for name, method, crc, size, data in members:
        encoded = name.encode()
        local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, len(data), size, len(encoded), 0)
        central.append(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                method,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
        out += [local, encoded, data]
        offset += len(local) + len(encoded) + len(data)
    directory = b"".join(central)
    out += [
        directory,
        struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), offset, 0),
    ]
    path.write_bytes(b"".join(out))
    return path


def zip_bomb(path: Path, megabytes: int = 1024, *, declared: int | None = None) -> Path:
    """A .docx whose word/document.xml is `megabytes` MiB of zeros (about 1 kB per MiB on disk).

    `declared` makes the directory lie: it states that many bytes (and their checksum) instead.
    """
    data, crc = _zeros_deflated(megabytes)
    size = megabytes * MB
    if declared is not None:
        size, crc = declared, zlib.crc32(bytes(declared))
    return write_zip(
        path,
        [
            ("[Content_Types].xml", 0, zlib.crc32(CONTENT_TYPES), len(CONTENT_TYPES), CONTENT_TYPES),
            ("word/document.xml", 8, crc, size, data),
        ],
    )
