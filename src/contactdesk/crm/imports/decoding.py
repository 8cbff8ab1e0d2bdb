"""Turn the bytes of a contacts file into text: UTF-8 (with or without BOM), UTF-16, or Windows-1252."""

from __future__ import annotations

import codecs


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


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with.

    A BOM decides when there is one. Otherwise strict UTF-8 is tried first: text in another encoding
    almost never happens to be valid UTF-8, while Windows-1252 accepts nearly any byte, so it can only
    be the fallback (Outlook on Windows writes its CSV export in the ANSI code page).
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    guessed = _looks_utf16(data)
    if guessed:
        return data.decode(guessed, errors="replace"), guessed
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # Five bytes have no Windows-1252 character; Latin-1 reads them as control characters.
        return data.decode("latin-1"), "latin-1"
