"""Helpers the kiosk tests share: walk every screen as a family would, and look for text that is
clipped, widgets that overlap, controls without names or smaller than 48 px.

Imported by the tests in this folder as `from kiosk_checks import ...`.
"""

from __future__ import annotations

import unicodedata
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


def type_on(qtbot: Any, window: Any, pad: Any, text: str) -> None:
    """Type `text` by tapping the keys of an on-screen pad, as a finger would (a name keyboard
    switches script when a letter is not on show). Never a key event."""
    for ch in text:
        key = _find_key(qtbot, window, pad, ch)
        assert key is not None, f"no key for {ch!r} on {pad.objectName()}"
        tap(qtbot, window, key)


def _find_key(qtbot: Any, window: Any, pad: Any, ch: str) -> Any:
    """The key for `ch`, switching the name keyboard's letters (accents, then scripts) as a
    person looking for it would."""
    key = pad.key_for(ch)
    if key is not None or not hasattr(pad, "script_key"):
        return key
    for _ in range(4):
        if not pad.accents_key.isHidden():
            tap(qtbot, window, pad.accents_key)
            key = pad.key_for(ch)
            if key is not None:
                return key
            tap(qtbot, window, pad.accents_key)
        tap(qtbot, window, pad.script_key)
        key = pad.key_for(ch)
        if key is not None:
            return key
    return None


def letters_of(pad: Any, count: int) -> str:
    """The first `count` letters of the name keyboard's layout on show: a name in any script."""
    return "".join(k.typed for k in pad.letter_keys()[:count])


def pick_date(qtbot: Any, window: Any, picker: Any, day: Any) -> None:
    """Choose `day` on a date picker: the year, the month, the day (three taps)."""
    tap(qtbot, window, picker.year_keys[day.year])
    tap(qtbot, window, picker.month_keys[day.month])
    tap(qtbot, window, picker.day_keys[day.day])


