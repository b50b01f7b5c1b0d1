"""Bookings on the desk, driven as staff would: booking a family into next week's session
(choosing who comes), the waiting list and the offer of a freed place, the override with a
reason, the register on the day (marking "came" is the sign-in; a booking alone puts no one on
the roll call), the printed register, and no-shows counted by programme."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from hubdesk.domain.catalogue import ActivityKind, BookingStatus
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import HUB_TZ, Actor
from hubdesk.services.bookings import BookingIn, BookingService
from hubdesk.services.roll_call import RollCallService
from hubdesk.services.timetable import ActivityIn, TimetableService
from hubdesk.storage.models import AuditEntry, Booking, Visit

from .conftest import PINS, click, click_row, register, sign_in, type_into

TODAY = date(2026, 6, 16)  # the clock fixture: Tuesday 16 June 2026, 10:30 BST
NEXT_SATURDAY = date(2026, 6, 27)  # Saturday of next week


def actor_for(identity, staff_id, role=StaffRole.RECEPTION):  # type: ignore[no-untyped-def]
    return Actor(identity.device_id, identity.hub_id, identity.site_id, staff_id, role)


def add_session(store, clock, actor, name, day, hour, capacity):  # type: ignore[no-untyped-def]
    start = datetime(day.year, day.month, day.day, hour, tzinfo=HUB_TZ)
    return TimetableService(store, clock).add(
        actor,
        ActivityIn(
            actor.site_id, name, ActivityKind.STAY_AND_PLAY, start, start + timedelta(hours=1),
            capacity,
        ),
    )  # fmt: skip


def two_children(store, clock, identity, first, last):  # type: ignore[no-untyped-def]
    """A mother, and (with `register`'s child) a child: 2 people; the test ticks who comes."""
    return register(store, clock, identity, first, last, child=f"{first}kid")


def open_timetable(make_desk, staff, qtbot):  # type: ignore[no-untyped-def]
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.RECEPTION], PINS[StaffRole.RECEPTION])
    window.open_page("timetable")
    return window, window.pages["timetable"]


def choose_family(qtbot, window, page, text):  # type: ignore[no-untyped-def]
    """Type in the search, click the family: returns the interactions used."""
    side = page.side
    type_into(qtbot, window, side.picker.field, text)
    qtbot.waitUntil(lambda: side.picker.item_for(text) is not None)
    from .conftest import click_list_item

    click_list_item(qtbot, window, side.picker.results, side.picker.item_for(text))
    qtbot.waitUntil(lambda: side.members.isVisible() and side.members.count() > 0)
    return len(text) + 1


def untick(qtbot, window, lst, name):  # type: ignore[no-untyped-def]
    for i in range(lst.count()):
        item = lst.item(i)
        if item.text() == name:
            rect = lst.visualItemRect(item)
            # the tick box sits at the left of the item
            qtbot.mouseClick(
                lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + _box(rect)
            )
            from .conftest import settle

            settle(qtbot, window)
            assert item.checkState() == Qt.CheckState.Unchecked
            return
    raise AssertionError(f"no member {name}")


