"""Today: who is in across devices, signing in and out on a family's behalf, closing time,
live refresh, and the kiosk's quiet "private word" alert."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from hubdesk.domain.catalogue import DeviceKind, SignOutBy, VisitReason
from hubdesk.domain.ids import uuid7
from hubdesk.domain.people import Party, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.alerts import AlertService
from hubdesk.services.base import Actor
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import Device, Visit

from .conftest import PINS, click, click_list_item, click_row, register, sign_in, type_into


def add_kiosk(store, clock, identity) -> Actor:
    kiosk_id = uuid7()
    with store.write() as session:
        session.add(
            Device(
                id=kiosk_id,
                hub_id=identity.hub_id,
                site_id=identity.site_id,
                name="Entrance kiosk",
                kind=DeviceKind.KIOSK.value,
                created_at=clock.now(),
            )
        )
    return Actor(kiosk_id, identity.hub_id, identity.site_id)


def test_sign_a_family_in_and_out_on_their_behalf(make_desk, staff, qtbot, store, clock, identity):
    fam = register(store, clock, identity, "Grace", "Okafor", child="Daniel")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    today = window.pages["today"]
    click(qtbot, window, today.sign_in_button)
    type_into(qtbot, window, today.picker.field, "Daniel")  # a child's name finds the family
    qtbot.waitUntil(lambda: today.picker.item_for("Grace") is not None)
    click_list_item(qtbot, window, today.picker.results, today.picker.item_for("Grace"))
    qtbot.waitUntil(lambda: len(today.member_boxes) == 2)
    click(qtbot, window, today.member_boxes[1][1])  # Daniel is at school today
    click(qtbot, window, today.confirm_sign_in)
    qtbot.waitUntil(lambda: today.row_of("Grace") >= 0)

    with store.read() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.family_id == fam.family_id
        assert visit.names == "Grace"
        assert visit.people == 1
        assert visit.reason == VisitReason.JUST_VISITING.value

    click_row(qtbot, window, today.table, today.row_of("Grace"))
    click(qtbot, window, today.sign_out_button)
    click(qtbot, window, today.confirm.yes)  # "Sign out Grace Okafor (1 person)?"
    qtbot.waitUntil(lambda: today.row_of("Grace") < 0)
    with store.read() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.signed_out_at == clock.now()
        assert visit.signed_out_by == SignOutBy.STAFF.value


def test_closing_time_signs_everyone_out_after_confirming(
    make_desk, staff, qtbot, store, clock, identity
):
    kiosk = add_kiosk(store, clock, identity)
    visits = VisitService(store, clock)
    for _ in range(3):
        visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=Party((Role.MOTHER,), ())))
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    today = window.pages["today"]
    qtbot.waitUntil(lambda: today.table.rowCount() == 3)
    click(qtbot, window, today.sign_out_all_button)
    assert today.confirm.isVisible()
    click(qtbot, window, today.confirm.no)  # changed their mind: nothing happens
    with store.read() as session:
        assert all(v.signed_out_at is None for v in session.scalars(select(Visit)))
    click(qtbot, window, today.sign_out_all_button)
    click(qtbot, window, today.confirm.yes)
    qtbot.waitUntil(lambda: today.table.rowCount() == 0)
    with store.read() as session:
        assert {v.signed_out_by for v in session.scalars(select(Visit))} == {
            SignOutBy.CLOSING.value
        }
    assert today.empty_label.isVisible()


def test_who_is_in_refreshes_live_with_other_devices_sign_ins(
    make_desk, staff, qtbot, store, clock, identity
):
    kiosk = add_kiosk(store, clock, identity)
    window = make_desk(refresh_ms=50)
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    today = window.pages["today"]
    assert today.table.rowCount() == 0
    # the kiosk's sign-in lands in this store (as a sync would put it): no click at the desk
    VisitService(store, clock).sign_in(
        kiosk, SignIn(VisitReason.OTHER, party=Party((Role.FATHER,), ()))
    )
    qtbot.waitUntil(lambda: today.table.rowCount() == 1, timeout=5000)
    assert today.table.item(0, 4).text() == "Entrance kiosk"
    assert "Entrance kiosk: data up to" in today.fresh_label.text()


def test_private_word_arrives_as_a_quiet_alert(make_desk, staff, qtbot, store, clock, identity):
    kiosk = add_kiosk(store, clock, identity)
    window = make_desk(alert_poll_ms=50)
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    assert not window.alert_bar.isVisible()
    clock.advance(timedelta(minutes=1))
    AlertService(store, clock).private_word(kiosk)
    qtbot.waitUntil(window.alert_bar.isVisible, timeout=5000)
    assert "Entrance kiosk" in window.alert_bar.text.text()
    assert "private word" in window.alert_bar.text.text()
    click(qtbot, window, window.alert_bar.seen)
    assert not window.alert_bar.isVisible()
    qtbot.wait(200)  # several polls: the same alert does not come back
    assert not window.alert_bar.isVisible()


def test_sign_in_a_party_without_a_family_record(make_desk, staff, qtbot, store, clock, identity):
    from PySide6.QtCore import Qt

    from hubdesk.domain.people import AgeBand

    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    today = window.pages["today"]
    click(qtbot, window, today.sign_in_button)
    click(qtbot, window, today.anonymous_button)
    assert not today.confirm_sign_in.isEnabled()  # nobody counted yet
    dad, toddler = today.role_counts[Role.FATHER], today.band_counts[AgeBand.B2_4]
    click(qtbot, window, dad.plus)  # 56 px buttons, as on the kiosk
    click(qtbot, window, toddler.plus)
    qtbot.keyClick(toddler, Qt.Key.Key_Up)  # the keyboard works too
    assert min(dad.plus.height(), dad.minus.height(), toddler.plus.width()) >= 48
    click(qtbot, window, today.confirm_sign_in)
    qtbot.waitUntil(lambda: today.row_of("Not registered") >= 0)
    with store.read() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.family_id is None
        assert (visit.adults_father, visit.children_2_4, visit.people) == (1, 2, 3)
        assert visit.device_id == identity.device_id


def test_the_alert_says_where_to_find_the_person(make_desk, staff, qtbot, store, clock, identity):
    from hubdesk.domain.staff import StaffRole as Role_
    from hubdesk.services.base import Actor
    from hubdesk.services.setup import SetupService

    kiosk = add_kiosk(store, clock, identity)
    boss = Actor(
        identity.device_id, identity.hub_id, identity.site_id, staff[Role_.ADMIN], Role_.ADMIN
    )
    SetupService(store, clock).set_site_rooms(boss, identity.site_id, ["Garden room"])
    window = make_desk(alert_poll_ms=50)
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    clock.advance(timedelta(minutes=1))
    AlertService(store, clock).private_word(kiosk, room="Garden room")
    qtbot.waitUntil(window.alert_bar.isVisible, timeout=5000)
    assert "they will be in \u2068Garden room\u2069" in window.alert_bar.text.text()
