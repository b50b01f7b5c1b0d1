from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from hubdesk.domain.catalogue import ActivityKind, SiteKind, VisitReason
from hubdesk.domain.errors import PermissionDeniedError, ValidationError
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.base import HUB_TZ
from hubdesk.services.setup import SetupService
from hubdesk.services.timetable import ActivityIn, TimetableService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import Activity, OutboxEvent, Visit

from .conftest import khan_family

MONDAY = date(2026, 6, 15)  # the clock fixture is Tuesday 16 June 2026, 10:30 BST


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=HUB_TZ)


@pytest.fixture
def timetable(store, clock):
    return TimetableService(store, clock)


def stay_and_play(site_id, day=MONDAY + timedelta(days=1), **changes):
    base = ActivityIn(
        site_id=site_id,
        name="Stay and play",
        kind=ActivityKind.STAY_AND_PLAY,
        starts_at=local(day, 10),
        ends_at=local(day, 11, 30),
        capacity=20,
    )
    return replace(base, **changes)


def test_add_update_cancel(store, timetable, reception, identity, count):
    before = count(OutboxEvent)
    aid = timetable.add(reception, stay_and_play(identity.site_id, name="  Stay  and play "))
    assert count(OutboxEvent) == before + 1
    week = timetable.week(identity.hub_id, MONDAY)
    assert [(a.id, a.name, a.site_name, a.attending, a.cancelled) for a in week] == [
        (aid, "Stay and play", "Riverside Family Hub", 0, False)
    ]
    timetable.update(reception, aid, stay_and_play(identity.site_id, capacity=None, name="Play"))
    with store.read() as session:
        row = session.get(Activity, aid)
        assert (row.name, row.capacity) == ("Play", None)
    timetable.cancel(reception, aid)
    timetable.cancel(reception, aid)  # harmless
    assert count(OutboxEvent) == before + 3
    assert timetable.week(identity.hub_id, MONDAY)[0].cancelled
    assert timetable.today(identity.hub_id, identity.site_id) == []
    with pytest.raises(ValidationError) as err:
        timetable.update(reception, aid, stay_and_play(identity.site_id))
    assert err.value.code == "cancelled"


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"name": " "}, "name", "required"),
        ({"name": "x" * 121}, "name", "too_long"),
        ({"kind": "rave"}, "kind", "unknown_kind"),
        ({"starts_at": datetime(2026, 6, 16, 10)}, "starts_at", "no_time_zone"),
        ({"ends_at": "11:30"}, "ends_at", "not_a_time"),
        ({"ends_at": local(date(2026, 6, 16), 10)}, "ends_at", "not_after_start"),
        ({"ends_at": local(date(2026, 6, 16), 9)}, "ends_at", "not_after_start"),
        ({"ends_at": local(date(2026, 6, 17), 0, 30)}, "ends_at", "not_same_day"),
        ({"capacity": 0}, "capacity", "out_of_range"),
        ({"capacity": 501}, "capacity", "out_of_range"),
        ({"capacity": "20"}, "capacity", "not_a_number"),
        ({"site_id": uuid.uuid4()}, "site_id", "unknown_site"),
    ],
)
def test_add_refuses_bad_input_and_writes_nothing(
    timetable, reception, identity, unchanged, changes, field, code
):
    with unchanged(Activity), pytest.raises(ValidationError) as err:
        timetable.add(reception, replace(stay_and_play(identity.site_id), **changes))
    assert (err.value.field, err.value.code) == (field, code)


def test_session_may_end_at_midnight_and_hold_500(timetable, reception, identity):
    day = date(2026, 6, 16)
    timetable.add(
        reception,
        stay_and_play(
            identity.site_id, starts_at=local(day, 22), ends_at=local(day + timedelta(1), 0)
        ),
    )
    timetable.add(reception, stay_and_play(identity.site_id, capacity=500))


def test_update_refuses_bad_input_and_writes_nothing(timetable, reception, identity, unchanged):
    aid = timetable.add(reception, stay_and_play(identity.site_id))
    with unchanged(Activity), pytest.raises(ValidationError) as err:
        timetable.update(reception, aid, stay_and_play(identity.site_id, capacity=0))
    assert err.value.field == "capacity"
    with unchanged(Activity), pytest.raises(ValidationError) as err:
        timetable.update(reception, uuid.uuid4(), stay_and_play(identity.site_id))
    assert err.value.field == "activity"


