"""Outreach: a new outreach point created offline, the laptop moved there, a session started and
ended, and the laptop handed to families as a kiosk and taken back with a staff PIN."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from hubdesk.domain.catalogue import SiteKind
from hubdesk.domain.staff import StaffRole
from hubdesk.services.outreach import OUTREACH_SESSION
from hubdesk.services.setup import SetupService
from hubdesk.storage.models import Activity, OutboxEvent, Site

from .conftest import LEFT, PINS, click, settle, sign_in, type_into


def test_new_outreach_point_and_a_session_offline(make_desk, staff, qtbot, store, clock):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.OUTREACH], PINS[StaffRole.OUTREACH])
    assert window.open_page("outreach")
    page = window.pages["outreach"]
    settle(qtbot, window)
    type_into(qtbot, window, page.new_name, "Station Road Fire Station")
    page.new_kind.setCurrentIndex(page.new_kind.findData(SiteKind.FIRE_STATION))
    type_into(qtbot, window, page.new_postcode, "ne4 6sx")
    click(qtbot, window, page.add_site)
    qtbot.waitUntil(lambda: "Station Road" in page.site_combo.currentText())
    with store.read() as session:
        site = session.scalars(select(Site).where(Site.name == "Station Road Fire Station")).one()
        assert site.postcode == "NE4 6SX"
        assert (
            session.scalars(select(OutboxEvent).where(OutboxEvent.entity_id == site.id)).first()
            is not None
        )
    assert SetupService(store, clock).identity().site_id == site.id
    assert window.session.actor.site_id == site.id
    assert "Station Road" in window.site_label.text()

    click(qtbot, window, page.start_button)
    qtbot.waitUntil(lambda: page.end_button.isEnabled())
    assert "Station Road Fire Station" in page.session_label.text()
    clock.advance(timedelta(hours=3))
    click(qtbot, window, page.end_button)
    qtbot.waitUntil(lambda: page.start_button.isEnabled())
    with store.read() as session:
        row = session.scalars(select(Activity).where(Activity.name == OUTREACH_SESSION)).one()
        assert row.site_id == site.id
        assert row.ends_at <= clock.now().replace(microsecond=0) + (
            row.ends_at - row.ends_at
        )  # ended


def test_reception_has_no_outreach_page(make_desk, staff, qtbot):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    assert window.open_page("outreach") is False


def test_hand_the_laptop_to_families_and_take_it_back_with_a_pin(make_desk, staff, qtbot):
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.OUTREACH], PINS[StaffRole.OUTREACH])
    window.open_page("outreach")
    page = window.pages["outreach"]
    click(qtbot, window, page.hand_button)
    kiosk = window.kiosk
    assert kiosk is not None
    assert kiosk.isVisible()
    assert window.locked
    assert not window.isVisible()
    qtbot.waitUntil(lambda: kiosk.ctx.tasks.idle)
    assert kiosk.current_page() is kiosk.welcome
    # a family could use it now; staff take it back through the kiosk's staff gesture and PIN
    kiosk.open_staff_page()
    qtbot.waitUntil(lambda: kiosk.ctx.tasks.idle and len(kiosk.staff.staff_buttons) == 4)
    button = next(b for m, b in kiosk.staff.staff_buttons if m.id == staff[StaffRole.OUTREACH])
    qtbot.mouseClick(button, LEFT)
    for digit in PINS[StaffRole.OUTREACH]:
        qtbot.mouseClick(
            kiosk.staff.pad.keys[digit],
            LEFT,
        )
    qtbot.mouseClick(
        kiosk.staff.pad.ok_key,
        LEFT,
    )
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    settle(qtbot, window)
    assert window.isVisible()
    assert window.kiosk is None
    assert window.session.staff_id == staff[StaffRole.OUTREACH]
    assert "Owen Hughes" in window.staff_label.text()


def test_the_rooms_a_family_can_name_are_set_here(make_desk, staff, qtbot, store, clock, identity):
    from hubdesk.services.kiosk import KioskService

    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.OUTREACH], PINS[StaffRole.OUTREACH])
    assert window.open_page("outreach")
    page = window.pages["outreach"]
    settle(qtbot, window)
    page.rooms_edit.setFocus()
    qtbot.keyClicks(page.rooms_edit, "Room 1")
    qtbot.keyClick(page.rooms_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.rooms_edit, "Kitchen")
    click(qtbot, window, page.save_rooms)
    qtbot.waitUntil(lambda: "2 rooms saved" in page.message.text())
    assert KioskService(store, clock).profile(identity.actor()).rooms == ("Room 1", "Kitchen")
