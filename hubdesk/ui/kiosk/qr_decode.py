"""Decoding QR codes from camera frames (or any picture) with zxing-cpp.

`decode_qr` is the one path every picture takes: camera frames and the generated images tests
feed in. It is plain data in, plain data out, so it runs on a worker thread.
"""

from __future__ import annotations

from typing import Any

import zxingcpp
from PySide6.QtGui import QImage


def decode_qr(image: QImage | Any) -> list[str]:
    """The texts of the QR codes in `image` (a QImage, a numpy array, a PIL image, or a buffer
    zxing-cpp accepts). An empty list if there are none. Runs on any thread; touches no widget."""
    if isinstance(image, QImage):
        if image.isNull():
            return []
        # zxing-cpp reads 8-bit grey (and 32-bit) QImages but not 1-bit or indexed ones.
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    barcodes = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    return [b.text for b in barcodes if b.text]
