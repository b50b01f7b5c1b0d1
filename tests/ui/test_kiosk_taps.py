"""Count the taps (the figures in docs/kiosk.md): a returning family signs in with the scan plus
2 taps; a new anonymous household of one adult and two children in 9 (the limit is 12)."""

from __future__ import annotations

import pytest
from kiosk_checks import TapCounter, scan, settle, tap
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Role
from hubdesk.security.passes import render_qr_png
from hubdesk.services.visits import VisitService

RETURNING_TAPS = 2
RETURNING_CAMERA_TAPS = 3  # "Use the camera" is one more
NEW_ANONYMOUS_TAPS = 9
NEW_ANONYMOUS_LIMIT = 12


@pytest.fixture
def taps(qapp):
    counter = TapCounter()
    qapp.installEventFilter(counter)
    yield counter
    QApplication.instance().removeEventFilter(counter)


def test_returning_family_scan_plus_two_taps(
    make_kiosk, registered_family, qtbot, store, clock, kiosk, taps
):
    _, issued = registered_family
    window = make_kiosk()
    taps.taps = 0
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)  # the scanner: no taps
    tap(qtbot, window, window.household.next)  # everyone ticked already
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    assert window.current_page() is window.done
    assert taps.taps == RETURNING_TAPS
    [visit] = VisitService(store, clock).who_is_in(kiosk.hub_id)
    assert visit.people == 4


def test_returning_family_with_the_camera(
    make_kiosk, registered_family, qtbot, store, clock, kiosk, taps
):
    _, issued = registered_family
    window = make_kiosk()
    taps.taps = 0
    tap(qtbot, window, window.welcome.scan.camera)
    window.camera.feed_image(QImage.fromData(render_qr_png(issued.qr_payload)))
    settle(qtbot, window)
    settle(qtbot, window)
    tap(qtbot, window, window.household.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    assert window.current_page() is window.done
    assert taps.taps == RETURNING_CAMERA_TAPS


def test_new_anonymous_household_of_one_adult_and_two_children(
    make_kiosk, qtbot, store, clock, kiosk, taps
):
    window = make_kiosk()
    taps.taps = 0
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, window, window.party.band_steppers[AgeBand.B0_1].plus)
    tap(qtbot, window, window.party.band_steppers[AgeBand.B5_11].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    tap(qtbot, window, window.about.next)  # postcode and first time are optional
    tap(qtbot, window, window.privacy.anonymous)
    assert window.current_page() is window.done
    assert taps.taps == NEW_ANONYMOUS_TAPS
    assert taps.taps <= NEW_ANONYMOUS_LIMIT
    [visit] = VisitService(store, clock).who_is_in(kiosk.hub_id)
    assert (visit.adults, visit.children) == (1, 2)