def _box(rect):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(10, rect.height() // 2)


def click_tab(qtbot, window, tabs, index):  # type: ignore[no-untyped-def]
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    from .conftest import settle

    settle(qtbot, window)
    assert tabs.currentIndex() == index


def select_register_row(qtbot, window, page, text):  # type: ignore[no-untyped-def]
    side = page.side
    qtbot.waitUntil(lambda: side.row_of(text) >= 0)
    click_row(qtbot, window, side.register_table, side.row_of(text), 0)


def test_book_a_family_into_next_saturdays_session(make_desk, staff, qtbot, store, clock, identity):
    reception = actor_for(identity, staff[StaffRole.RECEPTION])
    saturday = add_session(store, clock, reception, "Saturday stay and play", NEXT_SATURDAY, 10, 6)
    fam = register(store, clock, identity, "Amira", "Khan", child="Zara")
    window, page = open_timetable(make_desk, staff, qtbot)

    interactions = 0
    click(qtbot, window, page.next_button)  # to next week
    interactions += 1
    qtbot.waitUntil(lambda: page.row_of("Saturday stay and play") >= 0)
    assert page.table.item(page.row_of("Saturday stay and play"), 3).text() == "0 / 6"
    click_row(qtbot, window, page.table, page.row_of("Saturday stay and play"))
    interactions += 1
    assert "0 of 6 places taken" in page.side.session_label.text()
    interactions += choose_family(qtbot, window, page, "Khan")  # 4 keys + 1 click
    assert [page.side.members.item(i).text() for i in range(2)] == ["Amira", "Zara"]
    assert page.side.book_button.text() == "Book 2 places for Amira Khan + 1 child"
    click(qtbot, window, page.side.book_button)
    interactions += 1
    assert interactions == 8
    qtbot.waitUntil(
        lambda: page.table.item(page.row_of("Saturday stay and play"), 3).text() == "2 / 6"
    )
    assert "Amira Khan + 1 child booked: 2 places." in page.message.text()
    qtbot.waitUntil(lambda: "2 of 6 places taken" in page.side.session_label.text())
    with store.read() as session:
        booking = session.scalars(select(Booking)).one()
        assert (booking.activity_id, booking.family_id) == (saturday, fam.family_id)
        assert (booking.status, booking.people) == ("booked", 2)
        assert session.scalars(select(Visit)).all() == []  # nobody signed in
    assert RollCallService(store, clock).roll_call(reception).parties == ()


def test_choosing_who_comes_and_the_places_agree(make_desk, staff, qtbot, store, clock, identity):
    reception = actor_for(identity, staff[StaffRole.RECEPTION])
    add_session(store, clock, reception, "Baby massage", NEXT_SATURDAY, 10, 2)
    register(store, clock, identity, "Amira", "Khan", child="Zara")
    register(store, clock, identity, "Beth", "Brown", child="Bo")
    window, page = open_timetable(make_desk, staff, qtbot)
    click(qtbot, window, page.next_button)
    qtbot.waitUntil(lambda: page.row_of("Baby massage") >= 0)
    click_row(qtbot, window, page.table, page.row_of("Baby massage"))
    choose_family(qtbot, window, page, "Khan")
    untick(qtbot, window, page.side.members, "Amira")  # only Zara comes (with a grandparent)
    assert page.side.book_button.text().startswith("Book 1 place")
    click(qtbot, window, page.side.book_button)
    qtbot.waitUntil(lambda: "1 of 2 places taken" in page.side.session_label.text())
    # one place left: the Browns (2) do not fit, and the screen says so before booking
    choose_family(qtbot, window, page, "Brown")
    assert page.side.full_note.isVisible()
    assert "Only 1 place" in page.side.full_note.text()
    assert page.side.book_button.text() == "Put Beth Brown + 1 child on the waiting list"
    untick(qtbot, window, page.side.members, "Beth")
    assert not page.side.full_note.isVisible()
    click(qtbot, window, page.side.book_button)
    qtbot.waitUntil(lambda: "2 of 2 places taken" in page.side.session_label.text())


def test_the_waiting_list_and_the_offer(make_desk, staff, qtbot, store, clock, identity):
    reception = actor_for(identity, staff[StaffRole.RECEPTION])
    aid = add_session(store, clock, reception, "Toddler music", NEXT_SATURDAY, 10, 2)
    khan = register(store, clock, identity, "Amira", "Khan", child="Zara")
    register(store, clock, identity, "Beth", "Brown", child="Bo")
    cole = register(store, clock, identity, "Cara", "Cole", child="Cy")
    BookingService(store, clock).book(reception, BookingIn(aid, khan.family_id, khan.member_ids))
    window, page = open_timetable(make_desk, staff, qtbot)
    click(qtbot, window, page.next_button)
    qtbot.waitUntil(lambda: page.row_of("Toddler music") >= 0)
    click_row(qtbot, window, page.table, page.row_of("Toddler music"))
    assert "2 of 2 places taken" in page.side.session_label.text()
    choose_family(qtbot, window, page, "Brown")
    click(qtbot, window, page.side.book_button)
    qtbot.waitUntil(
        lambda: "Brown + 1 child is number 1 on the waiting list." in page.message.text()
    )
    BookingService(store, clock).book(reception, BookingIn(aid, cole.family_id, cole.member_ids))
    click_tab(qtbot, window, page.side.tabs, 1)  # the Register tab (a tab click)
    click(qtbot, window, page.this_week)  # reload, as staff returning to it would
    click(qtbot, window, page.next_button)
    click_row(qtbot, window, page.table, page.row_of("Toddler music"))
    assert page.table.item(page.row_of("Toddler music"), 3).text() == "2 / 2 · 2 waiting"
    side = page.side
    qtbot.waitUntil(lambda: side.row_of("Beth") >= 0 and side.row_of("Cara") >= 0)
    assert side.register_table.item(side.row_of("Beth"), 2).text() == "Waiting list 1"
    assert side.register_table.item(side.row_of("Cara"), 2).text() == "Waiting list 2"
    assert not side.offer_bar.isVisible()
    # the Khans cancel: the place goes to the first family waiting, and the desk shows the offer
    select_register_row(qtbot, window, page, "Amira")
    click(qtbot, window, side.cancel_booking)
    qtbot.waitUntil(lambda: side.offer_bar.isVisible())
    assert "Beth" in side.offer_text.text()
    assert side.register_table.item(side.row_of("Beth"), 2).text() == "Place offered"
    # the Browns cannot come after all: pass it on to the Coles, who take it
    click(qtbot, window, side.pass_offer)
    qtbot.waitUntil(lambda: "Cara" in side.offer_text.text())
    click(qtbot, window, side.confirm_offer)
    qtbot.waitUntil(lambda: not side.offer_bar.isVisible())
    qtbot.waitUntil(lambda: side.register_table.item(side.row_of("Cara"), 2).text() == "Booked")
    with store.read() as session:
        statuses = {b.family_id: b.status for b in session.scalars(select(Booking))}
    assert statuses[cole.family_id] == BookingStatus.BOOKED.value
    assert statuses[khan.family_id] == BookingStatus.CANCELLED.value


def test_override_beyond_the_places_with_a_reason(make_desk, staff, qtbot, store, clock, identity):
    reception = actor_for(identity, staff[StaffRole.RECEPTION])
    aid = add_session(store, clock, reception, "Dads' group", NEXT_SATURDAY, 10, 2)
    khan = register(store, clock, identity, "Amira", "Khan", child="Zara")
    brown = register(store, clock, identity, "Beth", "Brown", child="Bo")
    BookingService(store, clock).book(reception, BookingIn(aid, khan.family_id, khan.member_ids))
    window, page = open_timetable(make_desk, staff, qtbot)
    click(qtbot, window, page.next_button)
    qtbot.waitUntil(lambda: page.row_of("Dads' group") >= 0)
    click_row(qtbot, window, page.table, page.row_of("Dads' group"))
    choose_family(qtbot, window, page, "Brown")
    side = page.side
    assert side.reason.isVisible()
    type_into(qtbot, window, side.reason, "Referred by the health visitor")
    assert side.book_button.text().startswith("Book 2 beyond the places")
    click(qtbot, window, side.book_button)
    qtbot.waitUntil(lambda: "4 of 2 places taken" in side.session_label.text())
    click_tab(qtbot, window, page.side.tabs, 1)
    qtbot.waitUntil(lambda: side.row_of("Beth") >= 0)
    item = side.register_table.item(side.row_of("Beth"), 2)
    assert item.text() == "Booked beyond places"
    with store.read() as session:
        b = session.scalars(select(Booking).where(Booking.family_id == brown.family_id)).one()
        assert b.over_capacity
        assert b.override_reason == "Referred by the health visitor"
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "booking.over_capacity")
        ).one()
        assert audit.staff_id == staff[StaffRole.RECEPTION]
        assert "health visitor" not in audit.detail  # the reason is personal: not in the log


