"""Scrolling a long page never changes a choice the mouse passes over.

Qt gives a wheel turn to the combo box or number box under the pointer, so a receptionist
scrolling Hub settings changed the family voice questions as the boxes slid under the mouse
(seen under Xvfb). `WheelGuard`, installed on the application, sends a wheel turn over a box that
does not have the focus to the page's scroll bar instead; a box the person clicked into still
takes the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


class WheelGuard(QObject):
    """An application event filter: see the module's docstring. `install` puts it on the app."""

    @classmethod
    def install(cls, app: QCoreApplication) -> WheelGuard:
        """Filter `app`'s events, once however many windows ask (each filter on the application
        costs every event a call); boxes that exist already are set to take the focus by click
        or Tab only, later ones as they are polished."""
        existing = app.findChild(WheelGuard)
        if existing is not None:
            return existing
        guard = cls(app)
        for widget in QApplication.allWidgets():
            _click_focus_only(widget)
        app.installEventFilter(guard)
        return guard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish:
            _click_focus_only(watched)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QComboBox | QAbstractSpinBox):
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is None:
            return False
        QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def _click_focus_only(widget: QObject) -> None:
    """Qt gives a wheel-focus box the focus before a wheel turn reaches the filter, so the box
    would look clicked into: it takes the focus by click or Tab only."""
    boxes = QComboBox | QAbstractSpinBox
    if isinstance(widget, boxes) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None
