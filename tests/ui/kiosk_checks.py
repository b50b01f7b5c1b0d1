"""Helpers the kiosk tests share: walk every screen as a family would, and look for text that is
clipped, widgets that overlap, controls without names or smaller than 48 px.

Imported by the tests in this folder as `from kiosk_checks import ...`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QScrollBar,
    QStackedWidget,
    QWidget,
)

from hubdesk.domain.people import AgeBand, Role

LEFT = Qt.MouseButton.LeftButton
KIOSK_SIZE = (1280, 800)  # the kiosk's screen; conftest.py sizes the window to it


def settle(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: window.ctx.tasks.idle, timeout=10_000)
    QApplication.processEvents()


def tap(qtbot: Any, window: Any, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget.objectName()} is not visible"
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    qtbot.mouseClick(widget, LEFT)
    settle(qtbot, window)


def scan(
    qtbot: Any, window: Any, field: QWidget, text: str, end: Qt.Key = Qt.Key.Key_Return
) -> None:
    """Type `text` into `field` as a keyboard-wedge scanner does, ending with Enter (or Tab)."""
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, end)
    settle(qtbot, window)


def type_text(qtbot: Any, field: QWidget, text: str) -> None:
    """Type into a field: key presses for ASCII; beyond ASCII (Arabic, emoji, accents), the way an
    input method delivers it, as a committed string (QTest cannot press keys it has no code for).
    """
    if text.isascii():
        qtbot.keyClicks(field, text)
        return
    from PySide6.QtGui import QInputMethodEvent

    field.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def every_screen(qtbot: Any, window: Any, qr_payload: str) -> Iterator[str]:
    """Drive the kiosk through every screen; yields the screen's name while it is showing."""
    w = window
    w.reset_to_welcome()
    settle(qtbot, w)
    yield "welcome"
    tap(qtbot, w, w.welcome.sign_in)
    yield "pass-question"
    tap(qtbot, w, w.pass_question.scan.camera)
    yield "camera"
    tap(qtbot, w, w.camera.back_button)
    scan(qtbot, w, w.pass_question.scan.field, "not a pass")
    yield "pass-question-error"
    scan(qtbot, w, w.pass_question.scan.field, qr_payload)
    yield "household"
    tap(qtbot, w, w.household.next)
    yield "reason"
    tap(qtbot, w, w.start_again)
    tap(qtbot, w, w.welcome.sign_in)
    tap(qtbot, w, w.pass_question.no_pass)
    tap(qtbot, w, w.party.next)  # nobody counted: a friendly problem
    yield "who-is-here-error"
    tap(qtbot, w, w.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, w, w.party.band_steppers[AgeBand.B2_4].plus)
    tap(qtbot, w, w.party.dob_open)
    qtbot.keyClicks(w.party.dob_field, "31/02/2020")
    tap(qtbot, w, w.party.dob_add)
    yield "date-of-birth-error"
    w.party.dob_field.clear()
    qtbot.keyClicks(w.party.dob_field, "19/09/2017")
    tap(qtbot, w, w.party.dob_send)
    tap(qtbot, w, w.party.dob_add)
    yield "who-is-here"
    tap(qtbot, w, w.party.next)
    tap(qtbot, w, w.reason.reason_tiles[next(iter(w.reason.reason_tiles))])
    qtbot.keyClicks(w.about.postcode, "XX1 1XX")
    tap(qtbot, w, w.about.next)
    yield "about-you-error"
    w.about.postcode.clear()
    tap(qtbot, w, w.about.first_no)
    tap(qtbot, w, w.about.next)
    yield "privacy"
    tap(qtbot, w, w.privacy.register)
    yield "register"
    qtbot.keyClicks(w.register.adult_fields[0][2], "Maria")
    qtbot.keyClicks(w.register.child_fields[0][3], "Ana")
    qtbot.keyClicks(w.register.child_fields[0][4], "03/04/2040")
    qtbot.keyClicks(w.register.child_fields[1][3], "Luca")
    tap(qtbot, w, w.register.submit)
    yield "register-error"
    w.register.child_fields[0][4].clear()
    qtbot.keyClicks(w.register.child_fields[0][4], "03/04/2023")
    tap(qtbot, w, w.register.submit)
    yield "pass"
    tap(qtbot, w, w.pass_card.done)
    w.done.show_result("in", 3)
    w.go(w.done, remember=False)
    settle(qtbot, w)
    yield "done"
    tap(qtbot, w, w.done.finish)
    tap(qtbot, w, w.welcome.sign_out)
    yield "sign-out"
    tap(qtbot, w, w.private_word_button)
    yield "private-word"
    tap(qtbot, w, w.private_word.carry_on)
    w.open_staff_page()
    settle(qtbot, w)
    yield "staff"
    if w.staff.staff_buttons:
        tap(qtbot, w, w.staff.staff_buttons[0][1])
    yield "staff-pin"
    tap(qtbot, w, w.staff.back_button)
    w._on_idle_warning()
    yield "still-there"
    w.reset_to_welcome()
    settle(qtbot, w)


