"""PDF through LibreOffice in headless mode, when it is installed; never a hang.

Each call gets its own throw-away LibreOffice profile (two soffice processes sharing one profile:
the second fails silently, design.md §10) and a time limit, after which the whole process group is
killed. The PDF appears under its final name only when it is complete.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from contactdesk.merge.errors import LibreOfficeMissingError, PdfConversionError
from contactdesk.merge.render import write_atomically

_WINDOWS = [
    Path(os.environ.get(var, default)) / "LibreOffice" / "program" / "soffice.exe"
    for var, default in (("PROGRAMFILES", r"C:\Program Files"), ("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
]
_MACOS = [
    Path(root) / "LibreOffice.app" / "Contents" / "MacOS" / "soffice"
    for root in ("/Applications", Path.home() / "Applications")
]
# LibreOffice's own Linux packages (the download, not the distribution's) install to /opt/libreofficeX.Y and
# put only a versioned command (libreoffice7.6) on PATH.
_LINUX_OPT = Path("/opt")
# The Windows installer records its program folder here, wherever the user chose to install it.
_WINDOWS_REGISTRY = r"SOFTWARE\LibreOffice\UNO\InstallPath"
SECONDS_PER_CALL = 60.0
SECONDS_PER_FILE = 5.0


# How LibreOffice is installed here: "linux" (the distribution's packages) or "download" (the installer
# from DOWNLOAD_URL). The faces word the hint themselves: the GUI in the user's language.
DEBIAN_PACKAGES = "libreoffice-writer-nogui fonts-crosextra-carlito"
DOWNLOAD_URL = "https://www.libreoffice.org/download/"


def install_source() -> str:
    """Where LibreOffice comes from on this system: "linux" (packages) or "download"."""
    return "linux" if sys.platform.startswith("linux") else "download"


def install_hint(source: str | None = None) -> str:
    """What to install to get PDF output, in English (the command line and logs)."""
    if (source or install_source()) == "linux":
        return (
            "install LibreOffice Writer, on Debian or Ubuntu: sudo apt-get install libreoffice-writer-nogui "
            "(and fonts-crosextra-carlito for Calibri-compatible text)"
        )
    return f"install LibreOffice from {DOWNLOAD_URL}"


def _windows_registered() -> list[Path]:
    """soffice.exe in the folder LibreOffice's installer registered (machine-wide or for this user)."""
    if sys.platform != "win32":  # also tells the type checker that winreg is there below
        return []
    import winreg  # noqa: PLC0415 - Windows only

    found = []
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            with winreg.OpenKey(hive, _WINDOWS_REGISTRY) as key:
                found.append(Path(winreg.QueryValue(key, None)) / "soffice.exe")
        except OSError:
            continue
    return found


def _installed_places() -> list[Path]:
    """Where LibreOffice's installer puts the program on this OS, in the order to try them."""
    if sys.platform == "win32":
        return [*_windows_registered(), *_WINDOWS]
    if sys.platform == "darwin":
        return list(_MACOS)
    # The newest version first: /opt/libreoffice24.8 before /opt/libreoffice7.6.
    return sorted(
        _LINUX_OPT.glob("libreoffice*/program/soffice"),
        key=lambda path: [int(part) for part in re.findall(r"\d+", path.parent.parent.name)],
        reverse=True,
    )


def find_soffice() -> Path | None:
    """The LibreOffice program: on PATH (soffice or libreoffice), else where its installer puts it.

    The installed places matter most for the built app: started from the Finder or the Start menu, it
    gets a minimal PATH that holds no LibreOffice.
    """
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((path for path in _installed_places() if path.is_file()), None)


def _kill(process: subprocess.Popen[bytes]) -> None:
    try:
        if sys.platform == "win32":
            process.kill()
        else:
            os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()


def convert_to_pdf(documents: Sequence[Path], out_dir: Path | None = None, timeout: float | None = None) -> list[Path]:
    """One PDF per document (beside it, or in out_dir), all in one LibreOffice run; returns their paths."""
    program = find_soffice()
    if program is None:
        raise LibreOfficeMissingError(install_source(), install_hint())
    documents = [Path(document).resolve() for document in documents]
    if not documents:
        return []
    limit = timeout if timeout is not None else SECONDS_PER_CALL + SECONDS_PER_FILE * len(documents)
    with tempfile.TemporaryDirectory(prefix="contactdesk-pdf-") as work:
        profile = Path(work) / "profile"
        produced = Path(work) / "out"
        produced.mkdir()
        command = [
            str(program),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(produced),
            *map(str, documents),
        ]
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=sys.platform != "win32",
        )
        try:
            output, _ = process.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            _kill(process)
            raise PdfConversionError(
                str(documents[0]), "timeout", f"LibreOffice did not finish in {limit:g} s"
            ) from None
        text = output.decode("utf-8", "replace")
        results = []
        for document in documents:
            made = produced / (document.stem + ".pdf")
            if not made.is_file() or made.stat().st_size == 0:
                raise PdfConversionError(str(document), "failed", text)
            final = (Path(out_dir) if out_dir else document.parent) / made.name
            # Copied, not moved: the final name never shows a half-copied PDF, and the file gets the user's
            # usual permissions (umask), not those LibreOffice gave it.
            results.append(write_atomically(final, made.read_bytes(), "pdf"))
        return results
