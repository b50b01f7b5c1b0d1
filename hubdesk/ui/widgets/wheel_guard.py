"""Scrolling a long page never changes a choice the mouse passes over.

Qt gives a wheel turn to the combo box or number box under the pointer, so a receptionist
scrolling Hub settings changed the family voice questions as the boxes slid under the mouse
(seen under Xvfb). `WheelGuard`, installed on the application, sends a wheel turn over a box that
does not have the focus to the page's scroll bar instead; a box the person clicked into still
takes the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    """An application event filter: see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Wheel:
            return False
        if not isinstance(watched, QComboBox | QAbstractSpinBox) or watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is None:
            return False
        QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None