def test_outreach_and_kiosk_may_not_manage_timetable(
    timetable, outreach, kiosk, identity, unchanged
):
    with unchanged(Activity), pytest.raises(PermissionDeniedError):
        timetable.add(outreach, stay_and_play(identity.site_id))
    with unchanged(Activity), pytest.raises(PermissionDeniedError):
        timetable.add(kiosk, stay_and_play(identity.site_id))


def test_week_today_and_sites(store, timetable, reception, identity, outreach, clock):
    school = SetupService(store, clock).add_site(
        outreach, name="St Mary's Primary", kind=SiteKind.SCHOOL
    )
    tue = MONDAY + timedelta(days=1)
    a = timetable.add(reception, stay_and_play(identity.site_id))
    b = timetable.add(
        reception,
        stay_and_play(
            school.id,
            name="Breakfast club",
            kind=ActivityKind.BREAKFAST_CLUB,
            starts_at=local(tue, 8),
            ends_at=local(tue, 9),
        ),
    )
    c = timetable.add(reception, stay_and_play(identity.site_id, day=MONDAY + timedelta(days=6)))
    timetable.add(reception, stay_and_play(identity.site_id, day=MONDAY + timedelta(days=7)))
    timetable.add(reception, stay_and_play(identity.site_id, day=MONDAY - timedelta(days=1)))
    assert [x.id for x in timetable.week(identity.hub_id, MONDAY)] == [b, a, c]
    assert [x.id for x in timetable.week(identity.hub_id, MONDAY, school.id)] == [b]
    assert [x.id for x in timetable.today(identity.hub_id, identity.site_id)] == [a]
    assert [x.site_name for x in timetable.today(identity.hub_id, school.id)] == [
        "St Mary's Primary"
    ]


def test_copy_week_skips_cancelled_and_existing(store, timetable, reception, identity, count):
    tue = MONDAY + timedelta(days=1)
    timetable.add(reception, stay_and_play(identity.site_id))
    gone = timetable.add(reception, stay_and_play(identity.site_id, name="Baby clinic"))
    timetable.cancel(reception, gone)
    timetable.add(
        reception,
        stay_and_play(
            identity.site_id,
            name="Youth group",
            kind=ActivityKind.YOUTH_GROUP,
            starts_at=local(tue + timedelta(days=2), 18),
            ends_at=local(tue + timedelta(days=2), 20),
            capacity=None,
        ),
    )
    next_monday = MONDAY + timedelta(days=7)
    # already there next week: same site, name and start
    timetable.add(reception, stay_and_play(identity.site_id, day=tue + timedelta(days=7)))
    before = count(OutboxEvent)
    assert timetable.copy_week(reception, MONDAY, next_monday) == 1
    assert count(OutboxEvent) == before + 1
    week = timetable.week(identity.hub_id, next_monday)
    assert sorted((a.name, a.starts_at, a.capacity) for a in week) == [
        ("Stay and play", local(tue + timedelta(days=7), 10), 20),
        ("Youth group", local(tue + timedelta(days=9), 18), None),
    ]
    assert timetable.copy_week(reception, MONDAY, next_monday) == 0  # nothing new the second time


def test_copy_week_keeps_local_time_across_clock_change(timetable, reception, identity):
    # Clocks go back on Sunday 25 October 2026: 10:00 BST is 09:00 UTC, 10:00 GMT is 10:00 UTC.
    mon = date(2026, 10, 19)
    timetable.add(reception, stay_and_play(identity.site_id, day=mon))
    assert timetable.copy_week(reception, mon, mon + timedelta(days=7)) == 1
    copied = timetable.week(identity.hub_id, mon + timedelta(days=7))[0]
    assert copied.starts_at == datetime(2026, 10, 26, 10, tzinfo=UTC)
    assert copied.starts_at.astimezone(HUB_TZ).hour == 10


def test_copy_week_refusals(timetable, reception, outreach, unchanged):
    with unchanged(Activity), pytest.raises(ValidationError) as err:
        timetable.copy_week(reception, MONDAY, MONDAY)
    assert err.value.field == "to_week_start"
    with unchanged(Activity), pytest.raises(PermissionDeniedError):
        timetable.copy_week(outreach, MONDAY, MONDAY + timedelta(days=7))