# --- checks ------------------------------------------------------------------------------------


def _showing(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.isVisibleTo(window)


def _name(widget: QObject) -> str:
    parts = []
    obj: QObject | None = widget
    while obj is not None and len(parts) < 4:
        parts.append(obj.objectName() or type(obj).__name__)
        obj = obj.parent()
    return "/".join(reversed(parts))


def _in_scroll_content(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


def clipped_text(window: QWidget) -> list[str]:
    """Labels, buttons and fields whose text does not fit the space they were given."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not _showing(widget, window):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            rect = widget.contentsRect()
            margin = (
                widget.margin() * 2 + widget.indent()
                if widget.indent() > 0
                else widget.margin() * 2
            )
            fm = QFontMetrics(widget.font())
            text = widget.text()
            if widget.wordWrap():
                longest = max((fm.horizontalAdvance(w) for w in text.split()), default=0)
                if longest > rect.width() - margin + 1:
                    problems.append(f"{_name(widget)}: a word is wider than the label")
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 2:
                    problems.append(
                        f"{_name(widget)}: needs {needed}px height, has {widget.height()}"
                    )
            else:
                for line in text.split("\n"):
                    if fm.horizontalAdvance(line) > rect.width() - margin + 1:
                        problems.append(
                            f"{_name(widget)}: {fm.horizontalAdvance(line)}px text "
                            f"in {rect.width()}px"
                        )
                if fm.height() > rect.height() + 1:
                    problems.append(f"{_name(widget)}: text taller than the label")
        elif isinstance(widget, QAbstractButton) and widget.text():
            fm = QFontMetrics(widget.font())
            if fm.horizontalAdvance(widget.text()) + widget.iconSize().width() > widget.width():
                problems.append(f"{_name(widget)}: button text wider than the button")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            fm = QFontMetrics(widget.font())
            if fm.horizontalAdvance(widget.placeholderText()) > widget.width() - 16:
                problems.append(f"{_name(widget)}: placeholder wider than the field")
    return problems


def overlaps(window: QWidget) -> list[str]:
    """Visible siblings (laid out side by side) whose rectangles intersect, and widgets that
    stick out of their parent (so part of them is cut off)."""
    problems = []
    for parent in [window, *window.findChildren(QWidget)]:
        if not _showing(parent, window) or isinstance(parent, QStackedWidget):
            continue
        if isinstance(parent, (QAbstractScrollArea, QScrollBar)):
            continue
        children = [
            c
            for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if _showing(c, window)
            and not c.isWindow()
            and c.property("kind") != "overlay"
            and c.objectName() != "qt_scrollarea_viewport"
        ]
        inside = QRect(0, 0, parent.width(), parent.height())
        for i, a in enumerate(children):
            if (
                not _in_scroll_content(a)
                and not inside.contains(a.geometry())
                and parent.objectName() != "qt_scrollarea_viewport"
            ):
                problems.append(f"{_name(a)}: outside its parent {a.geometry()} vs {inside}")
            for b in children[i + 1 :]:
                if a.geometry().intersects(b.geometry()):
                    problems.append(f"{_name(a)} overlaps {_name(b)}")
    return problems


INTERACTIVE = (QAbstractButton, QLineEdit)


def unnamed_or_small(window: QWidget) -> list[str]:
    """Controls without an accessible name, or smaller than 48x48 px."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not _showing(widget, window):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and widget.objectName() != "logoButton":
            continue
        if not widget.accessibleName().strip():
            problems.append(f"{_name(widget)}: no accessible name")
        if widget.width() < 48 or widget.height() < 48:
            problems.append(f"{_name(widget)}: {widget.width()}x{widget.height()} is under 48 px")
    return problems


class TapCounter(QObject):
    """Counts taps (mouse presses) anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.taps = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt delivers one press to the widget (and may pass it to parents): count widgets only
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QAbstractButton):
            self.taps += 1
        return False
