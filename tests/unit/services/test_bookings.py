"""Bookings: places held apart from attendance, the waiting list and its offers, the override,
the register on the day (the sign-in), no-shows, programme figures, erasure and sync."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from hubdesk.domain.catalogue import ActivityKind, BookingStatus
from hubdesk.domain.errors import CombinedValidationError, ValidationError
from hubdesk.services.base import HUB_TZ
from hubdesk.services.bookings import BookingIn, BookingService
from hubdesk.services.erasure import ErasureService
from hubdesk.services.timetable import ActivityIn, TimetableService
from hubdesk.services.visits import VisitService
from hubdesk.storage.models import Booking, OutboxEvent, Visit

from .conftest import khan_family

TODAY = date(2026, 6, 16)  # the clock fixture: Tuesday 16 June 2026, 10:30 BST
SATURDAY = date(2026, 6, 20)


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=HUB_TZ)


@pytest.fixture
def bookings(store, clock):
    return BookingService(store, clock)


def session_on(store, clock, actor, site_id, day, capacity, hour=11, name="Stay and play"):
    return TimetableService(store, clock).add(
        actor,
        ActivityIn(
            site_id, name, ActivityKind.STAY_AND_PLAY, at(day, hour), at(day, hour + 1), capacity
        ),
    )


def family(families, reception, first="Amira", last="Khan"):
    from hubdesk.domain.people import Role
    from hubdesk.services.families import AdultIn

    return families.register(
        reception,
        khan_family(adults=(AdultIn(first, last, Role.MOTHER), AdultIn("Omar", last, Role.FATHER))),
    )


def test_a_booking_holds_places_and_signs_no_one_in(
    store, clock, bookings, families, reception, identity
):
    aid = session_on(store, clock, reception, identity.site_id, SATURDAY, 6)
    khan = family(families, reception)
    done = bookings.book(reception, BookingIn(aid, khan.family_id, khan.member_ids[:3]))
    assert (done.status, done.people) == (BookingStatus.BOOKED, 3)
    week = TimetableService(store, clock).week(identity.hub_id, date(2026, 6, 15))
    assert (week[0].taken, week[0].attending) == (3, 0)
    with store.read() as session:
        assert session.scalars(select(Visit)).all() == []
        event = session.scalars(select(OutboxEvent).where(OutboxEvent.entity == "booking")).one()
        assert "member_ids" in event.body["personal"]
        assert "member_ids" not in event.body["footfall"]
    assert VisitService(store, clock).who_is_in(identity.hub_id) == []


def test_every_problem_at_once(store, clock, bookings, families, reception, identity):
    aid = session_on(store, clock, reception, identity.site_id, TODAY, 6, hour=8)  # ended 09:00
    khan = family(families, reception)
    with pytest.raises(CombinedValidationError) as caught:
        bookings.book(reception, BookingIn(aid, khan.family_id, ()))
    assert {e.field for e in caught.value.errors} == {"activity", "members"}


def test_waiting_list_offer_confirm_and_pass(store, clock, bookings, families, reception, identity):
    aid = session_on(store, clock, reception, identity.site_id, SATURDAY, 4)
    a = family(families, reception, "Amira", "Khan")
    b = family(families, reception, "Beth", "Brown")
    c = family(families, reception, "Cara", "Cole")
    first = bookings.book(reception, BookingIn(aid, a.family_id, a.member_ids[:3]))
    second = bookings.book(reception, BookingIn(aid, b.family_id, b.member_ids[:2]))
    third = bookings.book(reception, BookingIn(aid, c.family_id, c.member_ids[:1]))
    assert (second.status, second.position) == (BookingStatus.WAITING, 1)
    assert third.status is BookingStatus.BOOKED  # one place was left: it fits
    with pytest.raises(ValidationError) as caught:
        bookings.book(reception, BookingIn(aid, b.family_id, b.member_ids[:1]))
    assert caught.value.code == "already_booked"
    bookings.cancel(reception, first.booking_id)
    reg = bookings.register(reception, aid)
    assert [r.id for r in reg.offers] == [second.booking_id]
    bookings.pass_offer(reception, second.booking_id)
    reg = bookings.register(reception, aid)
    assert reg.offers == ()
    assert reg.taken == 1
    d = family(families, reception, "Dina", "Dale")
    fourth = bookings.book(reception, BookingIn(aid, d.family_id, d.member_ids))  # 4: no room
    assert fourth.status is BookingStatus.WAITING
    bookings.cancel(reception, third.booking_id)
    assert [r.id for r in bookings.register(reception, aid).offers] == [fourth.booking_id]
    bookings.confirm_offer(reception, fourth.booking_id)
    reg = bookings.register(reception, aid)
    assert reg.taken == 4
    assert reg.booked[0].status is BookingStatus.BOOKED


def test_override_beyond_capacity_is_audited(store, clock, bookings, families, reception, identity):
    from hubdesk.storage.models import AuditEntry

    aid = session_on(store, clock, reception, identity.site_id, SATURDAY, 2)
    khan = family(families, reception)
    done = bookings.book(
        reception, BookingIn(aid, khan.family_id, khan.member_ids, "Referred by health visitor")
    )
    assert done.status is BookingStatus.BOOKED
    with store.read() as session:
        row = session.get(Booking, done.booking_id)
        assert row.over_capacity
        assert row.override_reason == "Referred by health visitor"
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "booking.over_capacity")
        ).one()
        assert "Referred" not in entry.detail


def test_register_on_the_day_signs_in_and_counts_no_shows(
    store, clock, bookings, families, reception, identity
):
    aid = session_on(store, clock, reception, identity.site_id, TODAY, 2, hour=11)
    later = session_on(store, clock, reception, identity.site_id, SATURDAY, 2)
    a = family(families, reception, "Amira", "Khan")
    b = family(families, reception, "Beth", "Brown")
    came = bookings.book(reception, BookingIn(aid, a.family_id, a.member_ids[:2]))
    bookings.book(reception, BookingIn(aid, b.family_id, b.member_ids[:2], "Sibling group"))
    future = bookings.book(reception, BookingIn(later, a.family_id, a.member_ids[:1]))
    with pytest.raises(ValidationError) as caught:
        bookings.mark_came(reception, future.booking_id)
    assert caught.value.code == "not_today"
    when = bookings.mark_came(reception, came.booking_id)
    assert when == clock.now()
    here = VisitService(store, clock).who_is_in(identity.hub_id)
    assert [v.family_id for v in here] == [a.family_id]
    with store.read() as session:
        visit = session.scalars(select(Visit)).one()
        assert (visit.activity_id, visit.people) == (aid, 2)
    assert bookings.register(reception, aid).taken == 4  # counted once, by the booking
    clock.advance(timedelta(hours=3))  # the session ended at 12:00
    reg = bookings.register(reception, aid)
    assert (reg.came, reg.no_shows) == (1, 1)
    figures = bookings.programmes(reception, date(2026, 6, 15), date(2026, 6, 21))
    assert len(figures) == 1
    f = figures[0]
    assert (f.sessions, f.first_day, f.last_day) == (2, TODAY, SATURDAY)
    assert (f.bookings, f.came, f.no_shows, f.attended_people) == (3, 1, 1, 2)


def test_a_family_already_in_joins_with_its_visit(
    store, clock, bookings, families, reception, identity, kiosk
):
    from hubdesk.domain.catalogue import VisitReason
    from hubdesk.services.visits import SignIn

    aid = session_on(store, clock, reception, identity.site_id, TODAY, 2, hour=11)
    khan = family(families, reception)
    done = bookings.book(reception, BookingIn(aid, khan.family_id, khan.member_ids[:2]))
    VisitService(store, clock).sign_in(
        kiosk,
        SignIn(VisitReason.JUST_VISITING, family_id=khan.family_id, member_ids=khan.member_ids),
    )
    bookings.mark_came(reception, done.booking_id)
    with store.read() as session:
        assert len(session.scalars(select(Visit)).all()) == 1  # one open visit per family
        assert session.get(Booking, done.booking_id).status == "came"


def test_erasure_blanks_who_was_booked(store, clock, bookings, families, reception, identity):
    import uuid

    from hubdesk.domain.staff import StaffRole
    from hubdesk.services.base import Actor

    admin = Actor(
        identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(), StaffRole.ADMIN
    )
    aid = session_on(store, clock, reception, identity.site_id, SATURDAY, 8)
    khan = family(families, reception)
    done = bookings.book(reception, BookingIn(aid, khan.family_id, khan.member_ids, "Because"))
    counts = ErasureService(store, clock).erase(admin, khan.family_id)
    assert counts.bookings == 1
    with store.read() as session:
        row = session.get(Booking, done.booking_id)
        assert (row.member_ids, row.override_reason, row.people) == (None, None, 4)


def test_a_kiosk_sign_in_for_the_session_is_the_booked_familys_arrival(
    store, clock, bookings, families, reception, identity, kiosk
):
    from hubdesk.domain.catalogue import VisitReason
    from hubdesk.services.visits import SignIn

    aid = session_on(store, clock, reception, identity.site_id, TODAY, 2, hour=11)
    khan = family(families, reception)
    done = bookings.book(reception, BookingIn(aid, khan.family_id, khan.member_ids[:2]))
    # full now, but the family's own booking holds its places
    VisitService(store, clock).sign_in(
        kiosk,
        SignIn(
            VisitReason.ACTIVITY,
            family_id=khan.family_id,
            member_ids=khan.member_ids[:2],
            activity_id=aid,
        ),
    )
    reg = bookings.register(reception, aid)
    assert (reg.came, reg.taken) == (1, 2)
    with store.read() as session:
        assert session.get(Booking, done.booking_id).came_at == clock.now()


def test_subject_access_and_retention_cover_bookings(
    store, clock, bookings, families, reception, identity
):
    from hubdesk.services.retention import _due_family_ids
    from hubdesk.services.subject_access import collect
    from hubdesk.storage.models import Family

    aid = session_on(store, clock, reception, identity.site_id, SATURDAY, 8)
    khan = family(families, reception)
    bookings.book(reception, BookingIn(aid, khan.family_id, khan.member_ids[:1], "Twins"))
    with store.read() as session:
        data = collect(session, session.get(Family, khan.family_id), clock.now())
        (row,) = data["bookings"]
        assert row["activity_name"] == "Stay and play"
        assert row["override_reason"] is None  # it fitted: no override was needed
        assert row["member_ids"] == str(khan.member_ids[0])
        # a family booked into a session is not due for erasure, however old its record
        later = at(SATURDAY, 9) - timedelta(days=1)
        assert khan.family_id not in _due_family_ids(session, identity.hub_id, later)


def test_more_places_are_offered_to_the_waiting_list(
    store, clock, bookings, families, reception, identity
):
    from dataclasses import replace

    aid = session_on(store, clock, reception, identity.site_id, SATURDAY, 2)
    a = family(families, reception, "Amira", "Khan")
    b = family(families, reception, "Beth", "Brown")
    bookings.book(reception, BookingIn(aid, a.family_id, a.member_ids[:2]))
    waiting = bookings.book(reception, BookingIn(aid, b.family_id, b.member_ids[:2]))
    assert waiting.status is BookingStatus.WAITING
    timetable = TimetableService(store, clock)
    held = timetable.week(identity.hub_id, date(2026, 6, 15))[0]
    timetable.update(
        reception,
        aid,
        replace(
            ActivityIn(identity.site_id, held.name, held.kind, held.starts_at, held.ends_at, 2),
            capacity=4,
        ),
    )
    assert [r.id for r in bookings.register(reception, aid).offers] == [waiting.booking_id]


def test_the_reports_count_bookings_came_and_no_shows_by_programme(
    store, clock, bookings, families, reception, identity
):
    """The month-end report's programme rows carry people booked, came and no-shows."""
    from hubdesk.services.reports import ReportService

    today = session_on(store, clock, reception, identity.site_id, TODAY, 10)  # 11:00 to 12:00
    later = session_on(store, clock, reception, identity.site_id, SATURDAY, 10)
    khan = family(families, reception)
    other = family(families, reception, first="Ewa", last="Nowak")
    came = bookings.book(reception, BookingIn(today, khan.family_id, khan.member_ids[:2]))
    bookings.book(reception, BookingIn(today, other.family_id, other.member_ids[:3]))
    bookings.book(reception, BookingIn(later, other.family_id, other.member_ids[:1]))
    clock.advance(timedelta(minutes=45))
    bookings.mark_came(reception, came.booking_id)
    clock.advance(timedelta(hours=2))  # the session has ended
    report = ReportService(store, clock).hub_report(identity.hub_id, TODAY, SATURDAY)
    (programme,) = report.by_programme
    assert programme.sessions == 2
    assert programme.attendance is not None
    # 2 + 3 + 1 people booked; 2 came; 3 did not come to the session that has ended; the
    # Saturday booking is not a no-show yet
    assert (programme.attendance.booked, programme.attendance.attended) == (6, 2)
    assert programme.attendance.no_shows == 3
