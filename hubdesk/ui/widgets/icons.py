"""Icons: small SVGs in resources/icons, drawn in whatever colour the theme gives the text.

The SVGs use `currentColor`; `render_icon` substitutes a colour and rasterises, so the same icon
works on a green button, a white card and the high-contrast theme.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from hubdesk.ui.resources import resource_path


@lru_cache(maxsize=64)
def _svg_text(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


@lru_cache(maxsize=512)
def _renderer(name: str, colour: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg_text(name).replace("currentColor", colour).encode()))


def render_icon(name: str, colour: str, size: int, device_ratio: float = 1.0) -> QPixmap:
    """The icon `name` in `colour` (#rrggbb) as a square pixmap of `size` logical pixels."""
    px = max(1, round(size * device_ratio))
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    _renderer(name, colour).render(painter, QRectF(0, 0, px, px))
    painter.end()
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


def icon(name: str, colour: str, size: int = 48) -> QIcon:
    return QIcon(render_icon(name, colour, size))


# Icons that point somewhere: drawn mirrored when the layout runs right to left.
DIRECTIONAL = frozenset({"back", "next", "sign-in", "sign-out"})


class IconView(QWidget):
    """Paints an icon in the widget's own text colour (so style sheets recolour it)."""

    def __init__(self, name: str, size: int = 48, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._size = size
        self.setFixedSize(QSize(size, size))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName("")  # decorative: the text beside it says what it means

    def set_icon(self, name: str) -> None:
        self._name = name
        self.update()

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        pix = render_icon(self._name, QColor(colour).name(), self._size, self.devicePixelRatioF())
        if self._name in DIRECTIONAL and self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        painter.drawPixmap(0, 0, pix)
        painter.end()
