"""Printing a family's pass card (QR, short code, hub name) on a printer or to a PDF.

`print_pass_card` takes plain data and paints on a QPrinter, which Qt allows off the GUI thread;
it touches no widget, so the kiosk runs it through the TaskRunner and never freezes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from hubdesk.security.files import private_output
from hubdesk.security.passes import render_qr_png


@dataclass(frozen=True)
class PassCard:
    """What goes on the card: no names, nothing personal."""

    qr_payload: str
    short_code: str  # display form XXXX-XXXX-C
    hub_name: str
    caption: str  # "Scan this at the kiosk, or type the code" in the family's language

    def __repr__(self) -> str:  # keep credentials out of logs
        return "PassCard(...)"


def print_pass_card(card: PassCard, *, pdf_path: Path | None = None, printer_name: str = "") -> str:
    """Print the card (to `pdf_path` if given, else to `printer_name` or the default printer).

    A PDF is written user-only (0600) from its first byte, atomically: the card opens the
    family's record to whoever holds it. Runs on a worker thread: touches no widget. Returns where
    it went ("pdf" or the printer).
    """
    if pdf_path is not None:
        with private_output(pdf_path) as tmp:
            _paint_card(card, tmp, "")
        return "pdf"
    _paint_card(card, None, printer_name)
    return printer_name or "default"


def _paint_card(card: PassCard, pdf_path: Path | None, printer_name: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout.Unit.Millimeter)
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_path))
    elif printer_name:
        printer.setPrinterName(printer_name)
    qr = QImage.fromData(render_qr_png(card.qr_payload, box_size=8))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not start")
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        w, h = page.width(), page.height()
        title = QFont("Sans Serif")
        title.setPointSizeF(14)
        title.setBold(True)
        painter.setFont(title)
        painter.drawText(QRectF(0, 0, w, h * 0.12), Qt.AlignmentFlag.AlignCenter, card.hub_name)
        side = min(w * 0.8, h * 0.6)
        painter.drawImage(QRectF((w - side) / 2, h * 0.14, side, side), qr)
        code = QFont("Monospace")
        code.setStyleHint(QFont.StyleHint.Monospace)
        code.setPointSizeF(20)
        code.setBold(True)
        painter.setFont(code)
        below = h * 0.14 + side
        painter.drawText(
            QRectF(0, below, w, h * 0.12), Qt.AlignmentFlag.AlignCenter, card.short_code
        )
        body = QFont("Sans Serif")
        body.setPointSizeF(10)
        painter.setFont(body)
        painter.drawText(
            QRectF(0, below + h * 0.12, w, h - below - h * 0.12),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            card.caption,
        )
    finally:
        painter.end()
