"""Render the application icon (resources/icons/contactdesk.svg) to the files the app and installers use.

Usage: python tools/make_icons.py [--check]

Writes contactdesk-<size>.png for every size in SIZES (Qt's SVG renderer, so the app needs no SVG
support at run time), contactdesk.ico (Windows: 16–256 px in one file) and contactdesk.icns (macOS).
The .ico and .icns need Pillow (`pip install pillow`). --check renders the PNGs in memory and fails
when a committed one differs, so a changed SVG cannot be forgotten.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "contactdesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    """The icon at size×size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_bundles() -> None:
    """contactdesk.ico and contactdesk.icns from the rendered PNGs (Pillow)."""
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed: PNGs written, .ico and .icns left as they were (pip install pillow).")
        return
    largest = Image.open(ICONS / "contactdesk-512.png")
    largest.save(ICONS / "contactdesk.ico", sizes=[(size, size) for size in ICO_SIZES])
    largest.save(ICONS / "contactdesk.icns")


def main() -> int:
    """Regenerate (or, with --check, compare) the icon files."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="only compare the committed PNGs with the SVG")
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    stale = []
    for size in SIZES:
        target = ICONS / f"contactdesk-{size}.png"
        png = render(size)
        if args.check:
            if not target.is_file() or target.read_bytes() != png:
                stale.append(target.name)
        else:
            target.write_bytes(png)
    if args.check:
        if stale:
            print("Out of date (run python tools/make_icons.py): " + ", ".join(stale))
            return 1
        return 0
    write_bundles()
    print(f"Wrote {len(SIZES)} PNGs, contactdesk.ico and contactdesk.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
