"""Records written once and read back any number of times from a temporary file, not from memory.

A check of 800,000 rows keeps its parsed rows here (~100 bytes each on disk) instead of as Python
objects (~2 KB each in memory). Blocks of records are marshalled: marshal reads and writes tuples of
str/int/bool an order of magnitude faster than pickle or csv, and the file never leaves this process.
"""

from __future__ import annotations

import marshal
import tempfile
import zlib
from collections.abc import Iterator
from typing import Any

BLOCK = 2000


class Spool:
    """Append tuples, then iterate them in order, as often as needed; the file goes when the spool does."""

    def __init__(self) -> None:
        # Deleted by the operating system as soon as it is closed (or the process ends).
        self._file = tempfile.TemporaryFile(prefix="contactdesk-import-")
        self._pending: list[tuple[Any, ...]] = []
        self._ends: list[int] = []
        self.count = 0

    def append(self, record: tuple[Any, ...]) -> None:
        """Add one record at the end."""
        self._pending.append(record)
        self.count += 1
        if len(self._pending) >= BLOCK:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        self._file.seek(0, 2)
        # Level 1 costs ~5% of the check's time and makes the file 3-5 times smaller: most fields are blank.
        self._file.write(zlib.compress(marshal.dumps(self._pending), 1))
        self._ends.append(self._file.tell())
        self._pending = []

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        self._flush()
        start = 0
        for end in list(self._ends):
            self._file.seek(start)
            block = marshal.loads(zlib.decompress(self._file.read(end - start)))
            start = end
            yield from block

    def __len__(self) -> int:
        return self.count

    def close(self) -> None:
        """Give the disk space back now rather than when the spool is collected."""
        self._file.close()
