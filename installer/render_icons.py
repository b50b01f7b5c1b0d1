"""Render resources/icons/hubdesk.svg to the PNG and ICO files the installers use.

    QT_QPA_PLATFORM=offscreen python installer/render_icons.py

Writes hubdesk.png (256 px, the Linux .desktop icon and the window icon), hubdesk-<n>.png for the
hicolor theme sizes, and hubdesk.ico (16-256 px, for the Windows executable and installer), which
is assembled here from PNG images (the ICO format allows PNG entries since Windows Vista), so no
Qt image plugin for ICO is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file whose entries are PNG images (ICONDIR, ICONDIRENTRY..., data)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "hubdesk.svg"
    rendered = [(size, png_bytes(render(svg, size))) for size in SIZES]
    for size, blob in rendered:
        if size != 256:
            (ICONS / f"hubdesk-{size}.png").write_bytes(blob)
    (ICONS / "hubdesk.png").write_bytes(dict(rendered)[256])
    (ICONS / "hubdesk.ico").write_bytes(ico_bytes(rendered))
    print(f"wrote hubdesk.png, hubdesk.ico and {len(SIZES) - 1} sizes in {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
