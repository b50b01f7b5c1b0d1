"""Accessibility: every control on every screen has an accessible name and is at least 48x48;
every theme's colour pairs meet WCAG AA; the kiosk works from the keyboard alone."""

from __future__ import annotations

import dataclasses

import pytest
from kiosk_checks import every_screen, settle, unnamed_or_small
from PySide6.QtCore import Qt

from hubdesk.domain.people import Role
from hubdesk.services.visits import VisitService
from hubdesk.ui.theme import CONTRAST_PAIRS, PALETTES, contrast_ratio


@pytest.mark.parametrize("large_text", [False, True])
def test_every_control_is_named_and_big_enough(
    large_text, make_kiosk, fast_settings, registered_family, staff_member, qtbot
):
    _, issued = registered_family
    window = make_kiosk(settings=dataclasses.replace(fast_settings, default_large_text=large_text))
    problems = {}
    for screen in every_screen(qtbot, window, issued.qr_payload):
        found = unnamed_or_small(window)
        if found:
            problems[screen] = found
    assert not problems, problems


def test_the_check_finds_an_unnamed_control(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    top = QWidget()
    qtbot.addWidget(top)
    QVBoxLayout(top).addWidget(QPushButton("", top))
    top.show()
    qtbot.waitExposed(top)
    assert any("no accessible name" in p for p in unnamed_or_small(top))


@pytest.mark.parametrize("theme", list(PALETTES))
@pytest.mark.parametrize(("fg", "bg", "minimum"), CONTRAST_PAIRS)
def test_theme_contrast_meets_wcag_aa(theme, fg, bg, minimum):
    palette = dataclasses.asdict(PALETTES[theme])
    ratio = contrast_ratio(palette[fg], palette[bg])
    assert ratio >= minimum, f"{theme}: {fg} on {bg} is {ratio:.2f}:1"


def test_contrast_ratio_formula():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # famous fail


def test_every_palette_colour_is_checked():
    """A colour added to the palette without a contrast pair would escape the test."""
    checked = {name for fg, bg, _ in CONTRAST_PAIRS for name in (fg, bg)}
    assert checked == {f.name for f in dataclasses.fields(next(iter(PALETTES.values())))}


def test_sign_in_with_the_keyboard_alone(make_kiosk, qtbot, store, clock, kiosk):
    """Tab to a control and press Enter or Space: an anonymous sign-in without a mouse."""
    window = make_kiosk()
    window.activateWindow()

    def press(widget, key=Qt.Key.Key_Return):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        assert widget.hasFocus() or not window.isActiveWindow()
        qtbot.keyClick(widget, key)
        settle(qtbot, window)

    press(window.welcome.sign_in)
    press(window.pass_question.no_pass, Qt.Key.Key_Space)
    stepper = window.party.role_steppers[Role.MOTHER]
    qtbot.keyClick(stepper, Qt.Key.Key_Plus)  # the stepper takes + and -
    assert stepper.value() == 1
    press(window.party.next)  # the adults, then the children
    press(window.party.next)
    press(next(iter(window.reason.reason_tiles.values())))
    press(window.about.next)
    press(window.privacy.anonymous)
    assert window.current_page() is window.done
    assert len(VisitService(store, clock).who_is_in(kiosk.hub_id)) == 1


def test_tab_reaches_every_welcome_control(make_kiosk, qtbot):
    """Pressing Tab from the scan field visits every control on the welcome screen."""
    from PySide6.QtWidgets import QApplication

    window = make_kiosk()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page = window.welcome
    expected = {
        page.sign_in,
        page.sign_out,
        page.scan.type_code,
        page.scan.camera,
        page.large_text,
        page.high_contrast,
        *page.language_buttons.values(),
    }
    page.sign_in.setFocus(Qt.FocusReason.TabFocusReason)
    reached = set()
    for _ in range(40):
        focused = QApplication.focusWidget()
        reached.add(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert expected <= reached
