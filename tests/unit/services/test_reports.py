"""The footfall report on a small data set whose answers are worked out here by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from hubdesk.domain.catalogue import SiteKind, VisitReason
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.reports import ReportService
from hubdesk.services.setup import SetupService
from hubdesk.services.visits import SignIn, VisitService

from .conftest import khan_family

MON = date(2026, 6, 15)
SUN = date(2026, 6, 21)


@pytest.fixture
def data(store, clock, kiosk, reception, outreach, families):
    """Four visits in the week of Monday 15 June 2026 (BST) and two just outside it.

    1. Mon 15, 10:00 BST, hub: the Khans (mother, father, children 3 and 8), here to help; new.
    2. Wed 17, 00:30 BST (Tue 23:30 UTC), hub: anonymous male carer, a baby, a 22-year-old
       with SEND; just visiting; first time.
    3. Wed 17, 11:00 BST, school: Amira Khan and Zara (3) for an appointment; returning.
    4. Thu 18, 13:00 BST, hub: anonymous father and a 14-year-old, here to help; not new.
    Outside: Sun 14 23:30 BST (22:30 UTC) and Mon 22 00:30 BST (Sun 21 23:30 UTC).
    """
    visits = VisitService(store, clock)
    school = SetupService(store, clock).add_site(
        outreach, name="St Mary's Primary", kind=SiteKind.SCHOOL
    )
    khan = families.register(reception, khan_family())

    def at(y, m, d, h, mi=0):
        clock.set(datetime(y, m, d, h, mi, tzinfo=UTC))

    at(2026, 6, 14, 22, 30)
    visits.sign_in(
        kiosk,
        SignIn(VisitReason.OTHER, party=Party.from_counts({Role.MOTHER: 1}, {}), first_time=True),
    )
    at(2026, 6, 15, 9)
    visits.sign_in(
        kiosk,
        SignIn(VisitReason.HERE_TO_HELP, family_id=khan.family_id, member_ids=khan.member_ids),
    )
    at(2026, 6, 16, 23, 30)
    visits.sign_in(
        kiosk,
        SignIn(
            VisitReason.JUST_VISITING,
            party=Party.from_counts(
                {Role.CARER: 1},
                {AgeBand.B0_1: 1, AgeBand.B20_25: 1},
                send={AgeBand.B20_25: 1},
                male_carers=1,
            ),
            first_time=True,
        ),
    )
    at(2026, 6, 17, 10)
    amira, _omar, zara, _yusuf = khan.member_ids
    visits.sign_in(
        kiosk.at_site(school.id),
        SignIn(VisitReason.APPOINTMENT, family_id=khan.family_id, member_ids=(amira, zara)),
    )
    at(2026, 6, 18, 12)
    visits.sign_in(
        kiosk,
        SignIn(
            VisitReason.HERE_TO_HELP,
            party=Party.from_counts({Role.FATHER: 1}, {AgeBand.B12_16: 1}),
            first_time=False,
        ),
    )
    at(2026, 6, 21, 23, 30)
    visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=Party.from_counts({Role.FATHER: 1}, {})))
    return school, khan


def test_footfall_week(store, clock, identity, data):
    school, _ = data
    report = ReportService(store, clock).footfall(identity.hub_id, MON, SUN)
    assert report.visits == 4
    assert report.people == 4 + 3 + 2 + 2
    assert report.adults_by_role == {
        Role.MOTHER: 2,
        Role.FATHER: 2,
        Role.CARER: 1,
        Role.GRANDPARENT: 0,
        Role.OTHER: 0,
    }
    assert report.children_by_band == {
        AgeBand.B0_1: 1,
        AgeBand.B2_4: 2,
        AgeBand.B5_11: 1,
        AgeBand.B12_16: 1,
        AgeBand.B17_19: 0,
        AgeBand.B20_25: 1,
    }
    assert report.adults + report.children == report.people
    assert report.send_children == 1
    assert report.fathers == 2
    assert report.male_carers == 1
    assert report.fathers_and_male_carers == 3
    assert report.distinct_families == 1
    assert (report.new_visits, report.returning_visits) == (2, 2)
    assert report.anonymous_visits == 2
    assert report.by_reason == {"here_to_help": 2, "just_visiting": 1, "appointment": 1}
    assert report.by_site == {identity.site_id: 3, school.id: 1}
    assert report.by_day == {
        date(2026, 6, 15): 1,
        date(2026, 6, 16): 0,
        date(2026, 6, 17): 2,  # 23:30 UTC on the 16th is 00:30 BST on the 17th
        date(2026, 6, 18): 1,
        date(2026, 6, 19): 0,
        date(2026, 6, 20): 0,
        date(2026, 6, 21): 0,  # 23:30 UTC on the 21st is already Monday 22nd in the UK
    }


def test_footfall_one_site_and_one_day(store, clock, identity, data):
    school, _ = data
    reports = ReportService(store, clock)
    at_school = reports.footfall(identity.hub_id, MON, SUN, site_id=school.id)
    assert (at_school.visits, at_school.people, at_school.returning_visits) == (1, 2, 1)
    assert at_school.children_by_band[AgeBand.B2_4] == 1
    assert at_school.by_site == {school.id: 1}
    wed = reports.footfall(identity.hub_id, date(2026, 6, 17), date(2026, 6, 17))
    assert (wed.visits, wed.people, wed.distinct_families) == (2, 5, 1)
    assert wed.by_day == {date(2026, 6, 17): 2}
    sun = reports.footfall(identity.hub_id, date(2026, 6, 14), date(2026, 6, 14))
    assert (sun.visits, sun.by_reason) == (1, {"other": 1})


def test_empty_period_and_other_hub(store, clock, identity, data):
    import uuid

    reports = ReportService(store, clock)
    empty = reports.footfall(identity.hub_id, date(2026, 7, 1), date(2026, 7, 2))
    assert (empty.visits, empty.people, empty.distinct_families) == (0, 0, 0)
    assert empty.by_day == {date(2026, 7, 1): 0, date(2026, 7, 2): 0}
    assert empty.by_reason == {}
    assert reports.footfall(uuid.uuid4(), MON, SUN).visits == 0


def test_days_around_the_autumn_clock_change(store, clock, kiosk, identity):
    """Clocks go back at 01:00 UTC on Sunday 25 October 2026; that UK day is 25 hours long."""
    visits = VisitService(store, clock)
    for when in (
        datetime(2026, 10, 24, 22, 30, tzinfo=UTC),  # Sat 23:30 BST
        datetime(2026, 10, 24, 23, 30, tzinfo=UTC),  # Sun 00:30 BST
        datetime(2026, 10, 25, 23, 30, tzinfo=UTC),  # Sun 23:30 GMT
        datetime(2026, 10, 26, 0, 30, tzinfo=UTC),  # Mon 00:30 GMT
    ):
        clock.set(when)
        visits.sign_in(
            kiosk,
            SignIn(VisitReason.OTHER, party=Party.from_counts({Role.MOTHER: 1}, {})),
        )
    report = ReportService(store, clock).footfall(
        identity.hub_id, date(2026, 10, 23), date(2026, 10, 27)
    )
    assert report.by_day == {
        date(2026, 10, 23): 0,
        date(2026, 10, 24): 1,
        date(2026, 10, 25): 2,
        date(2026, 10, 26): 1,
        date(2026, 10, 27): 0,
    }


def test_days_around_the_spring_clock_change(store, clock, kiosk, identity):
    """Clocks go forward at 01:00 UTC on Sunday 29 March 2026; that UK day is 23 hours long."""
    visits = VisitService(store, clock)
    for when in (
        datetime(2026, 3, 28, 23, 59, tzinfo=UTC),  # Sat 23:59 GMT
        datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # Sun 00:30 GMT
        datetime(2026, 3, 29, 22, 59, tzinfo=UTC),  # Sun 23:59 BST
        datetime(2026, 3, 29, 23, 0, tzinfo=UTC),  # Mon 00:00 BST
    ):
        clock.set(when)
        visits.sign_in(
            kiosk, SignIn(VisitReason.OTHER, party=Party.from_counts({Role.MOTHER: 1}, {}))
        )
    report = ReportService(store, clock).footfall(
        identity.hub_id, date(2026, 3, 28), date(2026, 3, 30)
    )
    assert report.by_day == {date(2026, 3, 28): 1, date(2026, 3, 29): 2, date(2026, 3, 30): 1}


def test_reason_this_version_does_not_know_is_still_counted(store, clock, identity, data):
    from sqlalchemy import update

    from hubdesk.storage.models import Visit

    with store.write() as session:
        session.execute(
            update(Visit).where(Visit.reason == "appointment").values(reason="open_day")
        )
    report = ReportService(store, clock).footfall(identity.hub_id, MON, SUN)
    assert report.by_reason == {"here_to_help": 2, "just_visiting": 1, "open_day": 1}
    assert report.visits == 4


@pytest.mark.parametrize(
    ("start", "end", "field", "code"),
    [
        (date(2026, 6, 2), date(2026, 6, 1), "end", "before_start"),
        ("2026-06-01", date(2026, 6, 1), "start", "not_a_date"),
        (date(2026, 6, 1), datetime(2026, 6, 2, tzinfo=UTC), "end", "not_a_date"),
        (date(2000, 1, 1), date(2026, 1, 1), "end", "too_long"),
    ],
)
def test_bad_periods(store, clock, identity, start, end, field, code):
    with pytest.raises(ValidationError) as err:
        ReportService(store, clock).footfall(identity.hub_id, start, end)
    assert (err.value.field, err.value.code) == (field, code)


def test_report_is_a_read(store, clock, identity, data, count):
    from hubdesk.storage.models import AuditEntry, OutboxEvent, Visit

    before = [count(m) for m in (Visit, OutboxEvent, AuditEntry)]
    ReportService(store, clock).footfall(identity.hub_id, MON, SUN + timedelta(days=1))
    assert [count(m) for m in (Visit, OutboxEvent, AuditEntry)] == before
