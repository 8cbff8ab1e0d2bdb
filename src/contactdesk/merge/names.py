"""Safe, unique letter file names inside one chosen folder: `<number> - <name>.docx`.

Names come from contact data, which anyone could have typed or imported, so a name may never
leave the folder (`../../etc/passwd`), never be a device name Windows reserves (`CON`, `LPT1`),
never hold characters a file system refuses, and never collide with another letter of the run
(also not by case only, since Windows and macOS folders ignore case).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

MAX_STEM = 120  # well below every file system's limit, leaving room for " (2)" and the folder path
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
    "COM¹",
    "COM²",
    "COM³",
    "LPT¹",
    "LPT²",
    "LPT³",
}


def clean_part(text: str) -> str:
    """One piece of a file name with everything unsafe replaced; may be empty."""
    text = unicodedata.normalize("NFC", text or "")
    text = _FORBIDDEN.sub(" ", text)
    text = "".join(char for char in text if unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp"))
    text = " ".join(text.split())
    # Leading dots would hide the file (or spell "..") and trailing dots/spaces vanish on Windows.
    return text.strip(" .")


def safe_stem(number: str, name: str, fallback: str = "letter") -> str:
    """`<number> - <name>`, cleaned and trimmed; never empty, never a reserved device name."""
    parts = [part for part in (clean_part(number), clean_part(name)) if part]
    stem = " - ".join(parts) or fallback
    if len(stem) > MAX_STEM:
        stem = stem[:MAX_STEM].rstrip(" .-")
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = "_" + stem
    return stem


class LetterNames:
    """Hands out unique file names for one merge run, all directly inside `folder`."""

    def __init__(self, folder: Path, extension: str = ".docx") -> None:
        self.folder = Path(folder)
        self.extension = extension
        self._taken: set[str] = set()

    def path_for(self, number: str, name: str, extension: str | None = None) -> Path:
        """A new, unused path for the letter of one contact."""
        extension = extension or self.extension
        stem = safe_stem(number, name)
        candidate = stem
        counter = 1
        while (candidate + extension).casefold() in self._taken:
            counter += 1
            candidate = f"{stem} ({counter})"
        self._taken.add((candidate + extension).casefold())
        path = self.folder / (candidate + extension)
        # Belt and braces: whatever the cleaning missed, the result must sit directly in the folder.
        if path.parent != self.folder or Path(path.name).name != path.name or path.name in (".", ".."):
            raise ValueError(f"unsafe letter name {path.name!r}")
        return path
