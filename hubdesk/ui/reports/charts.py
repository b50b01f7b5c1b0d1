"""The reports screen's charts: plain data in, a bar chart widget out, painted with QPainter.

Not Qt Charts: that module is offered under GPL-3.0 or a commercial licence only, never LGPL, and
the bundle ships no GPL-only Qt module (docs/licensing.md). A one-series bar chart is a few
rectangles, a value axis with round ticks and the category names, which is all these charts are.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#1b6ca8")
GRID = QColor("#d0d7de")
PAD = 8


def nice_ticks(top_value: int, count: int = 5) -> list[int]:
    """Round ticks from 0 that cover `top_value` (at least 0..5): 0, 5, 10... or 0, 20, 40..."""
    top = max(5, top_value)
    raw = top / max(1, count - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step = max(1, math.ceil(step))
    ticks = [0]
    while ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return ticks


class BarChart(QWidget):
    """A one-series bar chart with a title, a value axis and every category named.

    Vertical bars run in time order from the reading start; horizontal bars list the first item
    at the top. In right-to-left layouts the whole chart is mirrored, as Qt mirrors layouts.
    """

    def __init__(
        self,
        title: str,
        labels: Sequence[str],
        values: Sequence[int],
        *,
        horizontal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.labels = list(labels)
        self.values = [int(v) for v in values]
        self.horizontal = horizontal
        self.ticks = nice_ticks(max(self.values, default=0))
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(
            "\n".join(
                f"{label}: {value:,}" for label, value in zip(self.labels, self.values, strict=True)
            )
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        rows = len(self.labels) if self.horizontal else 10
        return QSize(480, max(240, 60 + rows * 24))

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        del event
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        text = self.palette().color(QPalette.ColorRole.Text)
        title_font = QFont(self.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(text)
        title_h = QFontMetrics(title_font).height()
        p.drawText(
            QRectF(PAD, PAD, self.width() - 2 * PAD, title_h),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        p.setFont(self.font())
        area = QRectF(
            PAD, PAD + title_h + PAD, self.width() - 2 * PAD, self.height() - title_h - 3 * PAD
        )
        if self.isRightToLeft():  # mirror the drawing; text is drawn unmirrored below
            p.translate(self.width(), 0)
            p.scale(-1, 1)
        if self.horizontal:
            self._paint_horizontal(p, area, text)
        else:
            self._paint_vertical(p, area, text)
        p.end()

    def _text(self, p: QPainter, rect: QRectF, flags: Qt.AlignmentFlag, words: str) -> None:
        """Draw text readable in a mirrored painter: un-mirror the rectangle and the alignment."""
        if self.isRightToLeft():
            rect = QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())
            if flags & Qt.AlignmentFlag.AlignRight:
                flags = (flags & ~Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignLeft
            elif flags & Qt.AlignmentFlag.AlignLeft:
                flags = (flags & ~Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignRight
            p.save()
            p.resetTransform()  # AlignAbsolute: left means left, whatever the text's direction
            p.drawText(rect, int(flags | Qt.AlignmentFlag.AlignAbsolute), words)
            p.restore()
        else:
            p.drawText(rect, int(flags), words)

    def _paint_vertical(self, p: QPainter, area: QRectF, text: QColor) -> None:
        fm = QFontMetrics(self.font())
        top = self.ticks[-1]
        axis_w = fm.horizontalAdvance(f"{top:,}") + PAD
        rotate = len(self.labels) > 16
        label_h = (
            (max((fm.horizontalAdvance(s) for s in self.labels), default=0) + PAD)
            if rotate
            else fm.height() + 4
        )
        plot = QRectF(
            area.left() + axis_w, area.top(), area.width() - axis_w, area.height() - label_h
        )
        self._grid(p, plot, text, fm, vertical=True)
        n = max(1, len(self.values))
        slot = plot.width() / n
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BAR)
        for i, value in enumerate(self.values):
            h = plot.height() * value / top
            p.drawRect(
                QRectF(plot.left() + i * slot + slot * 0.15, plot.bottom() - h, slot * 0.7, h)
            )
        p.setPen(text)
        for i, label in enumerate(self.labels):
            x = plot.left() + i * slot
            if rotate:
                centre = x + slot / 2
                if self.isRightToLeft():
                    centre = self.width() - centre
                p.save()
                p.resetTransform()
                p.translate(QPointF(centre + fm.ascent() / 2 - 2, plot.bottom() + 4))
                p.rotate(-90)
                p.drawText(
                    QRectF(-label_h, -fm.ascent(), label_h - 4, fm.height()),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    label,
                )
                p.restore()
            else:
                self._text(
                    p,
                    QRectF(x, plot.bottom() + 2, slot, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )

    def _paint_horizontal(self, p: QPainter, area: QRectF, text: QColor) -> None:
        fm = QFontMetrics(self.font())
        top = self.ticks[-1]
        label_w = min(
            area.width() * 0.45,
            max((fm.horizontalAdvance(s) for s in self.labels), default=0) + 2 * PAD,
        )
        plot = QRectF(
            area.left() + label_w,
            area.top(),
            area.width() - label_w,
            area.height() - fm.height() - 4,
        )
        self._grid(p, plot, text, fm, vertical=False)
        n = max(1, len(self.values))
        slot = plot.height() / n
        for i, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            y = plot.top() + i * slot
            w = plot.width() * value / top
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BAR)
            p.drawRect(QRectF(plot.left(), y + slot * 0.15, w, slot * 0.7))
            p.setPen(text)
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - PAD))
            self._text(
                p,
                QRectF(area.left(), y, label_w - PAD, slot),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )

    def _grid(
        self, p: QPainter, plot: QRectF, text: QColor, fm: QFontMetrics, *, vertical: bool
    ) -> None:
        top = self.ticks[-1]
        for tick in self.ticks:
            p.setPen(GRID)
            if vertical:
                y = plot.bottom() - plot.height() * tick / top
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                p.setPen(text)
                self._text(
                    p,
                    QRectF(0, y - fm.height() / 2, plot.left() - 4, fm.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{tick:,}",
                )
            else:
                x = plot.left() + plot.width() * tick / top
                p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                p.setPen(text)
                self._text(
                    p,
                    QRectF(x - 40, plot.bottom() + 2, 80, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    f"{tick:,}",
                )


def bar_chart_view(
    name: str,
    title: str,
    labels: Sequence[str],
    values: Sequence[int],
    *,
    horizontal: bool = False,
    parent: QWidget | None = None,
) -> BarChart:
    """A one-series bar chart. `name` is the widget's object name (tests find it by that)."""
    chart = BarChart(title, labels, values, horizontal=horizontal, parent=parent)
    chart.setObjectName(name)
    chart.setAccessibleName(title)
    return chart
