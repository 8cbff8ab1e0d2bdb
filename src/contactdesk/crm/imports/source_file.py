"""A contacts file read as a stream as often as needed, never whole; each full read proves it did not change."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from contactdesk.crm.errors import ImportFileError
from contactdesk.crm.imports.decoding import CHUNK


class _HashingReader(io.RawIOBase):
    """Passes the file's bytes on and feeds them to a digest on the way."""

    def __init__(self, raw: IO[bytes], digest: Any) -> None:
        super().__init__()
        self.raw = raw
        self.digest = digest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = int(self.raw.readinto(buffer) or 0)  # type: ignore[attr-defined]
        if count:
            self.digest.update(memoryview(buffer)[:count])
        return count

    def close(self) -> None:
        self.raw.close()
        super().close()


class SourceFile:
    """The path and fingerprint (digest of the bytes) of the file as it was first read in full."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.fingerprint = ""

    def _unreadable(self, exc: OSError) -> ImportFileError:
        if isinstance(exc, FileNotFoundError):
            return ImportFileError(self.path, "missing")
        return ImportFileError(self.path, "unreadable", exc.strerror or str(exc))

    def chunks(self) -> Iterator[bytes]:
        """The raw bytes, chunk by chunk."""
        try:
            with Path(self.path).open("rb") as handle:
                while chunk := handle.read(CHUNK):
                    yield chunk
        except OSError as exc:
            raise self._unreadable(exc) from exc

    def head(self, encoding: str, characters: int) -> str:
        """The first characters of the text (for recognising vCards and sniffing the delimiter)."""
        try:
            with Path(self.path).open(encoding=encoding, errors="replace", newline="") as handle:
                return handle.read(characters)
        except OSError as exc:
            raise self._unreadable(exc) from exc

    def lines(self, encoding: str) -> Iterator[str]:
        """The text line by line, line ends untouched (as csv wants them).

        The first full read takes the file's fingerprint; a later one that finds other bytes raises.
        """
        digest = hashlib.blake2b(digest_size=16)
        try:
            raw = _HashingReader(Path(self.path).open("rb"), digest)
            with io.TextIOWrapper(
                io.BufferedReader(raw, CHUNK), encoding=encoding, errors="replace", newline=""
            ) as stream:
                yield from stream
        except OSError as exc:
            raise self._unreadable(exc) from exc
        if not self.fingerprint:
            self.fingerprint = digest.hexdigest()
        elif digest.hexdigest() != self.fingerprint:
            raise ImportFileError(self.path, "changed")