def test_register_attendees_until_full(store, timetable, families, reception, kiosk, identity):
    aid = timetable.add(reception, stay_and_play(identity.site_id, capacity=5))
    khan = families.register(reception, khan_family())
    done = timetable.register_attendee(reception, aid, khan.family_id, khan.member_ids[:3])
    assert done.people == 3
    with store.read() as session:
        visit = session.get(Visit, done.visit_id)
        assert (visit.reason, visit.activity_id) == (VisitReason.ACTIVITY.value, aid)
    # an anonymous pair at the kiosk takes the last two places
    VisitService(store, timetable.clock).sign_in(
        kiosk,
        SignIn(
            VisitReason.ACTIVITY,
            party=Party.from_counts({Role.CARER: 1}, {AgeBand.B0_1: 1}),
            activity_id=aid,
        ),
    )
    [view] = timetable.week(identity.hub_id, MONDAY)
    assert view.attending == 5
    other = families.register(reception, khan_family())
    with pytest.raises(ValidationError) as err:
        timetable.register_attendee(reception, aid, other.family_id, other.member_ids[3:])
    assert (err.value.field, err.value.code) == ("activity", "full")
    with store.read() as session:
        assert len(session.scalars(select(Visit)).all()) == 2
    attendees = timetable.attendees(reception, aid)
    assert [(a.people, a.names) for a in attendees] == [(3, "Amira, Omar, Zara"), (2, None)]
    with pytest.raises(PermissionDeniedError):
        timetable.attendees(kiosk, aid)
    with pytest.raises(PermissionDeniedError):
        timetable.register_attendee(kiosk, aid, khan.family_id, khan.member_ids[:1])


def test_register_attendee_for_cancelled_or_unknown_session(
    timetable, families, reception, identity, unchanged
):
    aid = timetable.add(reception, stay_and_play(identity.site_id))
    timetable.cancel(reception, aid)
    khan = families.register(reception, khan_family())
    with unchanged(Visit), pytest.raises(ValidationError) as err:
        timetable.register_attendee(reception, aid, khan.family_id, khan.member_ids)
    assert (err.value.field, err.value.code) == ("activity", "unknown_activity")
    with unchanged(Visit), pytest.raises(ValidationError):
        timetable.register_attendee(reception, uuid.uuid4(), khan.family_id, khan.member_ids)


def test_a_family_in_the_building_joins_a_session_with_its_visit(
    store, timetable, families, reception, kiosk, identity
):
    aid = timetable.add(reception, stay_and_play(identity.site_id, capacity=5))
    khan = families.register(reception, khan_family())
    visits = VisitService(store, timetable.clock)
    drop_in = visits.sign_in(
        kiosk,
        SignIn(VisitReason.JUST_VISITING, family_id=khan.family_id, member_ids=khan.member_ids),
    )
    joined = timetable.register_attendee(reception, aid, khan.family_id, khan.member_ids)
    assert joined.visit_id == drop_in.visit_id  # one visit, never a second
    with store.read() as session:
        [visit] = session.scalars(select(Visit)).all()
        assert (visit.reason, visit.activity_id) == (VisitReason.ACTIVITY.value, aid)
    [view] = timetable.week(identity.hub_id, MONDAY)
    assert view.attending == 4


def test_joining_a_full_session_is_refused_and_the_visit_stays_as_it_was(
    store, timetable, families, reception, kiosk, identity
):
    aid = timetable.add(reception, stay_and_play(identity.site_id, capacity=3))
    khan = families.register(reception, khan_family())
    VisitService(store, timetable.clock).sign_in(
        kiosk,
        SignIn(VisitReason.JUST_VISITING, family_id=khan.family_id, member_ids=khan.member_ids),
    )
    with pytest.raises(ValidationError) as err:
        timetable.register_attendee(reception, aid, khan.family_id, khan.member_ids)
    assert (err.value.field, err.value.code) == ("activity", "full")
    with store.read() as session:
        [visit] = session.scalars(select(Visit)).all()
        assert (visit.reason, visit.activity_id) == (VisitReason.JUST_VISITING.value, None)
