"""Count the taps (the figures in docs/kiosk.md): every press on a control, each key of the
kiosk's own pads included. A returning family signs in with the scan plus 2 taps; a new
anonymous household of one adult and two children in 10 (the limit is 12); registering that
household with names and dates of birth, and signing out, are counted too. The test fails if a
number changes, so the doc cannot drift from the kiosk."""

from __future__ import annotations

from datetime import date

import pytest
from kiosk_checks import TapCounter, pick_date, scan, settle, tap, type_on
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, Role
from hubdesk.security.passes import render_qr_png
from hubdesk.services.visits import SignIn, VisitService

RETURNING_TAPS = 2
RETURNING_CAMERA_TAPS = 3  # "Use the camera" is one more
RETURNING_TYPED_TAPS = 13  # "Type my code", the nine characters, Go, then the 2
NEW_ANONYMOUS_TAPS = 10
NEW_ANONYMOUS_LIMIT = 12
REGISTER_TAPS = 34  # the anonymous path, "Register", names, dates, "Register and sign in"
SIGN_OUT_BY_NUMBER_TAPS = 3  # Sign out, the number, "Yes, sign us out"
SIGN_OUT_BY_SCAN_TAPS = 1  # the scan on the welcome screen, then "Yes, sign us out"
SPEAK_TO_SOMEONE_TAPS = 2  # the header button, "Yes, please"


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


def test_returning_family_typing_the_code(
    make_kiosk, registered_family, qtbot, store, clock, kiosk, taps
):
    _, issued = registered_family
    window = make_kiosk()
    taps.taps = 0
    tap(qtbot, window, window.welcome.scan.type_code)
    type_on(qtbot, window, window.pass_code.pad, issued.short_code.replace("-", ""))
    tap(qtbot, window, window.pass_code.pad.action_key)
    tap(qtbot, window, window.household.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    assert window.current_page() is window.done
    assert taps.taps == RETURNING_TYPED_TAPS


def _new_household(qtbot, window):
    tap(qtbot, window, window.welcome.sign_in)
    tap(qtbot, window, window.pass_question.no_pass)
    tap(qtbot, window, window.party.role_steppers[Role.MOTHER].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.party.band_steppers[AgeBand.B0_1].plus)
    tap(qtbot, window, window.party.band_steppers[AgeBand.B5_11].plus)
    tap(qtbot, window, window.party.next)
    tap(qtbot, window, window.reason.reason_tiles[VisitReason.JUST_VISITING])
    tap(qtbot, window, window.about.next)  # postcode and first time are optional


def test_new_anonymous_household_of_one_adult_and_two_children(
    make_kiosk, qtbot, store, clock, kiosk, taps
):
    window = make_kiosk()
    taps.taps = 0
    _new_household(qtbot, window)
    tap(qtbot, window, window.privacy.anonymous)
    assert window.current_page() is window.done
    assert taps.taps == NEW_ANONYMOUS_TAPS
    assert taps.taps <= NEW_ANONYMOUS_LIMIT
    [visit] = VisitService(store, clock).who_is_in(kiosk.hub_id)
    assert (visit.adults, visit.children) == (1, 2)


def test_register_that_household_with_names_and_dates_of_birth(
    make_kiosk, qtbot, store, clock, kiosk, taps
):
    window = make_kiosk()
    taps.taps = 0
    _new_household(qtbot, window)
    tap(qtbot, window, window.privacy.register)
    for name, born in (("Maria", None), ("Ana", date(2025, 4, 3)), ("Luca", date(2019, 9, 19))):
        type_on(qtbot, window, window.name_page.keyboard, name)
        tap(qtbot, window, window.name_page.keyboard.action_key)
        if born is not None:
            pick_date(qtbot, window, window.birth_date.picker, born)
            tap(qtbot, window, window.birth_date.next)
    tap(qtbot, window, window.check.submit)
    assert window.current_page() is window.pass_card
    assert taps.taps == REGISTER_TAPS
    [visit] = VisitService(store, clock).who_is_in(kiosk.hub_id)
    assert visit.names == "Maria, Ana, Luca"


def test_sign_out_by_number(make_kiosk, qtbot, store, clock, kiosk, taps):
    from hubdesk.domain.people import Party

    VisitService(store, clock).sign_in(
        kiosk, SignIn(VisitReason.JUST_VISITING, party=Party((Role.CARER,)))
    )
    window = make_kiosk()
    taps.taps = 0
    tap(qtbot, window, window.welcome.sign_out)
    tap(qtbot, window, window.sign_out.parties[0][1])
    tap(qtbot, window, window.leaving.yes)
    assert window.current_page() is window.done
    assert taps.taps == SIGN_OUT_BY_NUMBER_TAPS
    assert VisitService(store, clock).who_is_in(kiosk.hub_id) == []


def test_sign_out_by_scanning_on_the_way_out(
    make_kiosk, registered_family, qtbot, store, clock, kiosk, taps
):
    registered, issued = registered_family
    VisitService(store, clock).sign_in(
        kiosk,
        SignIn(
            VisitReason.JUST_VISITING,
            family_id=registered.family_id,
            member_ids=registered.member_ids,
        ),
    )
    window = make_kiosk()
    taps.taps = 0
    scan(qtbot, window, window.welcome.scan.field, issued.qr_payload)
    tap(qtbot, window, window.leaving.yes)
    assert taps.taps == SIGN_OUT_BY_SCAN_TAPS
    assert VisitService(store, clock).who_is_in(kiosk.hub_id) == []


def test_asking_to_speak_to_someone(make_kiosk, qtbot, taps):
    window = make_kiosk()
    taps.taps = 0
    tap(qtbot, window, window.private_word_button)
    tap(qtbot, window, window.ask.ask)
    assert window.current_page() is window.private_word
    assert taps.taps == SPEAK_TO_SOMEONE_TAPS
