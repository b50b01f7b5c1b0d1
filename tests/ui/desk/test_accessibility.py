"""Every control on every desk page has a name a screen reader can say, buttons are at least
48 px tall, and the window stays at 1366x768."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from hubdesk.domain.staff import StaffRole
from hubdesk.ui.desk.desk_window import DESK_SIZE

from .conftest import PINS, settle, sign_in


def problems_on(root: QWidget) -> list[str]:
    found = []
    for w in root.findChildren(QWidget):
        if (
            not w.isVisible()
            or isinstance(w, (QTabBar, QHeaderView))
            or w.objectName().startswith("qt_")
        ):
            continue
        if isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box or combo: its parent carries the name
        name = w.accessibleName()
        if isinstance(w, QAbstractButton):
            if not (name or w.text()):
                found.append(f"button {w.objectName()!r} has no name")
            if w.height() < 48 and w.objectName() not in ("",):
                found.append(f"button {w.objectName()!r} is {w.height()} px tall")
        elif (
            isinstance(
                w, (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)
            )
            and not name
        ):
            found.append(f"{type(w).__name__} {w.objectName()!r} has no accessible name")
    return found


def test_every_page_names_its_controls(make_desk, staff, qtbot):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    problems: dict[str, list[str]] = {}
    for key in list(window.pages):
        assert window.open_page(key)
        settle(qtbot, window)
        page = window.pages[key]
        # open the hidden panels too (Today: the sign-in panel, then its counts for a party
        # with no record)
        for toggle in ("sign_in_button", "add_button", "anonymous_button"):
            b = getattr(page, toggle, None)
            if b is not None and b.isCheckable() and b.isEnabled():
                b.setChecked(True)
        settle(qtbot, window)
        if key == "today":
            counts = page.counts_box
            assert counts.isVisible()
            steppers = [*page.role_counts.values(), *page.band_counts.values()]
            assert steppers
            assert all(s.plus.isVisible() for s in steppers)
            # a spin box's arrows are half its height (about 22 px): none in this panel
            assert page.panel.findChildren(QAbstractSpinBox) == []
        found = problems_on(window)
        if found:
            problems[key] = found
        assert (window.width(), window.height()) == DESK_SIZE
    assert problems == {}, "\n".join(f"{k}: {v}" for k, vs in problems.items() for v in vs)


def test_the_lock_screen_names_its_controls(make_desk, staff, qtbot):
    window = make_desk()
    qtbot.waitUntil(lambda: window.lock_page.button_for(staff[StaffRole.ADMIN]) is not None)
    assert problems_on(window) == []