class NoKeyEvents(QObject):
    """Counts key and input-method events anywhere in the application: a touch screen makes
    none, so a test of the touch flows must see none."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.InputMethod,
            QEvent.Type.ShortcutOverride,
        ):
            self.seen.append(f"{event.type().name} to {watched.objectName()}")
        return False


def every_screen(qtbot: Any, window: Any, qr_payload: str) -> Iterator[str]:
    """Drive the kiosk through every screen; yields the screen's name while it is showing."""
    from datetime import date, timedelta

    from hubdesk.domain.errors import CombinedValidationError, ValidationError

    w = window
    today = w.ctx.services.visits.today()
    w.reset_to_welcome()
    settle(qtbot, w)
    yield "welcome"
    tap(qtbot, w, w.welcome.sign_in)
    yield "pass-question"
    if w.pass_question.scan.camera.isVisible():
        tap(qtbot, w, w.pass_question.scan.camera)
        yield "camera"
        tap(qtbot, w, w.camera.back_button)
    tap(qtbot, w, w.pass_question.scan.type_code)
    type_on(qtbot, w, w.pass_code.pad, "ABCDEFGHJ")
    yield "pass-code"
    tap(qtbot, w, w.pass_code.pad.action_key)
    yield "pass-code-error"
    tap(qtbot, w, w.pass_code.back_button)
    scan(qtbot, w, w.pass_question.scan.field, "not a pass")
    yield "pass-question-error"
    scan(qtbot, w, w.pass_question.scan.field, qr_payload)
    yield "household"
    tap(qtbot, w, w.household.add_guest)
    yield "guest"
    tap(qtbot, w, w.guest.band_tiles[AgeBand.B5_11])
    tap(qtbot, w, w.household.add_child)
    tap(qtbot, w, w.name_page.keyboard.action_key)  # nothing typed: a friendly problem
    yield "new-child-name-error"
    type_on(qtbot, w, w.name_page.keyboard, letters_of(w.name_page.keyboard, 4))
    yield "new-child-name"
    tap(qtbot, w, w.name_page.keyboard.action_key)
    yield "new-child-date"
    pick_date(qtbot, w, w.birth_date.picker, today - timedelta(days=40))
    tap(qtbot, w, w.birth_date.next)
    yield "household-with-new"
    tap(qtbot, w, w.household.next)
    yield "reason"
    tap(qtbot, w, w.start_again)
    tap(qtbot, w, w.welcome.sign_in)
    tap(qtbot, w, w.pass_question.no_pass)
    tap(qtbot, w, w.party.role_steppers[Role.MOTHER].plus)
    yield "who-is-here-adults"
    tap(qtbot, w, w.party.role_steppers[Role.MOTHER].minus)
    tap(qtbot, w, w.party.next)
    tap(qtbot, w, w.party.next)  # nobody counted: a friendly problem
    yield "who-is-here-error"
    tap(qtbot, w, w.party.back_button)
    tap(qtbot, w, w.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, w, w.party.next)
    tap(qtbot, w, w.party.band_steppers[AgeBand.B2_4].plus)
    tap(qtbot, w, w.party.dob_open)
    yield "date-of-birth"
    w.party.dob_field.setText("31/02/2020")  # typed from a keyboard
    tap(qtbot, w, w.party.dob_add)
    yield "date-of-birth-error"
    pick_date(qtbot, w, w.party.dob_picker, date(today.year - 9, 9, 19))
    tap(qtbot, w, w.party.dob_send)
    tap(qtbot, w, w.party.dob_add)
    yield "who-is-here"
    tap(qtbot, w, w.party.next)
    tap(qtbot, w, w.reason.reason_tiles[next(iter(w.reason.reason_tiles))])
    type_on(qtbot, w, w.about.pad, "XX11XX")
    tap(qtbot, w, w.about.next)
    yield "about-you-error"
    for _ in range(6):
        tap(qtbot, w, w.about.pad.delete_key)
    type_on(qtbot, w, w.about.pad, "NE1 4XF")
    tap(qtbot, w, w.about.first_no)
    yield "about-you"
    tap(qtbot, w, w.about.next)
    yield "privacy"
    tap(qtbot, w, w.privacy.register)
    yield "name-adult"
    type_on(qtbot, w, w.name_page.keyboard, letters_of(w.name_page.keyboard, 5))
    tap(qtbot, w, w.name_page.keyboard.action_key)
    yield "name-child"
    type_on(qtbot, w, w.name_page.keyboard, letters_of(w.name_page.keyboard, 3))
    tap(qtbot, w, w.name_page.keyboard.action_key)
    yield "birth-date"
    pick_date(qtbot, w, w.birth_date.picker, date(today.year - 9, 1, 9))  # not 2 to 4
    tap(qtbot, w, w.birth_date.next)
    yield "birth-date-check"
    tap(qtbot, w, w.birth_date.back_button)
    tap(qtbot, w, w.name_page.keyboard.action_key)
    pick_date(qtbot, w, w.birth_date.picker, date(today.year - 3, 4, 3))
    tap(qtbot, w, w.birth_date.next)
    yield "name-child-2"
    type_on(qtbot, w, w.name_page.keyboard, letters_of(w.name_page.keyboard, 4))
    tap(qtbot, w, w.name_page.keyboard.action_key)
    yield "check"
    w.check.show_problem(
        CombinedValidationError(
            [
                ValidationError("adults[0].first_name", "no_letters", "x"),
                ValidationError("children[1].date_of_birth", "too_old", "x"),
                ValidationError("postcode", "invalid_postcode", "x"),
            ]
        )
    )
    yield "check-errors"
    tap(qtbot, w, w.check.submit)
    yield "pass"
    tap(qtbot, w, w.pass_card.done)
    w.done.show_result("in", 3, 47)
    w.go(w.done, remember=False)
    settle(qtbot, w)
    yield "done"
    tap(qtbot, w, w.done.finish)
    yield from _family_voice_screens(qtbot, w)
    tap(qtbot, w, w.welcome.sign_out)
    yield "sign-out"
    if w.sign_out.parties:
        tap(qtbot, w, w.sign_out.parties[0][1])
        yield "leaving"
        tap(qtbot, w, w.leaving.stay)
    tap(qtbot, w, w.private_word_button)
    yield "ask"
    tap(qtbot, w, w.ask.ask)
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


