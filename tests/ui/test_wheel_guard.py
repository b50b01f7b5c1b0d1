"""Scrolling a long desk page never changes a choice the mouse passes over (hubdesk/ui/widgets/
wheel_guard.py): found under Xvfb, where scrolling Hub settings turned a family voice question
into "our own question"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QVBoxLayout, QWidget

from hubdesk.ui.widgets.wheel_guard import WheelGuard


def _turn(widget: QWidget) -> None:
    """One notch of the wheel, away from the person, over the middle of `widget`."""
    at = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        at, QPointF(widget.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_a_wheel_over_a_box_scrolls_the_page_unless_the_box_was_clicked_into(qtbot):
    area = QScrollArea()
    page = QWidget()
    column = QVBoxLayout(page)
    choice = QComboBox()
    choice.addItems(["Did you get the help you came for?", "Our own question"])
    column.addWidget(choice)
    column.addSpacing(3000)
    area.setWidget(page)
    area.resize(400, 300)
    qtbot.addWidget(area)
    app = QApplication.instance()
    assert WheelGuard.install(app) is WheelGuard.install(app)  # one filter, however often asked
    area.show()
    qtbot.waitExposed(area)
    # Qt would give a wheel-focus box the focus before the turn is delivered: the guard makes
    # every box take the focus by click or Tab only, so a turn cannot make it look clicked into
    assert choice.focusPolicy() == Qt.FocusPolicy.StrongFocus

    _turn(choice)
    assert choice.currentIndex() == 0  # the choice stays
    assert area.verticalScrollBar().value() > 0  # and the page scrolled

    choice.setFocus()
    qtbot.waitUntil(choice.hasFocus)
    _turn(choice)
    assert choice.currentIndex() == 1  # a box the person clicked into takes the wheel
