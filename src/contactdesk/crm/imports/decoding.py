"""Tell the encoding of a contacts file: UTF-8 (with or without BOM), UTF-16, or Windows-1252.

The file is looked at in chunks, so a large file is never held in memory as a whole.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable, Iterator

CHUNK = 1024 * 1024


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: Latin text has a zero byte in every other position."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.4 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.4 and odd_zeros < half * 0.05:
        return "utf-16-be"
    return None


def _decodes(encoding: str, chunks: Iterable[bytes]) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        for chunk in chunks:
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect(head: bytes, chunks: Callable[[], Iterator[bytes]]) -> str:
    """The encoding to read the file with; `chunks()` gives the whole file again, chunk by chunk.

    A BOM decides when there is one. Otherwise strict UTF-8 is tried first: text in another encoding
    almost never happens to be valid UTF-8, while Windows-1252 accepts nearly any byte, so it can only
    be the fallback (Outlook on Windows writes its CSV export in the ANSI code page).
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    guessed = _looks_utf16(head)
    if guessed:
        return guessed
    if _decodes("utf-8", chunks()):
        return "utf-8"
    # Five bytes have no Windows-1252 character; Latin-1 reads them as control characters.
    return "cp1252" if _decodes("cp1252", chunks()) else "latin-1"


def decode(data: bytes) -> tuple[str, str]:
    """The text of a whole file held in memory and the name of the encoding it was read with."""
    encoding = detect(data[:CHUNK], lambda: iter((data,)))
    return data.decode(encoding, errors="replace"), encoding