def _family_voice_screens(qtbot: Any, w: Any) -> Iterator[str]:
    """The faces on the done page (signed in, with the number; signed out) and the follow-up
    questions. Driven without a visit, so nothing is written."""
    import uuid

    from hubdesk.domain.catalogue import Face, VoiceAnswer, VoiceQuestionCode
    from hubdesk.services.family_voice import Question, QuestionSet

    w.done.show_result("in", 3, 47, ask=True)
    w.go(w.done, remember=False)
    settle(qtbot, w)
    yield "done-faces-in"
    w.done.show_result("out", ask=True)
    w.done.faces.set_questions(2)
    settle(qtbot, w)
    tap(qtbot, w, w.done.faces.faces[Face.HAPPY])
    yield "done-faces-out-thanks"
    questions = (
        Question(uuid.uuid4(), 1, 1, VoiceQuestionCode.GOT_HELP, {}),
        Question(uuid.uuid4(), 1, 2, VoiceQuestionCode.TELL_FRIEND, {}),
    )
    w.voice.start(QuestionSet(1, questions))
    w.go(w.voice, remember=False)
    settle(qtbot, w)
    yield "voice-question"
    tap(qtbot, w, w.voice.answers[VoiceAnswer.YES])
    tap(qtbot, w, w.voice.answers[VoiceAnswer.PARTLY])
    yield "voice-thanks"
    tap(qtbot, w, w.voice.skip)


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


ERROR_INSET = 6  # px between an error box's edge and its text, at least


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
                # the text itself inside the box it is drawn in (the label's contents, after
                # any border and padding): an error box whose padding was not counted cuts its
                # last line off though the label "has" the height
                box = rect.width() - margin
                wrapped = fm.boundingRect(
                    QRect(0, 0, max(box, 1), 100_000), int(Qt.TextFlag.TextWordWrap), text
                ).height()
                if wrapped > rect.height() - margin + 1:
                    problems.append(
                        f"{_name(widget)}: wrapped text needs {wrapped}px, its box has "
                        f"{rect.height() - margin}"
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
            if widget.property("kind") == "error":
                # an error box: its text must sit inside the border with room around it (the
                # box's own padding), never on the line drawn round it
                box, inner = widget.rect(), rect
                inset = min(
                    inner.left() - box.left(),
                    inner.top() - box.top(),
                    box.right() - inner.right(),
                    box.bottom() - inner.bottom(),
                )
                if inset < ERROR_INSET:
                    problems.append(f"{_name(widget)}: error text {inset}px from its box's edge")
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


def needs_scrolling(window: QWidget) -> list[str]:
    """Scroll areas whose content is taller than they are, where nothing should scroll: a page
    must fit the kiosk's screen. (A list that may grow long, such as the privacy notice or the
    sign-out numbers, says so with the dynamic property "may_scroll".)"""
    problems = []
    for area in window.findChildren(QAbstractScrollArea):
        if not _showing(area, window) or area.property("may_scroll"):
            continue
        inner = area.widget() if hasattr(area, "widget") else None
        if inner is None:
            continue
        needed = inner.minimumSizeHint().height()
        if inner.layout() is not None and inner.layout().hasHeightForWidth():
            needed = max(needed, inner.layout().totalHeightForWidth(area.viewport().width()))
        if needed > area.viewport().height() + 1:
            problems.append(
                f"{_name(area)}: content needs {needed}px, shows {area.viewport().height()}"
            )
    return problems


_ISOLATES = ("\u2066", "\u2067", "\u2068")
# Names of things the translations keep in English (a service's name, acronyms): short runs the
# bidi algorithm places well on its own. Data (names, times, codes) is never on this list.
KEPT_IN_ENGLISH = ("Here to Help", "Family Hub", "SEND", "PIN", "QR")


DIRECTION_MARKS = frozenset("\u200e\u200f\u061c")  # LRM, RLM, ALM: set a direction, say nothing


def _directions(text: str) -> set[str]:
    """The directions of the letters in `text` (not of the invisible direction marks)."""
    found = set()
    for ch in text:
        if ch in DIRECTION_MARKS:
            continue
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            found.add("ltr")
        elif kind in ("R", "AL"):
            found.add("rtl")
    return found


def unisolated_mixed_text(window: QWidget) -> list[str]:
    """Text that mixes right-to-left and left-to-right letters with no isolate (FSI/LRI/RLI ...
    PDI) around the run that is not the sentence's own: "Amina (2 (افراد" instead of
    "Amina (2 افراد)". Names, times and codes set into translated words must be isolated."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not _showing(widget, window):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text() or widget.accessibleName()
            label = getattr(widget, "label_text", None)
            text = label() if callable(label) else text
        else:
            continue
        words = text
        for term in KEPT_IN_ENGLISH:
            words = words.replace(term, "")
        if len(_directions(words)) == 2 and not any(mark in text for mark in _ISOLATES):
            problems.append(f"{_name(widget)}: mixed directions without an isolate: {text!r}")
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
