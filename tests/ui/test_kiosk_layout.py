"""Every kiosk screen, in the pseudo-locale (strings 40% longer, mirrored), in Polish, Urdu and
Arabic (right to left), in large text (also with Polish, Arabic and the pseudo-locale) and high
contrast: no text is clipped (error boxes included), nothing overlaps, no page needs scrolling
that should not, no name or time sits un-isolated inside words of the other direction, and the
kiosk still fits its 1280x800 screen."""

from __future__ import annotations

import dataclasses

import pytest
from kiosk_checks import (
    KIOSK_SIZE,
    clipped_text,
    every_screen,
    needs_scrolling,
    overlaps,
    unisolated_mixed_text,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from hubdesk.ui.i18n import PSEUDO

VARIANTS = {
    "en": {},
    "pseudo": {"default_language": PSEUDO},
    "pl": {"default_language": "pl"},
    "ur": {"default_language": "ur"},
    "ar": {"default_language": "ar"},
    "large": {"default_large_text": True},
    "pl-large": {"default_language": "pl", "default_large_text": True},
    "ar-large": {"default_language": "ar", "default_large_text": True},
    "pseudo-large": {"default_language": PSEUDO, "default_large_text": True},
    "contrast": {"default_theme": "high-contrast"},
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_no_screen_clips_or_overlaps(
    variant, make_kiosk, fast_settings, registered_family, qtbot, staff_member
):
    _, issued = registered_family
    settings = dataclasses.replace(fast_settings, **VARIANTS[variant])
    window = make_kiosk(settings=settings, lang=settings.default_language)
    assert window.ctx.languages.current == settings.default_language
    problems: dict[str, list[str]] = {}
    screens = []
    for screen in every_screen(qtbot, window, issued.qr_payload):
        screens.append(screen)
        found = (
            clipped_text(window)
            + overlaps(window)
            + needs_scrolling(window)
            + unisolated_mixed_text(window)
        )
        if window.width() > KIOSK_SIZE[0] or window.height() > KIOSK_SIZE[1]:
            found.append(f"window grew to {window.width()}x{window.height()}")
        if found:
            problems[screen] = found
    assert len(screens) >= 35
    report = "\n".join(f"{screen}: {p}" for screen, ps in problems.items() for p in ps)
    assert not problems, report


def test_the_checks_find_clipping_and_overlap(qtbot):
    """The checks above can fail: a long unwrapped label in a narrow box, and two overlapping
    siblings, are both reported."""
    top = QWidget()
    qtbot.addWidget(top)
    top.resize(300, 100)
    layout = QHBoxLayout(top)
    clipped = QLabel("A sentence much too long for the forty pixels it is given", top)
    clipped.setFixedWidth(40)
    layout.addWidget(clipped)
    a = QLabel("a", top)
    b = QLabel("b", top)
    top.show()
    qtbot.waitExposed(top)
    a.setGeometry(150, 10, 50, 30)
    b.setGeometry(170, 20, 50, 30)
    assert any("text" in p for p in clipped_text(top))
    assert any("overlaps" in p for p in overlaps(top))
