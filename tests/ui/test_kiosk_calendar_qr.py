"""What's on: where the kiosk syncs with a central service, a family taps What's on and sees the
site's public timetable as a QR their phone follows as a calendar; the code reads back as the
feed's address; the screens still fit in every language and text size."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from kiosk_checks import KIOSK_SIZE, clipped_text, needs_scrolling, overlaps, tap

from hubdesk.sync import config
from hubdesk.ui.i18n import PSEUDO
from hubdesk.ui.kiosk.qr_decode import decode_qr

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
VARIANTS = {
    "en": {},
    "pl-large": {"default_language": "pl", "default_large_text": True},
    "ar-large": {"default_language": "ar", "default_large_text": True},
    "pseudo-large": {"default_language": PSEUDO, "default_large_text": True},
}


def fits(window) -> list[str]:
    found = clipped_text(window) + overlaps(window) + needs_scrolling(window)
    if window.width() > KIOSK_SIZE[0] or window.height() > KIOSK_SIZE[1]:
        found.append(f"window grew to {window.width()}x{window.height()}")
    return found


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_what_s_on_shows_the_sites_calendar_as_a_qr(
    variant, make_kiosk, fast_settings, store, identity, qtbot
):
    config.set_url(store, "https://central.example.org/")
    settings = dataclasses.replace(fast_settings, **VARIANTS[variant])
    window = make_kiosk(settings=settings, lang=settings.default_language)
    assert window.welcome.calendar.isVisible()
    assert fits(window) == []
    tap(qtbot, window, window.welcome.calendar)
    qtbot.waitUntil(lambda: window.current_page() is window.calendar)
    read = decode_qr(window.calendar.qr.pixmap().toImage())
    assert read == [f"webcal://central.example.org/calendar/sites/{identity.site_id}.ics"]
    assert fits(window) == []
    if variant == "en" and os.environ.get("HUBDESK_SCREENSHOTS") == "1":
        window.grab().save(str(SHOTS / "kiosk-en-whats-on.png"))
    assert window.calendar.back_button is not None
    tap(qtbot, window, window.calendar.back_button)
    qtbot.waitUntil(lambda: window.current_page() is window.welcome)


def test_no_what_s_on_where_nothing_syncs(make_kiosk):
    window = make_kiosk()
    assert not window.welcome.calendar.isVisible()