def test_the_register_on_the_day(make_desk, staff, qtbot, store, clock, identity):
    reception = actor_for(identity, staff[StaffRole.RECEPTION])
    aid = add_session(store, clock, reception, "Baby clinic", TODAY, 11, 10)
    khan = register(store, clock, identity, "Amira", "Khan", child="Zara")
    brown = register(store, clock, identity, "Beth", "Brown", child="Bo")
    bookings = BookingService(store, clock)
    bookings.book(reception, BookingIn(aid, khan.family_id, khan.member_ids))
    bookings.book(reception, BookingIn(aid, brown.family_id, brown.member_ids[:1]))
    window, page = open_timetable(make_desk, staff, qtbot)
    # booked, not here: no one on the roll call or in the building
    today = window.pages["today"]
    assert today.table.rowCount() == 0
    assert RollCallService(store, clock).roll_call(reception).parties == ()
    qtbot.waitUntil(lambda: page.row_of("Baby clinic") >= 0)
    click_row(qtbot, window, page.table, page.row_of("Baby clinic"))
    click_tab(qtbot, window, page.side.tabs, 1)
    side = page.side
    select_register_row(qtbot, window, page, "Amira")
    clock.advance(timedelta(minutes=32))  # they arrive at 11:02
    click(qtbot, window, side.came_button)
    qtbot.waitUntil(lambda: "signed in at 11:02" in page.message.text())
    qtbot.waitUntil(
        lambda: side.register_table.item(side.row_of("Amira"), 2).text() == "Came 11:02"
    )
    call = RollCallService(store, clock).roll_call(reception)
    assert [p.names for p in call.parties] == ["Amira, Zara"]
    with store.read() as session:
        visit = session.scalars(select(Visit)).one()
        assert (visit.family_id, visit.activity_id) == (khan.family_id, aid)
        assert visit.signed_in_at == clock.now()
    # the register prints: a user-only PDF
    click(qtbot, window, side.print_register)
    qtbot.waitUntil(lambda: side.last_pdf is not None)
    assert side.last_pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(os.stat(side.last_pdf).st_mode) == 0o600
    # the session ends: the Browns did not come
    clock.advance(timedelta(hours=2))
    click(qtbot, window, page.this_week)
    click_row(qtbot, window, page.table, page.row_of("Baby clinic"))
    qtbot.waitUntil(lambda: "1 did not come" in side.register_summary.text())
    assert side.register_table.item(side.row_of("Beth"), 2).text() == "Did not come"


