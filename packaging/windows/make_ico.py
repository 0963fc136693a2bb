"""Render desktop/ui/icons/app.svg into packaging/windows/halotki.ico (run after editing the SVG).

The .ico is the Windows face of the app: the executables' icon (PyInstaller) and the
installer's and uninstaller's (Inno Setup). It holds one PNG-compressed image per size
Explorer asks for, which every Windows since Vista reads.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/windows/make_ico.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "desktop" / "ui" / "icons" / "app.svg"
ICO = Path(__file__).resolve().parent / "halotki.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: list[tuple[int, bytes]]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    directory, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + directory + blobs


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} could not be read", file=sys.stderr)
        return 1
    ICO.write_bytes(ico([(size, render_png(renderer, size)) for size in SIZES]))
    print(ICO)
    return 0


if __name__ == "__main__":
    sys.exit(main())
