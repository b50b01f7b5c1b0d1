"""Paper from HTML: an A4 page painted by QTextDocument, to a PDF file (user-only) or a printer.

The roll call, the session register and the subject access PDF all print this way. Runs on a
worker thread: touches no widget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from hubdesk.security.files import private_output


def paint_html(doc_html: str, device: QPagedPaintDevice, *, landscape: bool = False) -> None:
    """Paint `doc_html` on A4 pages of `device` (a PDF writer or a printer), 10 pt sans serif."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    # QTextDocument.print_ keeps its own 2 cm margins: the device adds none
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    doc = QTextDocument()
    font = QFont("Sans Serif")
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setHtml(doc_html)
    doc.print_(device)  # paginates and scales to the page itself


def write_html_pdf(doc_html: str, path: Path, title: str, *, landscape: bool = False) -> Path:
    """Write `doc_html` as a PDF at `path`, user-only from the first byte, replaced atomically."""
    with private_output(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setResolution(300)
        paint_html(doc_html, writer, landscape=landscape)
        del writer  # flushes and closes the file
    return path