def test_a_future_session_cannot_be_marked_came(make_desk, staff, qtbot, store, clock, identity):
    reception = actor_for(identity, staff[StaffRole.RECEPTION])
    aid = add_session(store, clock, reception, "Saturday club", NEXT_SATURDAY, 10, 10)
    khan = register(store, clock, identity, "Amira", "Khan", child="Zara")
    BookingService(store, clock).book(reception, BookingIn(aid, khan.family_id, khan.member_ids))
    window, page = open_timetable(make_desk, staff, qtbot)
    click(qtbot, window, page.next_button)
    qtbot.waitUntil(lambda: page.row_of("Saturday club") >= 0)
    click_row(qtbot, window, page.table, page.row_of("Saturday club"))
    click_tab(qtbot, window, page.side.tabs, 1)
    select_register_row(qtbot, window, page, "Amira")
    assert not page.side.came_button.isEnabled()
    assert "on the day" in page.side.came_button.toolTip()


def test_no_shows_by_programme(make_desk, staff, qtbot, store, clock, identity):
    reception = actor_for(identity, staff[StaffRole.RECEPTION])
    last_week = add_session(
        store, clock, reception, "Stay and play", TODAY - timedelta(days=7), 11, 10
    )
    this_week = add_session(store, clock, reception, "Stay and play", TODAY, 11, 10)
    khan = register(store, clock, identity, "Amira", "Khan", child="Zara")
    brown = register(store, clock, identity, "Beth", "Brown", child="Bo")
    bookings = BookingService(store, clock)
    clock.advance(timedelta(days=-8))  # booked the week before
    bookings.book(reception, BookingIn(last_week, khan.family_id, khan.member_ids))
    bookings.book(reception, BookingIn(last_week, brown.family_id, brown.member_ids))
    bookings.book(reception, BookingIn(this_week, brown.family_id, brown.member_ids))
    clock.advance(timedelta(days=1))  # last week's session day
    first = bookings.register(reception, last_week).rows[0]
    bookings.mark_came(reception, first.id)
    clock.advance(timedelta(days=7, hours=3))  # today, after this week's session
    window, page = open_timetable(make_desk, staff, qtbot)
    side = page.side
    click_tab(qtbot, window, side.tabs, 2)  # Programmes
    click(qtbot, window, side.prog_show)
    qtbot.waitUntil(lambda: side.prog_table.rowCount() == 1)
    assert not page.table.isVisible()  # the figures take the page's width
    cells = [side.prog_table.item(0, c).text() for c in range(10)]
    assert cells[0] == "Stay and play"
    assert cells[3:6] == ["2", "Tue 09 Jun 2026", "Tue 16 Jun 2026"]  # sessions, first, last
    assert cells[6:] == ["3", "1", "2", "2"]  # booked, came, no-shows, people
