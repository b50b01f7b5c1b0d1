"""The main tasks fit a 1366x768 screen without scrolling. The lock screen: with many staff, on
the space a maximised window really gets (taskbar and title bar taken off), every name can be
reached, the PIN pad with its OK key is whole on screen, and choosing a name moves nothing.
Today: a family of seven and the Sign in button fit the panel."""

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


def test_a_family_of_seven_and_the_sign_in_button_fit_the_today_panel(
    make_desk, staff, qtbot, store, clock, identity
):
    from datetime import date

    from hubdesk.domain.people import Role
    from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService

    from .conftest import click_list_item, type_into

    FamilyService(store, clock).register(
        identity.actor(),
        FamilyIn(
            adults=(
                AdultIn("Joanna", "Nowak", Role.MOTHER),
                AdultIn("Piotr", "Nowak", Role.FATHER),
            ),
            children=tuple(
                ChildIn(n, date(2015 + i, 3, 1), last_name="Nowak")
                for i, n in enumerate(("Kacper", "Ola", "Zofia", "Jan", "Maja"))
            ),
            consent=True,
        ),
    )
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    today = window.pages["today"]
    click(qtbot, window, today.sign_in_button)
    type_into(qtbot, window, today.picker.field, "Nowak")
    qtbot.waitUntil(lambda: today.picker.item_for("Joanna") is not None)
    click_list_item(qtbot, window, today.picker.results, today.picker.item_for("Joanna"))
    qtbot.waitUntil(lambda: len(today.member_boxes) == 7)
    QApplication.processEvents()
    for _, box in today.member_boxes:
        assert whole_on_window(window, box), box.text()
    assert whole_on_window(window, today.confirm_sign_in)
    assert today.scroller.verticalScrollBar().maximum() == 0  # no scrolling needed
    click(qtbot, window, today.confirm_sign_in)
    qtbot.waitUntil(lambda: today.row_of("Joanna") >= 0)
