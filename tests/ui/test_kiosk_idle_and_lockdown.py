"""Idle reset (every field cleared, language and theme back), reset after a finished sign-in,
and the staff PIN gate."""

from __future__ import annotations

import dataclasses
from datetime import date

from kiosk_checks import pick_date, scan, settle, tap, type_on
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Role
from hubdesk.ui.kiosk.page import MessageLabel
from hubdesk.ui.theme import DEFAULT, HIGH_CONTRAST
from hubdesk.ui.widgets.stepper import Stepper


def assert_everything_cleared(window) -> None:
    for field in window.findChildren(QLineEdit):
        assert field.text() == "", field.objectName()
    for stepper in window.findChildren(Stepper):
        assert stepper.value() == 0, stepper.objectName()
    for button in window.findChildren(QAbstractButton):
        if button.isCheckable() and button.isChecked():
            assert button.objectName() == "language_en", button.objectName()
    for label in window.findChildren(MessageLabel):
        assert not label.text(), label.objectName()  # every message, the fields' own too
    for page in window.pages:
        assert not page.message.text(), page.objectName()
    assert window.household.tiles == []
    assert window.household.new_tiles == []
    assert window.household.guest_tiles == []
    assert window.check.rows == []
    assert window.check.people == []
    assert window.pass_card.code.text() == ""
    assert window.sign_out.parties == []
    assert window.leaving.leaving is None
    assert window.draft.household is None
    assert window.draft.party is None
    assert window.draft.people == []
    assert window.party.step == "adults"
    assert window.birth_date.picker.date() is None
    assert window.current_page() is window.welcome
    assert window.ctx.languages.current == "en"
    assert window.ctx.themes.theme == DEFAULT
    assert not window.ctx.themes.large_text
    assert not window.overlay.isVisible()


def test_idle_reset_clears_every_field(make_kiosk, fast_settings, registered_family, qtbot):
    assert registered_family  # a family exists: the reset must not show it
    window = make_kiosk(settings=dataclasses.replace(fast_settings, idle_ms=600_000))
    # a family changes the language and theme, half-fills the new-visitor pages, and walks away
    tap(qtbot, window, window.welcome.language_buttons["pl"])
    tap(qtbot, window, window.welcome.high_contrast)
    tap(qtbot, window, window.welcome.large_text)
    qtbot.keyClicks(window.welcome.scan.field, "ABC")
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.scan.type_code)
    type_on(qtbot, window, window.pass_code.pad, "ABCDEFGHJ")
    tap(qtbot, window, window.pass_code.pad.action_key)  # a typo: a message beside the code
    tap(qtbot, window, window.pass_code.back_button)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.party.band_steppers[AgeBand.B2_4].plus)
    tap(qtbot, window, window.party.send_steppers[AgeBand.B2_4].plus)
    tap(qtbot, window, window.party.dob_open)
    pick_date(qtbot, window, window.party.dob_picker, date(2020, 1, 1))
    tap(qtbot, window, window.party.dob_send)
    tap(qtbot, window, window.party.dob_add)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.OTHER])
    type_on(qtbot, window, window.about.pad, "XX")
    tap(qtbot, window, window.about.next)  # a bad postcode: a message beside the field
    tap(qtbot, window, window.about.pad.delete_key)
    tap(qtbot, window, window.about.pad.delete_key)
    type_on(qtbot, window, window.about.pad, "NE6 2AB")
    tap(qtbot, window, window.about.first_no)
    tap(qtbot, window, window.about.next)
    tap(qtbot, window, window.privacy.register)
    type_on(qtbot, window, window.name_page.keyboard, "Maria")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    type_on(qtbot, window, window.name_page.keyboard, "Ana")
    tap(qtbot, window, window.name_page.keyboard.action_key)
    pick_date(qtbot, window, window.birth_date.picker, date(2015, 1, 1))  # not 2 to 4: a message
    tap(qtbot, window, window.birth_date.next)
    assert window.current_page() is window.birth_date
    assert window.birth_date.problem.text()
    assert window.ctx.languages.current == "pl"
    # now shorten the idle time and wait: the warning shows, then everything is cleared
    window.idle._warn.setInterval(50)
    window.idle._idle.setInterval(200)
    window.idle.poke()
    qtbot.waitUntil(lambda: window.overlay.isVisible(), timeout=5000)
    with qtbot.waitSignal(window.sig_reset_done, timeout=5000):
        pass
    settle(qtbot, window)
    assert_everything_cleared(window)


def test_idle_reset_from_the_new_child_and_a_visiting_child(
    make_kiosk, fast_settings, registered_family, qtbot
):
    _, issued = registered_family
    window = make_kiosk()
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    tap(qtbot, window, window.household.add_guest)
    tap(qtbot, window, window.guest.band_tiles[AgeBand.B0_1])
    tap(qtbot, window, window.household.add_child)
    type_on(qtbot, window, window.name_page.keyboard, "Noor")
    window._on_idle_timeout()
    settle(qtbot, window)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the tiles it let go
    assert_everything_cleared(window)


