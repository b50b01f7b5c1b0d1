"""The lock screen fits a 1366x768 screen: with many staff, on the space a maximised window
really gets (taskbar and title bar taken off), every name can be reached and the PIN pad with
its OK key is whole on screen, and choosing a name moves nothing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.staff import StaffService

from .conftest import CHEAP_PINS, PINS, click, sign_in

USABLE = (1366, 768 - 40 - 38)  # a 40 px taskbar and a 38 px title bar


def whole_on_window(window, widget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    shown = widget.visibleRegion().boundingRect()
    return window.rect().contains(rect) and shown.size() == widget.size()


def test_the_pin_pad_and_its_ok_key_fit_with_fourteen_staff(
    make_desk, staff, qtbot, store, clock, identity
):
    boss = Actor(
        identity.device_id, identity.hub_id, identity.site_id, staff[StaffRole.ADMIN],
        StaffRole.ADMIN,
    )  # fmt: skip
    service = StaffService(store, clock, pin_params=CHEAP_PINS)
    for i in range(10):
        service.add(boss, name=f"Helper Number {i:02d}", role=StaffRole.RECEPTION, pin="1111")
    window = make_desk()
    window.resize(*USABLE)
    qtbot.waitUntil(lambda: window.height() == USABLE[1])
    lock = window.lock_page
    qtbot.waitUntil(lambda: len(lock.staff_buttons) == 14)
    chosen = lock.button_for(staff[StaffRole.RECEPTION])
    lock.staff_scroll.ensureWidgetVisible(chosen)
    QApplication.processEvents()
    names_before = [QRect(b.mapTo(window, QPoint(0, 0)), b.size()) for _, b in lock.staff_buttons]
    click(qtbot, window, chosen)
    names_after = [QRect(b.mapTo(window, QPoint(0, 0)), b.size()) for _, b in lock.staff_buttons]
    assert names_after == names_before  # the pad appearing moved no name
    for key in (lock.pad.ok_key, lock.pad.keys["0"], lock.pad.field):
        assert whole_on_window(window, key), key.objectName()
    # and the last name on the list can be reached
    last = lock.staff_buttons[-1][1]
    lock.staff_scroll.ensureWidgetVisible(last)
    qtbot.waitUntil(lambda: whole_on_window(window, last))
    click(qtbot, window, lock.button_for(staff[StaffRole.RECEPTION]))
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    assert not window.locked
