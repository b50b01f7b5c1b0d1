"""Visit rules touched by the family and timetable use cases: merged families, full sessions."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest

from hubdesk.domain.catalogue import ActivityKind, VisitReason
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.base import HUB_TZ
from hubdesk.services.timetable import ActivityIn, TimetableService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.models import Visit, VisitMember

from .conftest import khan_family


@pytest.fixture
def visits(store, clock):
    return VisitService(store, clock)


def _session(timetable, actor, identity, capacity):
    day = date(2026, 6, 16)
    return timetable.add(
        actor,
        ActivityIn(
            identity.site_id,
            "Baby clinic",
            ActivityKind.BABY_CLINIC,
            datetime(day.year, day.month, day.day, 10, tzinfo=HUB_TZ),
            datetime(day.year, day.month, day.day, 12, tzinfo=HUB_TZ),
            capacity,
        ),
    )


def test_full_session_refused_at_kiosk_and_nothing_written(
    store, clock, visits, reception, kiosk, identity, unchanged
):
    aid = _session(TimetableService(store, clock), reception, identity, capacity=3)
    pair = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1})
    visits.sign_in(kiosk, SignIn(VisitReason.ACTIVITY, party=pair, activity_id=aid))
    with unchanged(Visit), pytest.raises(ValidationError) as err:
        visits.sign_in(kiosk, SignIn(VisitReason.ACTIVITY, party=pair, activity_id=aid))
    assert (err.value.field, err.value.code) == ("activity", "full")
    one = Party.from_counts({Role.FATHER: 1}, {})
    visits.sign_in(kiosk, SignIn(VisitReason.ACTIVITY, party=one, activity_id=aid))  # exactly full


def test_session_without_capacity_is_never_full(store, clock, visits, reception, kiosk, identity):
    aid = _session(TimetableService(store, clock), reception, identity, capacity=None)
    party = Party.from_counts({Role.OTHER: 12}, {AgeBand.B5_11: 20})
    for _ in range(3):
        visits.sign_in(kiosk, SignIn(VisitReason.ACTIVITY, party=party, activity_id=aid))


def test_activity_reason_needs_a_live_session(store, clock, visits, reception, kiosk, identity):
    party = Party.from_counts({Role.MOTHER: 1}, {})
    with pytest.raises(ValidationError) as err:
        visits.sign_in(kiosk, SignIn(VisitReason.ACTIVITY, party=party))
    assert (err.value.field, err.value.code) == ("activity", "required")
    timetable = TimetableService(store, clock)
    aid = _session(timetable, reception, identity, capacity=None)
    timetable.cancel(reception, aid)
    with pytest.raises(ValidationError) as err:
        visits.sign_in(kiosk, SignIn(VisitReason.ACTIVITY, party=party, activity_id=aid))
    assert err.value.code == "unknown_activity"


def test_family_sign_in_new_then_returning_with_bands(
    store, clock, visits, families, kiosk, reception
):
    fam = families.register(reception, khan_family())
    first = visits.sign_in(
        kiosk, SignIn(VisitReason.JUST_VISITING, family_id=fam.family_id, member_ids=fam.member_ids)
    )
    assert first.is_new is True
    assert first.people == 4
    clock.advance(timedelta(days=7))
    again = visits.sign_in(
        kiosk,
        SignIn(VisitReason.JUST_VISITING, family_id=fam.family_id, member_ids=fam.member_ids[2:]),
    )
    assert again.is_new is False
    with store.read() as session:
        v = session.get(Visit, first.visit_id)
        assert (v.adults_mother, v.adults_father, v.children_2_4, v.children_5_11) == (1, 1, 1, 1)
        assert v.postcode_district == "NE6"
        assert v.names == "Amira, Omar, Zara, Yusuf"
        held = session.query(VisitMember).filter_by(visit_id=again.visit_id).count()
        assert held == 2


def test_merged_family_signs_in_as_the_kept_one(store, visits, families, kiosk, reception, manager):
    keep = families.register(reception, khan_family())
    dup = families.register(reception, khan_family())
    families.merge(manager, keep.family_id, dup.family_id)
    done = visits.sign_in(
        kiosk,
        # the same people were registered twice: after the merge each is one, the kept record's
        SignIn(VisitReason.OTHER, family_id=dup.family_id, member_ids=keep.member_ids[:1]),
    )
    with store.read() as session:
        assert session.get(Visit, done.visit_id).family_id == keep.family_id


@pytest.mark.parametrize(
    ("request_", "field", "code"),
    [
        (SignIn(VisitReason.OTHER), "party", "required"),
        (SignIn("picnic", party=Party((Role.MOTHER,))), "reason", "unknown_reason"),
        (
            SignIn(VisitReason.OTHER, family_id=uuid.uuid4(), member_ids=()),
            "family",
            "unknown_family",
        ),
        (
            SignIn(VisitReason.OTHER, party=Party((Role.MOTHER,)), postcode="not a postcode"),
            "postcode",
            "invalid_postcode",
        ),
    ],
)
def test_bad_sign_ins_write_nothing(visits, kiosk, unchanged, request_, field, code):
    with unchanged(Visit), pytest.raises(ValidationError) as err:
        visits.sign_in(kiosk, request_)
    assert (err.value.field, err.value.code) == (field, code)


def test_members_must_be_ticked_and_belong(visits, families, kiosk, reception, unchanged):
    fam = families.register(reception, khan_family())
    other = families.register(reception, khan_family())
    with unchanged(Visit), pytest.raises(ValidationError) as err:
        visits.sign_in(kiosk, SignIn(VisitReason.OTHER, family_id=fam.family_id))
    assert (err.value.field, err.value.code) == ("members", "required")
    with unchanged(Visit), pytest.raises(ValidationError) as err:
        visits.sign_in(
            kiosk,
            SignIn(VisitReason.OTHER, family_id=fam.family_id, member_ids=other.member_ids[:1]),
        )
    assert (err.value.field, err.value.code) == ("members", "not_in_family")