def test_still_here_keeps_the_family_where_they_were(make_kiosk, fast_settings, qtbot):
    settings = dataclasses.replace(fast_settings, idle_ms=1_500, warn_ms=1_400)
    window = make_kiosk(settings=settings)
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    qtbot.waitUntil(lambda: window.overlay.isVisible(), timeout=5000)
    qtbot.mouseClick(window.still_here, Qt.MouseButton.LeftButton)
    assert not window.overlay.isVisible()
    assert window.current_page() is window.party
    assert window.party.role_steppers[Role.MOTHER].value() == 1


def test_untouched_welcome_screen_never_warns(make_kiosk, fast_settings, qtbot):
    settings = dataclasses.replace(fast_settings, idle_ms=300, warn_ms=250)
    window = make_kiosk(settings=settings)
    resets: list[bool] = []
    window.sig_reset_done.connect(lambda: resets.append(True))
    qtbot.wait(700)  # several idle periods pass; nothing to clear, so nothing happens
    assert not window.overlay.isVisible()
    assert resets == []


def test_back_to_welcome_after_a_finished_sign_in(
    make_kiosk, fast_settings, registered_family, qtbot
):
    _, issued = registered_family
    window = make_kiosk(settings=dataclasses.replace(fast_settings, done_ms=200))
    tap(qtbot, window, window.welcome.language_buttons["ro"])
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    tap(qtbot, window, window.household.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    assert window.current_page() is window.done
    with qtbot.waitSignal(window.sig_reset_done, timeout=5000):
        pass
    settle(qtbot, window)
    assert_everything_cleared(window)


# --- lockdown ------------------------------------------------------------------------------


def test_close_is_refused_without_a_staff_pin(make_kiosk, qtbot):
    window = make_kiosk()
    assert window.close() is False
    assert window.isVisible()


def test_staff_gesture_and_wrong_then_right_pin(make_kiosk, staff_member, qtbot, store):
    window = make_kiosk()
    for _ in range(window.ctx.settings.staff_taps - 1):
        qtbot.mouseClick(window.logo, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.welcome  # four taps are not enough
    qtbot.mouseClick(window.logo, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.current_page() is window.staff
    assert len(window.staff.staff_buttons) == 1  # the only staff member is chosen already
    assert not window.staff.close_kiosk.isVisible()
    for digit in "1111":
        tap(qtbot, window, window.staff.pad.keys[digit])
    tap(qtbot, window, window.staff.pad.ok_key)
    assert "Wrong PIN" in window.staff.message.text()
    assert not window.staff.close_kiosk.isVisible()
    assert window.close() is False
    qtbot.keyClicks(window.staff.pad.field, staff_member[1])  # the keyboard works too
    qtbot.keyClick(window.staff.pad.field, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.staff.verified is not None
    assert window.staff.close_kiosk.isVisible()
    tap(qtbot, window, window.staff.close_kiosk)
    assert not window.isVisible()


def test_keyboard_shortcut_opens_the_pin_pad(make_kiosk, staff_member, qtbot):
    window = make_kiosk()
    window.activateWindow()
    qtbot.keyClick(
        window.welcome.scan.field,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, window)
    assert window.current_page() is window.staff
    tap(qtbot, window, window.staff.back_button)
    assert window.current_page() is window.welcome


def test_minimising_is_undone(make_kiosk, qtbot):
    window = make_kiosk()
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)


def test_language_and_contrast_toggles(make_kiosk, qtbot):
    window = make_kiosk()
    tap(qtbot, window, window.welcome.language_buttons["ur"])
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.welcome.title.text() != "Welcome"
    tap(qtbot, window, window.welcome.high_contrast)
    assert window.ctx.themes.theme == HIGH_CONTRAST
    assert window.welcome.high_contrast.isChecked()
    tap(qtbot, window, window.welcome.language_buttons["en"])
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.welcome.title.text() == "Welcome"


def test_holding_the_logo_opens_the_pin_pad(make_kiosk, fast_settings, staff_member, qtbot):
    window = make_kiosk(settings=dataclasses.replace(fast_settings, staff_press_ms=100))
    qtbot.mousePress(window.logo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is window.staff, timeout=5000)
    qtbot.mouseRelease(window.logo, Qt.MouseButton.LeftButton)


def test_a_quick_tap_on_the_logo_does_nothing(make_kiosk, fast_settings, qtbot):
    window = make_kiosk(settings=dataclasses.replace(fast_settings, staff_press_ms=60_000))
    qtbot.mouseClick(window.logo, Qt.MouseButton.LeftButton)
    assert not window.logo_hold.isActive()
    assert window.current_page() is window.welcome
