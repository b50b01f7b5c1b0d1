"""Places keys on a grid of equal units, so that every letter key is the same size.

A layout of rows of different lengths (QWERTY's 10, 9 and 7) with wide keys (Space) is easier
to describe in key units than with QGridLayout: each key has a row, a column in units (halves
allowed, for the stagger of a keyboard's rows) and a width in units. The unit grows with the
text size (the style sheet's touch target, or the widest label) and with the room the grid is
given, up to `MAX_STRETCH` times its smallest; the block of keys is centred.

Keyboards keep their shape in a right-to-left screen, as a phone's or a PC's do (Arabic
keyboards start with ض on the left); a grid made with `mirror=True` (the date picker's years,
months and days, read in the screen's direction) is mirrored instead.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hubdesk.ui.widgets.keys.key_button import KeyButton

KEY_SPACING_PX = 6
MAX_STRETCH = 1.6


@dataclass(frozen=True)
class Placed:
    """Where a key goes: row from 0 at the top, column and span in key units."""

    key: KeyButton
    row: int
    col: float
    span: float = 1.0


class KeyGrid(QWidget):
    """Holds keys placed in units; `set_keys` replaces the placement (keys left out are
    hidden, not deleted, so a keyboard can swap its letters and keep its controls)."""

    def __init__(
        self,
        *,
        columns: float = 0.0,
        mirror: bool = False,
        spacing: int = KEY_SPACING_PX,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._mirror = mirror
        self._spacing = spacing
        self._placed: list[Placed] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # --- contents -------------------------------------------------------------------------

    def set_keys(self, placed: Iterable[Placed]) -> None:
        new = list(placed)
        keep = {id(p.key) for p in new}
        for old in self._placed:
            if id(old.key) not in keep:
                old.key.hide()
        self._placed = new
        for p in new:
            if p.key.parentWidget() is not self:
                p.key.setParent(self)
            p.key.show()
        self._relayout()

    def placed_keys(self) -> list[KeyButton]:
        """The keys placed now, top row first, in the order they were given."""
        return [p.key for p in self._placed]

    def set_spacing(self, spacing: int) -> None:
        self._spacing = spacing
        self._relayout()

    # --- sizes ----------------------------------------------------------------------------

    def _visible(self) -> list[Placed]:
        return [p for p in self._placed if not p.key.isHidden()]

    def columns(self) -> float:
        used = max((p.col + p.span for p in self._visible()), default=0.0)
        return max(self._columns, used)

    def rows(self) -> int:
        return max((p.row + 1 for p in self._visible()), default=0)

    def _min_unit(self) -> tuple[int, int]:
        """The smallest key unit (width) and row height that show every key whole."""
        unit = 0
        height = 0
        for p in self._visible():
            need = p.key.needed_size()
            unit = max(unit, math.ceil((need.width() - (p.span - 1) * self._spacing) / p.span))
            height = max(height, need.height())
        return unit, height

    def _extent(self, unit: float, height: int) -> QSize:
        cols = self.columns()
        rows = self.rows()
        width = cols * unit + max(0.0, cols - 1) * self._spacing if cols else 0.0
        return QSize(math.ceil(width), rows * height + max(0, rows - 1) * self._spacing)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._extent(*self._min_unit())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    # --- placing --------------------------------------------------------------------------

    def _place(self) -> None:
        visible = self._visible()
        if not visible:
            return
        min_unit, height = self._min_unit()
        cols = self.columns()
        room = (self.width() - max(0.0, cols - 1) * self._spacing) / cols
        unit = max(float(min_unit), min(room, min_unit * MAX_STRETCH))
        block = self._extent(unit, height)
        x0 = max(0, (self.width() - block.width()) // 2)
        rtl = self._mirror and self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        step = unit + self._spacing
        for p in visible:
            left = round(x0 + p.col * step)
            right = round(x0 + (p.col + p.span) * step - self._spacing)
            rect = QRect(left, p.row * (height + self._spacing), right - left, height)
            if rtl:
                rect.moveLeft(self.width() - rect.right() - 1)
            p.key.setGeometry(rect)

    def _relayout(self) -> None:
        self.updateGeometry()
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place()

    def event(self, event: QEvent) -> bool:
        # A key's size hint changed (new text, a style sheet with larger text): lay out again.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.StyleChange):
            self._relayout()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._place()
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._place()
